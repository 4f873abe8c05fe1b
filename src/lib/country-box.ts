/**
 * The country box's state (src/components/chooser/CountryBox.tsx): what the reader typed, what the box
 * says about it, and the site languages read where the reader said they are. A module of its own, so its
 * code loads with the box, after the page is up, not with the chooser. Pure, so it is tested without a
 * browser.
 */
import type { TranslationKey } from '../i18n';

/** The country box's own words (src/pages/[...lang]/country-words.json.ts). */
export type CountryWords = Record<Extract<TranslationKey, `country.${string}`>, string>;

export interface CountryState {
	input: string;
	note: string;
	/**
	 * The site languages read in the country (or place) the reader named, most read first; kept while they
	 * go on typing, so the offer does not flicker. Until they name one, the chooser's guess stands.
	 */
	spoken: readonly string[] | undefined;
}

export type CountryAction =
	{ type: 'country-typed'; input: string } | { type: 'country-note'; note: string } | { type: 'country-found'; note: string; spoken: readonly string[] };

export const EMPTY_COUNTRY: CountryState = { input: '', note: '', spoken: undefined };

/** An action no case handles returns the same state object, so nothing re-renders. */
export function countryReducer(state: CountryState, action: CountryAction): CountryState {
	switch (action.type) {
		case 'country-typed':
			return { ...state, input: action.input };
		case 'country-note':
			return { ...state, note: action.note };
		case 'country-found':
			return { ...state, note: action.note, spoken: action.spoken };
		default:
			return state;
	}
}
