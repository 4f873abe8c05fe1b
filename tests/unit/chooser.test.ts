import { describe, expect, test } from 'vitest';
import { chooserReducer, initialState, platformFor, type ChooserAction, type ChooserState } from '../../src/lib/chooser';

const run = (state: ChooserState, ...actions: ChooserAction[]) => actions.reduce(chooserReducer, state);

describe('the chooser’s state', () => {
	test('a guide page starts with its own pair shown; a chooser page with nothing chosen', () => {
		expect(initialState({ region: 'uk', platform: 'ios' }).choice).toMatchObject({ region: 'uk', platform: 'ios', showing: true, enhanced: false });
		expect(initialState({}).choice).toMatchObject({ region: undefined, platform: undefined, showing: false });
	});

	test('a region picked before any device uses the guessed device, then desktop', () => {
		const start = initialState({});
		expect(platformFor(start.choice)).toBe('desktop');
		expect(platformFor(run(start, { type: 'guessed', platform: 'android' }).choice)).toBe('android');
		expect(platformFor(run(start, { type: 'guessed', platform: 'android' }, { type: 'platform-picked', platform: 'ios' }).choice)).toBe('ios');
	});

	test('a device named in the link keeps the complaint about its unknown region; the reader’s own choice dismisses it', () => {
		const linked = run(
			initialState({}),
			{ type: 'enhanced', problems: [{ field: 'region', excerpt: 'mars' }] },
			{ type: 'guessed', platform: 'android' },
			{ type: 'platform-picked', platform: 'desktop' },
		);
		expect(linked.choice).toMatchObject({ platform: 'desktop', guessedPlatform: undefined, problems: [{ field: 'region', excerpt: 'mars' }] });
		expect(run(linked, { type: 'problems-dismissed' }).choice.problems).toEqual([]);
	});

	test('a walkthrough shown records the pair and what to announce; a failed load says where to go instead', () => {
		const shown = run(
			initialState({}),
			{ type: 'choosing' },
			{ type: 'shown', region: 'canada', platform: 'android', announcement: 'Showing the steps for Android app in Canada.' },
		);
		expect(shown.choice).toMatchObject({ region: 'canada', platform: 'android', showing: true, announcement: 'Showing the steps for Android app in Canada.' });
		const failed = run(shown, { type: 'load-failed', path: '/guide/uk/ios/' });
		expect(failed.choice.loadError).toBe('/guide/uk/ios/');
		expect(run(failed, { type: 'choosing' }).choice.loadError).toBeUndefined();
	});

	test('going back to the chooser page as served forgets the choice, and any failed load with it', () => {
		const state = run(
			initialState({}),
			{ type: 'shown', region: 'uk', platform: 'ios', announcement: 'x' },
			{ type: 'load-failed', path: '/guide/uk/android/' },
			{ type: 'back-to-start', start: {} },
		);
		expect(state.choice).toMatchObject({ region: undefined, platform: undefined, showing: false, announcement: '', loadError: undefined });
	});

	test('a page that asked for the device keeps its region when the reader goes back to it', () => {
		const page = initialState({ region: 'uk' });
		expect(page.choice).toMatchObject({ region: 'uk', platform: undefined, showing: false });
		const back = run(page, { type: 'shown', region: 'uk', platform: 'ios', announcement: 'x' }, { type: 'back-to-start', start: { region: 'uk' } });
		expect(back.choice).toMatchObject({ region: 'uk', platform: undefined, showing: false });
	});

	test('the country box keeps what was typed and its note, apart from the choice', () => {
		const state = run(initialState({}), { type: 'country-typed', input: 'Norw' }, { type: 'country-note', note: 'Norway is covered by the EU / EEA rules.' });
		expect(state.country).toEqual({ input: 'Norw', note: 'Norway is covered by the EU / EEA rules.' });
		expect(state.choice).toEqual(initialState({}).choice);
	});

	test('an action that changes nothing keeps the same state object, so nothing re-renders', () => {
		const state = initialState({});
		expect(chooserReducer(state, { type: 'country-note', note: '' }).country).toEqual(state.country);
		expect(chooserReducer(state, { type: 'unknown' } as unknown as ChooserAction)).toBe(state);
	});
});
