/**
 * The browser side of a rights page's letters: what the reader types fills the letters, as text only; copy
 * buttons put a letter on the clipboard; a follow-up calendar file is made here, one month from the reader's
 * today. Nothing is sent anywhere, written to storage or put in the address.
 */
import { followUpIcs } from '../../lib/ics';
import { fillLetter, LETTER_FIELDS, templateFromShown, type LetterSlot } from '../../lib/letters';

interface KitWords {
	copied: string;
	copyFailed: string;
	summary: string;
	description: string;
	made: string;
	site: string;
}

export function wireLetterKit(kit: HTMLElement): void {
	const placeholders = JSON.parse(kit.dataset['placeholders'] ?? '{}') as Record<LetterSlot, string>;
	const words = JSON.parse(kit.dataset['words'] ?? '{}') as KitWords;
	const fields = kit.querySelector<HTMLElement>('[data-letter-fields]');
	const letters = [...kit.querySelectorAll<HTMLElement>('[data-letter]')].map((element) => ({
		element,
		template: templateFromShown(element.textContent ?? '', placeholders),
	}));
	const today = new Date();
	const isoToday = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
	// The site's locale for the page's language (en-GB for English: "3 December 2026"), as the page states it.
	const date = new Intl.DateTimeFormat(kit.dataset['locale'] || undefined, { dateStyle: 'long' }).format(today);

	const values = (): Partial<Record<LetterSlot, string>> => {
		const typed: Partial<Record<LetterSlot, string>> = { date };
		for (const field of LETTER_FIELDS) typed[field] = kit.querySelector<HTMLInputElement>(`[data-letter-field="${field}"]`)?.value ?? '';
		return typed;
	};
	// textContent, never innerHTML: whatever is typed shows as the characters typed.
	const fill = () => {
		const typed = values();
		for (const { element, template } of letters) element.textContent = fillLetter(template, typed, placeholders);
	};

	kit.querySelector('[data-no-js-note]')?.setAttribute('hidden', '');
	if (fields) fields.hidden = false;
	kit.addEventListener('input', fill);
	fill();

	for (const button of kit.querySelectorAll<HTMLButtonElement>('[data-copy-letter]')) {
		button.hidden = false;
		const kind = button.dataset['copyLetter'];
		const status = kit.querySelector<HTMLElement>(`[data-copy-status="${kind}"]`);
		button.addEventListener('click', () => {
			const text = kit.querySelector<HTMLElement>(`[data-letter="${kind}"]`)?.textContent ?? '';
			const say = (message: string) => {
				if (status) status.textContent = message;
			};
			if (!navigator.clipboard) {
				say(words.copyFailed);
				return;
			}
			navigator.clipboard.writeText(text).then(
				() => say(words.copied),
				() => say(words.copyFailed),
			);
		});
	}

	const followUp = kit.querySelector<HTMLButtonElement>('[data-follow-up]');
	const followUpStatus = kit.querySelector<HTMLElement>('[data-follow-up-status]');
	if (followUp) {
		followUp.hidden = false;
		followUp.addEventListener('click', () => {
			const ics = followUpIcs({
				pageUrl: kit.dataset['pageUrl'] ?? location.href,
				siteName: words.site,
				summary: words.summary,
				description: words.description,
				today: isoToday,
				months: 1,
			});
			const link = document.createElement('a');
			link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
			link.download = 'follow-up.ics';
			link.click();
			setTimeout(() => URL.revokeObjectURL(link.href), 1000);
			if (followUpStatus) followUpStatus.textContent = words.made;
		});
	}
}
