/**
 * Brings a server-rendered walkthrough (Walkthrough.astro) to life: restores and saves ticked steps, counts
 * them, and shows the share buttons. It works on whichever article is on the page: the one the page was
 * served with (a small script wires it once the browser is idle) and any the chooser swaps in. A tick box
 * works natively meanwhile; it is only remembered from then on. Its words travel with the article.
 */
import { fill } from '../../i18n/format';
import { loadProgress, openStorage, saveProgress, type StorageLike } from '../../lib/progress';

/** The walkthrough's own words (the `walkthrough.` keys), in the article's `data-words`. */
interface WalkthroughWords {
	'walkthrough.progress': string;
	'walkthrough.progressDone': string;
	'walkthrough.progressBlocked': string;
	'walkthrough.progressRefused': string;
	'walkthrough.copied': string;
	'walkthrough.copyBlocked': string;
}

/** Opened once per page, on first use: a browser that blocks storage throws on the first access. */
let pageStorage: StorageLike | null | undefined;
/** Unwires the article wired last: only one walkthrough is on the page at a time. */
let unwireCurrent: () => void = () => {};

function wordsOf(article: HTMLElement): WalkthroughWords {
	try {
		return JSON.parse(article.dataset['words'] ?? '{}') as WalkthroughWords;
	} catch {
		return {} as WalkthroughWords;
	}
}

/** Wires up the walkthrough now on the page (and unwires the one before it); `undefined` just unwires. */
export function wireWalkthrough(article: HTMLElement | null | undefined): void {
	unwireCurrent();
	unwireCurrent = () => {};
	if (!article) return;
	pageStorage ??= openStorage(() => globalThis.localStorage);
	const storage = pageStorage;
	const words = wordsOf(article);
	const say = (key: keyof WalkthroughWords, vars?: Record<string, number>) => fill(words[key] ?? '', vars, key);
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

	// The "done" block's related settings are ticked and kept with the steps, but the count is of steps.
	const stepBoxes = boxes.filter((box) => box.dataset['tickExtra'] === undefined);
	const show = (note: string | undefined) => {
		const done = stepBoxes.filter((box) => box.checked).length;
		const count = say(done === stepBoxes.length ? 'walkthrough.progressDone' : 'walkthrough.progress', { done, total: stepBoxes.length });
		if (progress) progress.textContent = note ? `${count} ${note}` : count;
	};

	const ticked = loadProgress(storage, region, platform, ids);
	for (const box of boxes) box.checked = ticked.has(box.dataset['tick'] ?? '');
	show(storage ? undefined : say('walkthrough.progressBlocked'));

	const onChange = (event: Event) => {
		if (!(event.target instanceof HTMLInputElement) || event.target.dataset['tick'] === undefined) return;
		const now = new Set(boxes.filter((box) => box.checked).map((box) => box.dataset['tick'] ?? ''));
		show(saveProgress(storage, region, platform, now) ? undefined : say('walkthrough.progressRefused'));
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
			if (message) message.textContent = say('walkthrough.copied');
		} catch {
			if (message) message.textContent = say('walkthrough.copyBlocked');
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
	article.dataset['wired'] = '';

	unwireCurrent = () => {
		article.removeEventListener('change', onChange);
		copy?.removeEventListener('click', onCopy);
		native?.removeEventListener('click', onShare);
		delete article.dataset['wired'];
	};
}
