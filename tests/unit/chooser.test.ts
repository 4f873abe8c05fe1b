import { describe, expect, test } from 'vitest';
import { choiceReducer, initialChoice, platformFor, type ChoiceAction, type ChoiceState } from '../../src/lib/chooser';
import { countryReducer, EMPTY_COUNTRY } from '../../src/lib/country-box';

const run = (state: ChoiceState, ...actions: ChoiceAction[]) => actions.reduce(choiceReducer, state);

describe('the chooser’s state', () => {
	test('a guide page starts with its own pair shown; a chooser page with nothing chosen', () => {
		expect(initialChoice({ region: 'uk', platform: 'ios' })).toMatchObject({ region: 'uk', platform: 'ios', showing: true, enhanced: false });
		expect(initialChoice({})).toMatchObject({ region: undefined, platform: undefined, showing: false });
	});

	test('a region picked before any device uses the guessed device, then desktop', () => {
		const start = initialChoice({});
		expect(platformFor(start)).toBe('desktop');
		expect(platformFor(run(start, { type: 'guessed', platform: 'android' }))).toBe('android');
		expect(platformFor(run(start, { type: 'guessed', platform: 'android' }, { type: 'platform-picked', platform: 'ios' }))).toBe('ios');
	});

	test('a device named in the link keeps the complaint about its unknown region; the reader’s own choice dismisses it', () => {
		const linked = run(
			initialChoice({}),
			{ type: 'enhanced', problems: [{ field: 'region', excerpt: 'mars' }] },
			{ type: 'guessed', platform: 'android' },
			{ type: 'platform-picked', platform: 'desktop' },
		);
		expect(linked).toMatchObject({ platform: 'desktop', guessedPlatform: undefined, problems: [{ field: 'region', excerpt: 'mars' }] });
		expect(run(linked, { type: 'problems-dismissed' }).problems).toEqual([]);
	});

	test('a walkthrough shown records the pair and what to announce; a failed load says where to go instead', () => {
		const shown = run(
			initialChoice({}),
			{ type: 'choosing' },
			{ type: 'shown', region: 'canada', platform: 'android', announcement: 'Showing the steps for Android app in Canada.' },
		);
		expect(shown).toMatchObject({ region: 'canada', platform: 'android', showing: true, announcement: 'Showing the steps for Android app in Canada.' });
		const failed = run(shown, { type: 'load-failed', path: '/guide/uk/ios/' });
		expect(failed.loadError).toBe('/guide/uk/ios/');
		expect(run(failed, { type: 'choosing' }).loadError).toBeUndefined();
	});

	test('going back to the chooser page as served forgets the choice, and any failed load with it', () => {
		const state = run(
			initialChoice({}),
			{ type: 'shown', region: 'uk', platform: 'ios', announcement: 'x' },
			{ type: 'load-failed', path: '/guide/uk/android/' },
			{ type: 'back-to-start', start: {} },
		);
		expect(state).toMatchObject({ region: undefined, platform: undefined, showing: false, announcement: '', loadError: undefined });
	});

	test('a page that asked for the device keeps its region when the reader goes back to it', () => {
		const page = initialChoice({ region: 'uk' });
		expect(page).toMatchObject({ region: 'uk', platform: undefined, showing: false });
		const back = run(page, { type: 'shown', region: 'uk', platform: 'ios', announcement: 'x' }, { type: 'back-to-start', start: { region: 'uk' } });
		expect(back).toMatchObject({ region: 'uk', platform: undefined, showing: false });
	});

	test('the guessed country’s languages are kept with the region hint, and withdrawn with it', () => {
		const guessed = run(initialChoice({}), { type: 'suggested', region: 'us', spoken: ['en', 'es'] });
		expect(guessed).toMatchObject({ suggestedRegion: 'us', spoken: ['en', 'es'] });
		// The reader named a country in the box: the chooser withdraws the browser's guess.
		expect(run(guessed, { type: 'suggested', region: undefined })).toMatchObject({ suggestedRegion: undefined, spoken: undefined });
	});

	test('the country box keeps what was typed and its note', () => {
		const actions = [
			{ type: 'country-typed', input: 'Norw' },
			{ type: 'country-note', note: 'Norway follows the rules for the EU and EEA.' },
		] as const satisfies readonly Parameters<typeof countryReducer>[1][];
		const state = actions.reduce(countryReducer, EMPTY_COUNTRY);
		expect(state).toEqual({ input: 'Norw', note: 'Norway follows the rules for the EU and EEA.', spoken: undefined });
	});

	test('a country found keeps its languages while the reader types on, until another is found', () => {
		const found = countryReducer(EMPTY_COUNTRY, { type: 'country-found', note: 'Switzerland follows the rules for Switzerland.', spoken: ['de', 'fr'] });
		expect(found).toEqual({ input: '', note: 'Switzerland follows the rules for Switzerland.', spoken: ['de', 'fr'] });
		const typing = [
			{ type: 'country-typed', input: 'Bel' },
			{ type: 'country-note', note: '' },
		] as const satisfies readonly Parameters<typeof countryReducer>[1][];
		expect(typing.reduce(countryReducer, found).spoken).toEqual(['de', 'fr']);
		expect(countryReducer(found, { type: 'country-found', note: 'Belgium…', spoken: ['fr', 'de'] }).spoken).toEqual(['fr', 'de']);
	});

	test('an action that changes nothing keeps the same state object, so nothing re-renders', () => {
		const state = initialChoice({});
		expect(choiceReducer(state, { type: 'unknown' } as unknown as ChoiceAction)).toBe(state);
		expect(countryReducer(EMPTY_COUNTRY, { type: 'unknown' } as unknown as Parameters<typeof countryReducer>[1])).toBe(EMPTY_COUNTRY);
	});
});
