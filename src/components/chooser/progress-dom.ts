/**
 * Brings a server-rendered walkthrough (Walkthrough.tsx) to life: restores and saves ticked steps, and
 * shows the share buttons. It works on whichever article is on the page, so a walkthrough the guide swaps
 * in gets the same treatment as the one the page was served with. The guide island loads it after it
 * has rendered (a tick box works natively meanwhile; it is only remembered from then on).
 */
import { fill } from '../../i18n/format';
import type { ChooserStrings } from '../../lib/chooser';
import { loadProgress, openStorage, saveProgress, type StorageLike } from '../../lib/progress';

/** Opened once per page, on first use: a browser that blocks storage throws on the first access. */
let pageStorage: StorageLike | null | undefined;

/** Wires up one walkthrough article; returns a function that unwires it. `words` are the island's strings. */
export function enhanceWalkthrough(article: HTMLElement, words: ChooserStrings): () => void {
	pageStorage ??= openStorage(() => globalThis.localStorage);
	const storage = pageStorage;
	const progressText = (done: number, total: number) => fill(done === total ? words['chooser.progressDone'] : words['chooser.progress'], { done, total });
	const region = article.dataset['region'] ?? '';
	const platform = article.dataset['platform'] ?? '';
	const boxes = [...article.querySelectorAll<HTMLInputElement>('input[data-tick]')];
	const ids = boxes.map((box) => box.dataset['tick'] ?? '');
	// Made here, not served: a count that could never change is no use without JavaScript.
	let progress = article.querySelector<HTMLElement>('[data-progress]');
	if (!progress) {
		progress = document.createElement('p');
		progress.className = 'text-sm';
		progress.setAttribute('aria-live', 'polite');
		progress.dataset['progress'] = '';
		article.querySelector('ol[data-steps]')?.after(progress);
	}

	const say = (note: string | undefined) => {
		const done = boxes.filter((box) => box.checked).length;
		if (progress) progress.textContent = note ? `${progressText(done, boxes.length)} ${note}` : progressText(done, boxes.length);
	};

	const ticked = loadProgress(storage, region, platform, ids);
	for (const box of boxes) box.checked = ticked.has(box.dataset['tick'] ?? '');
	say(storage ? undefined : words['chooser.progressBlocked']);

	const onChange = (event: Event) => {
		if (!(event.target instanceof HTMLInputElement) || event.target.dataset['tick'] === undefined) return;
		const now = new Set(boxes.filter((box) => box.checked).map((box) => box.dataset['tick'] ?? ''));
		say(saveProgress(storage, region, platform, now) ? undefined : words['chooser.progressRefused']);
	};
	article.addEventListener('change', onChange);

	const share = article.querySelector<HTMLElement>('[data-share]');
	const copy = article.querySelector<HTMLButtonElement>('[data-share-copy]');
	const native = article.querySelector<HTMLButtonElement>('[data-share-native]');
	const message = article.querySelector<HTMLElement>('[data-share-message]');
	// The page's own address is the truth once running: a build may not know where it is deployed.
	const url = new URL(article.dataset['path'] ?? location.pathname, location.origin).href;
	const onCopy = async () => {
		try {
			await navigator.clipboard.writeText(url);
			if (message) message.textContent = words['chooser.copied'];
		} catch {
			if (message) message.textContent = words['chooser.copyBlocked'];
		}
	};
	const onShare = async () => {
		try {
			await navigator.share({ title: document.title, url });
		} catch {
			/* the reader closed the share sheet */
		}
	};
	if (progress) progress.hidden = false;
	if (share) share.hidden = false;
	if (native) native.hidden = typeof navigator.share !== 'function';
	copy?.addEventListener('click', onCopy);
	native?.addEventListener('click', onShare);

	return () => {
		article.removeEventListener('change', onChange);
		copy?.removeEventListener('click', onCopy);
		native?.removeEventListener('click', onShare);
	};
}
