import { describe, expect, test } from 'vitest';
import { excerptParts, find, meaningfulWords, resultTitle } from '../../src/scripts/search.js';
import de from '../../src/i18n/translations/de.json';
import en from '../../src/i18n/translations/en.json';
import fr from '../../src/i18n/translations/fr.json';

/** As /search-words.json hands them to the search: lower-case, split at commas and spaces. */
const list = (text: string) =>
	new Set(
		text
			.toLowerCase()
			.split(/[\s,]+/)
			.filter(Boolean),
	);
const skip = list(en['search.skipWords']);
const words = {
	en: [skip, list(en['search.commonWords'])],
	de: [list(de['search.skipWords']), list(de['search.commonWords'])],
	fr: [list(fr['search.skipWords']), list(fr['search.commonWords'])],
} as const;

describe('the words search looks for', () => {
	test('small words readers add are dropped, since Pagefind wants every word on the page', () => {
		expect(meaningfulWords('my DMs', skip)).toBe('DMs');
		expect(meaningfulWords('How do I opt out?', skip)).toBe('opt out?');
		expect(meaningfulWords('is my CV used', skip)).toBe('CV used');
	});

	test('a query of small words only, or a quoted one, is searched as typed', () => {
		expect(meaningfulWords('how to', skip)).toBe('how to');
		expect(meaningfulWords('"use my data"', skip)).toBe('"use my data"');
	});

	test('quotes from a phone keyboard make an exact search too', () => {
		expect(meaningfulWords('“use my data”', ...words.en)).toBe('"use my data"');
		expect(meaningfulWords('„Meine Daten“', ...words.de)).toBe('"Meine Daten"');
	});

	test.each([
		['is my salary used for ai', 'salary'],
		['does linkedin use my private messages', 'private messages'],
		['how do I turn off ai training', 'turn off'],
		['Is LinkedIn training AI on my DMs?', 'DMs?'],
		['is my CV used for training', 'CV'],
		["is LinkedIn's AI trained on my posts", 'posts'],
		['can linkedin read my DMs', 'read DMs'],
	])('English: “%s” is searched as “%s”', (query, searched) => {
		expect(meaningfulWords(query, ...words.en)).toBe(searched);
	});

	test.each([
		['Wird mein Gehalt für KI verwendet?', 'Gehalt'],
		['Werden meine privaten Nachrichten für das KI-Training genutzt?', 'privaten Nachrichten'],
		['Wie schalte ich das KI-Training aus?', 'schalte aus?'],
	])('German: „%s“ is searched as „%s“', (query, searched) => {
		expect(meaningfulWords(query, ...words.de)).toBe(searched);
	});

	test.each([
		['est-ce que mes messages privés sont utilisés ?', 'messages privés'],
		['Est-ce que LinkedIn utilise mon salaire pour entraîner l’IA ?', 'salaire'],
		["comment désactiver l'entraînement de l'IA", 'désactiver'],
		// Pagefind indexes « l’historique » as one word and finds nothing for « historique », so it stays whole.
		['où est l’historique', 'l’historique'],
		['mes messages servent-ils à entraîner l’IA ?', 'messages'],
	])('French: « %s » is searched as « %s »', (query, searched) => {
		expect(meaningfulWords(query, ...words.fr)).toBe(searched);
	});

	test('a query of the site’s common words only keeps them, without the small words', () => {
		expect(meaningfulWords('is my data used for AI training?', ...words.en)).toBe('data used AI training?');
		expect(meaningfulWords('AI training', ...words.en)).toBe('AI training');
		expect(meaningfulWords('KI-Training', ...words.de)).toBe('KI-Training');
	});
});

/** The parts as a string, with each marked word in [brackets]. */
const shown = (parts: { text: string; mark?: true }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('the excerpt under a result', () => {
	const groups =
		'Groups data. What you post and do in groups counts, including group messages. This is different from your private inbox messages, which are excluded. Examples: your activity.';

	test('starts where the sentence with the first match starts, after the title, and marks the matches', () => {
		// Word 12 is "messages.", 18 "private", 20 "messages,".
		expect(shown(excerptParts(groups, [12, 18, 20], 'Groups data'))).toBe(
			'What you post and do in groups counts, including group [messages.] This is different from your [private] inbox [messages,] which are excluded. Examples: your activity.',
		);
	});

	test('shows the text after the title when only the title matched', () => {
		expect(shown(excerptParts('Windows Report. A short report on the changes. One claim.', [0, 1], 'Windows Report'))).toBe(
			'A short report on the changes. One claim.',
		);
	});

	test('keeps the title when the text does not start with it', () => {
		expect(shown(excerptParts('Choose your guide. The steps differ.', [1], 'Guides'))).toBe('Choose [your] guide. The steps differ.');
	});

	test('says “…” where it has to cut a sentence, at either end', () => {
		const long = `Title. ${Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ')} end.`;
		// Word 30 is "w29": its sentence starts 29 words back, too far to show, so three words lead in.
		expect(shown(excerptParts(long, [30], 'Title'))).toBe(`… w26 w27 w28 [w29] ${Array.from({ length: 26 }, (_, i) => `w${i + 30}`).join(' ')} …`);
	});

	test('runs on to the end of a sentence that ends soon after the window', () => {
		const text = `A. ${Array.from({ length: 33 }, (_, i) => `w${i}`).join(' ')}. Next sentence here.`;
		expect(shown(excerptParts(text, [1], 'A'))).toBe(`[w0] ${Array.from({ length: 32 }, (_, i) => `w${i + 1}`).join(' ')}.`);
	});

	test('shows markup-looking text as text, since Pagefind gives it escaped', () => {
		expect(shown(excerptParts('T. A &lt;b&gt; tag.', [2], 'T'))).toBe('A [<b>] tag.');
	});

	test('joins words without spaces in a language written without them, split where Pagefind split them', () => {
		expect(shown(excerptParts('標題。\u200B私人\u200B訊息\u200B不\u200B用。', [1, 2], '標題'))).toBe('[私人][訊息]不用。');
	});
});

describe('the title of a result', () => {
	const ui = { 'searchUi.title.category': en['searchUi.title.category'], 'searchUi.title.source': en['searchUi.title.source'] };

	test('a category leads with its status, a source says it is one', () => {
		expect(resultTitle({ title: 'Groups data', status: 'Used for training', kind: 'category' }, ui)).toBe('Used for training: Groups data');
		expect(resultTitle({ title: 'Private messages and InMail', status: 'Not used (excluded)', kind: 'category' }, ui)).toBe(
			'Not used (excluded): Private messages and InMail',
		);
		expect(resultTitle({ title: 'Windows Report', kind: 'source' }, ui)).toBe('Source: Windows Report');
	});

	test('other pages keep their title, and so does a category whose status is missing', () => {
		expect(resultTitle({ title: 'Timeline for Canada', kind: 'regionTimeline' }, ui)).toBe('Timeline for Canada');
		expect(resultTitle({ title: 'Groups data', kind: 'category' }, ui)).toBe('Groups data');
		expect(resultTitle({ title: 'Windows Report' }, ui)).toBe('Windows Report');
	});

	test('French puts a no-break space before the colon', () => {
		const frUi = { 'searchUi.title.category': fr['searchUi.title.category'] };
		expect(resultTitle({ title: 'Messages privés et InMail', status: 'Non utilisées (exclues)', kind: 'category' }, frUi)).toBe(
			'Non utilisées (exclues)\u00a0: Messages privés et InMail',
		);
	});
});

describe('the pages listed for a query', () => {
	/** A stand-in for Pagefind: each page has words, a tier and a score per word; a page matches when it has every word. */
	const pages = [
		{ id: 'source-read', tier: 'reference', words: { read: 5 } },
		{ id: 'messages', tier: 'answer', words: { dms: 3 } },
		{ id: 'login', tier: 'answer', words: { read: 1 } },
		{ id: 'source-both', tier: 'reference', words: { dms: 1, read: 1 } },
	];
	const index = {
		async options() {},
		async init() {},
		async search(query: string | null, options?: { filters?: Record<string, string[]> }) {
			const terms = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
			const found = pages
				.filter((p) => p.tier === options?.filters?.['tier']?.[0] && terms.every((t) => t in p.words))
				.map((p) => ({ id: p.id, score: terms.reduce((sum, t) => sum + (p.words as Record<string, number>)[t]!, 0) }))
				.sort((a, b) => b.score - a.score);
			return { results: found.map((r) => ({ ...r, data: async () => ({ url: r.id, content: '', locations: [], meta: {} }) })) };
		},
	};
	const ids = async (query: string) => {
		const { found, partial } = await find(index, query, {});
		return { ids: found.map((r) => r.id), partial };
	};

	test('lists answers before evidence that scores up to four times as well', async () => {
		pages[0]!.words.read = 4;
		expect(await ids('read')).toEqual({ ids: ['login', 'source-read', 'source-both'], partial: false });
		pages[0]!.words.read = 5;
	});

	test('evidence that matches far better than any answer comes first (a query naming an outlet)', async () => {
		expect(await ids('read')).toEqual({ ids: ['source-read', 'login', 'source-both'], partial: false });
	});

	test('a page with all the words is found as it is, evidence or not', async () => {
		expect(await ids('read dms')).toEqual({ ids: ['source-both'], partial: false });
	});

	test('with no page having all the words, lists pages with some of them, answers first, then more words, then score', async () => {
		pages.pop();
		expect(await ids('read dms')).toEqual({ ids: ['messages', 'login', 'source-read'], partial: true });
		expect(await ids('"read dms"')).toEqual({ ids: [], partial: false });
	});
});
