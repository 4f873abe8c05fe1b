/**
 * The rule for a drawing's words in another language (src/lib/content-words.ts): a word is drawn in the
 * language's words where its `labels` map covers the English label, and as a bar everywhere else. English
 * drawings keep their own documented labels.
 */
import { describe, expect, test } from 'vitest';
import { translateEntries, type TranslatedData } from '../../../src/lib/content-words';
import { renderScreenSvg, type ScreenDrawing } from '../../../src/lib/screens';
import { parse, row, texts } from '../../helpers/screens';

const english: TranslatedData['screens'] = {
	id: 'toggle',
	frame: 'desktop',
	layout: 'page',
	title: 'Data for Generative AI Improvement',
	address: 'linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
	highlightAvatar: false,
	me: 'Me',
	rows: [
		row({ kind: 'heading', label: 'How LinkedIn uses your data' }),
		row({ kind: 'item', label: 'Get a copy of your data', value: 'On' }),
		row({ kind: 'toggle', label: 'Use my data for training content creation AI models', on: false, highlight: true }),
		row({ kind: 'link', label: 'Learn more' }),
	],
	alt: 'The setting, with the switch ringed and set to Off.',
};

function inLanguage(labels: Record<string, string>) {
	const problems: string[] = [];
	const [entry] = translateEntries(
		'screens',
		[{ id: 'toggle', data: english }],
		{ file: 'content/i18n/xx/screens.yaml', entries: { toggle: { alt: 'Le paramètre.', labels } } },
		problems,
	);
	return { data: entry!.data, problems };
}
const drawn = (d: TranslatedData['screens']) => texts(parse(renderScreenSvg({ ...d, frame: 'desktop' } as ScreenDrawing)));

describe('a drawing’s words in another language', () => {
	test('a word the `labels` map covers is drawn in the language’s words; every other word becomes a bar (null)', () => {
		const { data, problems } = inLanguage({
			'Data for Generative AI Improvement': 'Données pour l’amélioration de l’IA générative',
			'Use my data for training content creation AI models': 'Utiliser mes données',
		});
		expect(problems).toEqual([]);
		expect(data.title).toBe('Données pour l’amélioration de l’IA générative');
		expect(data.me).toBeNull();
		expect(data.rows.map((r) => ('label' in r ? r.label : r.kind))).toEqual([null, null, 'Utiliser mes données', null]);
		expect(data.rows[1]).toMatchObject({ kind: 'item', value: null });
		// The switch's state word is a word too: no "Off" where the language's is unknown.
		expect(data.rows[2]).toMatchObject({ kind: 'toggle', state: null });
		const words = drawn(data);
		expect(words.join(' ')).not.toMatch(/How LinkedIn|Get a copy|Learn more|\bOn\b|\bOff\b/);
		expect(words.join(' ')).toContain('Utiliser mes données');
	});

	test('the state words and values are translated like any other word', () => {
		const { data } = inLanguage({ On: 'Ein', Off: 'Aus' });
		expect(data.rows[1]).toMatchObject({ value: 'Ein' });
		expect(data.rows[2]).toMatchObject({ state: 'Aus' });
		expect(drawn(data)).toEqual(expect.arrayContaining(['Ein', 'Aus']));
	});

	test('a label LinkedIn shows in English in that language is mapped to itself, and then drawn in English', () => {
		const { data } = inLanguage({ 'Learn more': 'Learn more' });
		expect(data.rows[3]).toMatchObject({ kind: 'link', label: 'Learn more' });
		expect(drawn(data)).toContain('Learn more');
	});

	test('a `labels` entry for a word the screen does not show is reported, naming the file, the screen and the word', () => {
		expect(inLanguage({ Settings: 'Réglages' }).problems).toEqual(['content/i18n/xx/screens.yaml: "toggle" lacks a word "Settings" on the screen (labels)']);
	});

	test('English keeps its own labels: no overlay runs on it', () => {
		expect(drawn(english)).toEqual(expect.arrayContaining(['How LinkedIn uses your data', 'Get a copy of your data', 'On', 'Off', 'Learn more']));
	});
});
