/**
 * The rights kit's letters: a letter is plain text with slots for what only the reader knows. The page is
 * built with every slot showing its placeholder ("[your name]"), so the letter reads and copies without
 * JavaScript; in the browser the slots fill in as the reader types. Nothing here sends or stores anything.
 */

/**
 * What the reader types: their name, the e-mail address of their account and their profile's address; for the
 * reminder and the complaint, the day they sent their first letter and the reference LinkedIn gave them.
 */
export const LETTER_FIELDS = ['name', 'email', 'profile', 'sent', 'reference'] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];
/** The slots a letter may hold: the reader's fields, and the day it is written. */
export type LetterSlot = LetterField | 'date';

const SLOT = /\{(name|email|profile|sent|reference|date)\}/g;

/**
 * The letter with each slot filled: the reader's text as typed (trimmed; nothing is interpreted, since the
 * result is only ever set as text), or the slot's placeholder where they typed nothing. One pass, so text
 * a reader types that looks like a slot ("{email}") stays as typed.
 */
export function fillLetter(template: string, values: Partial<Record<LetterSlot, string>>, placeholders: Record<LetterSlot, string>): string {
	return template.replace(SLOT, (_, slot: LetterSlot) => values[slot]?.trim() || placeholders[slot]);
}

/**
 * A letter's template from its words: `{controller}` (and any other fact) filled from the page's data,
 * the reader's slots left in place. Unknown `{…}` in the words are a mistake in the translation file.
 */
export function letterTemplate(words: string, facts: Record<string, string>): string {
	return words.replace(/\{(\w+)\}/g, (whole, key: string) => {
		if (key in facts) return facts[key]!;
		if ((LETTER_FIELDS as readonly string[]).includes(key) || key === 'date') return whole;
		throw new Error(`a letter's words name {${key}}, which is neither a fact (${Object.keys(facts).join(', ')}) nor a slot the reader fills`);
	});
}

/**
 * A letter's template read back from the letter as served, where every slot shows its placeholder: the page
 * carries each letter once, and the browser recovers the slots from it before the reader types.
 */
export function templateFromShown(shown: string, placeholders: Record<LetterSlot, string>): string {
	let template = shown;
	for (const [slot, placeholder] of Object.entries(placeholders)) template = template.split(placeholder).join(`{${slot}}`);
	return template;
}
