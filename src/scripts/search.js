// @ts-check
/**
 * Site search on Pagefind's index, loaded on first focus. Results are built as DOM nodes, never as HTML
 * strings, so neither the query nor indexed text can inject markup. Plain JavaScript (checked by
 * TypeScript through JSDoc) so it can be served as one file and loaded with a plain dynamic import.
 */

/** @typedef {{ url: string; raw_content?: string; content: string; locations: number[]; meta: Record<string, string> }} PagefindResultData */
/** @typedef {{ id: string; score: number; data(): Promise<PagefindResultData> }} PagefindResult */
/**
 * @typedef {{
 *   options(options: { ranking?: { metaWeights?: Record<string, number> } }): Promise<void>;
 *   init(): Promise<void>;
 *   search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] }>;
 * }} Pagefind
 */

const MAX_RESULTS = 8;

/**
 * Added to each page's index record (not its HTML) as the build indexes it (src/lib/search-labels.ts):
 * `kind`, metadata naming the page's route ("category", "source", "guide"…), picks the result's title wording;
 * `tier`, a filter, says whether the page answers a reader's question or is the evidence behind the answers.
 * Results list every answer before any evidence, in this order: with a hundred source pages and about sixty
 * answers per language, outlets' articles otherwise took half the list for "private messages".
 */
export const SEARCH_KIND = 'kind';
export const SEARCH_TIER = 'tier';
export const SEARCH_TIERS = /** @type {const} */ (['answer', 'reference']);

/**
 * The metadata field that holds the words readers type for a page ("DMs", "opt out"), set by the layout's
 * `keywords` prop. Pagefind searches metadata but never puts it in an excerpt, so these words find and rank
 * a page without showing as a keyword list. Its boost grows with how rare the words are, so words most pages
 * contain ("opt out", "AI training") gain little: at four times the weight of a title (Pagefind's default is
 * 5), "opt out" puts the guide above articles with "opt-out" in their headlines, and "resume" the résumé
 * category above "training will resume" on the timeline (10 was not enough for "opt out").
 */
export const SEARCH_KEYWORDS = 'keywords';
const KEYWORD_WEIGHT = 20;

/** @type {Promise<Pagefind> | undefined} */
let pagefind;
/** @typedef {{ skip: ReadonlySet<string>, common: ReadonlySet<string>, ui: Record<string, string>, plural: Intl.PluralRules }} Words */
/** @type {Promise<Words> | undefined} */
let words;

/** @returns {Promise<Pagefind>} */
function loadPagefind() {
	// A path the bundler must not resolve: the index is written after the build, into dist/pagefind/.
	const path = '/pagefind/pagefind.js';
	pagefind ??= /** @type {Promise<Pagefind>} */ (import(/* @vite-ignore */ path)).then(async (pf) => {
		await pf.options({ ranking: { metaWeights: { [SEARCH_KEYWORDS]: KEYWORD_WEIGHT } } });
		await pf.init();
		return pf;
	});
	return pagefind;
}

/** @param {unknown} list */
const wordSet = (list) => new Set(Array.isArray(list) ? list.filter((w) => typeof w === 'string') : []);

/**
 * The words to drop from a query and the result list's wording, fetched with the search code rather than
 * carried in every page's HTML, from the address the form names for the page's language
 * (/search-words.json, /de/search-words.json…). Without them, a query is searched as typed.
 * @param {HTMLFormElement} form
 * @returns {Promise<Words>}
 */
function loadWords(form) {
	words ??= fetch(form.dataset['words'] ?? '/search-words.json')
		.then((r) => (r.ok ? r.json() : {}))
		.then((/** @type {{ skip?: unknown, common?: unknown, ui?: unknown, locale?: unknown }} */ data) => ({
			skip: wordSet(data.skip),
			common: wordSet(data.common),
			ui: data.ui && typeof data.ui === 'object' ? /** @type {Record<string, string>} */ (data.ui) : {},
			plural: new Intl.PluralRules(typeof data.locale === 'string' ? data.locale : document.documentElement.lang),
		}))
		.catch(() => ({ skip: new Set(), common: new Set(), ui: {}, plural: new Intl.PluralRules(document.documentElement.lang) }));
	return words;
}

/** A word's letters and digits, lower-case, without the punctuation around it ("Gehalt?“" → "gehalt"). */
const bare = (/** @type {string} */ word) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** True when the word is in one of the sets, or each of its parts is ("est-ce", "KI-Training"): parts are split at hyphens and apostrophes. */
function madeOf(/** @type {string} */ word, /** @type {ReadonlySet<string>[]} */ ...sets) {
	const parts = bare(word)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	return sets.some((set) => set.has(bare(word))) || parts.every((part) => sets.some((set) => set.has(part)));
}

/**
 * The query as Pagefind should see it. Pagefind returns only pages that hold every word, so each word a
 * page lacks loses it: a question must come down to the words that name what it is about.
 *
 * - Small words (`skip`: "is", "my", "how", „wird“, « est-ce ») are dropped. A word with an elided article
 *   is kept whole (« l’historique »): Pagefind indexes it that way, and finds no page for « historique ».
 * - Then the site's common words (`common`: "ai", "linkedin", "used", "data", "training" and their forms)
 *   are dropped too, if anything else is left. Pagefind finds "ai" on 71% of the English pages and "data"
 *   on 93% (German "verwendet" 97%), so they say nothing about which page is meant, and they can only lose
 *   the page that answers: "is my salary used for ai" came down to "salary used ai", which the salary page
 *   (which never says "AI") lacks, so the data overview came first. Weighting cannot help, since Pagefind
 *   never scores a page without the word. Words like "off", "opt", "out" and "not" are as common but say
 *   what the reader wants done, so they stay.
 * - A query made only of such words ("how to", "AI training") is searched with the words it has, and an
 *   exact "quoted" search (in any of the quote marks phone keyboards type) is left as typed.
 * - Pagefind already ignores a word no page has ("salary zebra" finds the salary page); `find` handles words
 *   that are each on some page but never together.
 * @param {string} query
 * @param {ReadonlySet<string>} skip lower-case words to drop
 * @param {ReadonlySet<string>} [common] lower-case words to drop when others remain
 * @returns {string}
 */
export function meaningfulWords(query, skip, common = new Set()) {
	const typed = query.replace(/[“”„«»]/g, '"');
	if (typed.includes('"')) return typed;
	const words = query.split(/\s+/).filter((word) => bare(word) && !madeOf(word, skip));
	const rare = words.filter((word) => !madeOf(word, common, skip));
	const kept = rare.length > 0 ? rare : words;
	return kept.length > 0 ? kept.join(' ') : query;
}

const EXCERPT_WORDS = 30;
/** How far back an excerpt may reach for the start of its sentence, and how far on for its end. */
const SENTENCE_BACK = 20;
const SENTENCE_ON = 10;
const ENDS_SENTENCE = /[.!?…。！？]["'”’»)\]]*$/u;

/**
 * Which words of a page to show under its title, and which to mark. Pagefind's own excerpt is the 30 words
 * around the densest matches wherever they fall, so it started mid-sentence ("out. Private messages are not
 * accessed…") and, under a category's status, could read as the opposite of it ("Used for training: from
 * your private inbox messages, which are excluded"). This one starts where the sentence with the first match
 * starts (when that is near), ends where a sentence ends (when that is near), says "…" where it cuts one,
 * and skips the page's title, which the result already shows, unless only the title matched.
 * @param {string} content the page's text as Pagefind split it into words (its `raw_content`)
 * @param {readonly number[]} locations the matching words' positions
 * @param {string} title
 * @returns {{ text: string; mark?: true }[]}
 */
export function excerptParts(content, locations, title) {
	// Pagefind's word positions count words split this way (its excerpt code does the same), and text in
	// languages written without spaces is split at zero-width spaces.
	const zws = content.includes('\u200B');
	const words = content.split(zws ? '\u200B' : /[^\S\uFEFF]+/);
	const joiner = zws ? '' : ' ';
	const titleWords = title.split(/\s+/).filter(Boolean);
	const lead = titleWords.every((word, i) => (words[i] ?? '').replace(/[.:。：]$/, '') === word.replace(/[.:。：]$/, '')) ? titleWords.length : 0;
	const head = lead < words.length ? lead : 0;
	const hits = [...locations].filter((at) => at >= head).sort((a, b) => a - b);
	const ends = (/** @type {number} */ at) => at <= head || ENDS_SENTENCE.test(words[at - 1] ?? '');
	// The window of EXCERPT_WORDS with the most matches, from its first match.
	let first = hits[0] ?? head;
	let most = 0;
	for (const at of hits) {
		const count = hits.filter((other) => other >= at && other < at + EXCERPT_WORDS).length;
		if (count > most) [first, most] = [at, count];
	}
	let start = first;
	while (!ends(start) && first - start < SENTENCE_BACK) start--;
	if (!ends(start)) start = Math.max(head, first - 3);
	let end = Math.min(words.length, start + EXCERPT_WORDS);
	for (let on = end; on < words.length && on <= end + SENTENCE_ON; on++) {
		if (ends(on)) {
			end = on;
			break;
		}
	}
	const marked = new Set(locations);
	/** @type {{ text: string; mark?: true }[]} */
	const parts = ends(start) ? [] : [{ text: `…${joiner}` }];
	for (let at = start; at < end; at++) {
		const text = (words[at] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
		if (at > start && joiner) parts.push({ text: joiner });
		parts.push(marked.has(at) ? { text, mark: true } : { text });
	}
	if (end < words.length && !ends(end)) parts.push({ text: `${joiner}…` });
	// Neighbouring plain parts read the same as one.
	return parts.reduce((/** @type {{ text: string; mark?: true }[]} */ joined, part) => {
		const last = joined[joined.length - 1];
		if (last && !last.mark && !part.mark) last.text += part.text;
		else joined.push({ ...part });
		return joined;
	}, []);
}

/**
 * The result's excerpt as DOM nodes: text, and <mark> for the matches. Built from text only, never parsed
 * as markup, so nothing indexed can inject any.
 * @param {PagefindResultData} item
 * @returns {Node[]}
 */
function excerptNodes(item) {
	return excerptParts(item.raw_content ?? item.content, item.locations, item.meta['title'] ?? '').map(({ text, mark }) => {
		if (!mark) return document.createTextNode(text);
		const marked = document.createElement('mark');
		marked.textContent = text;
		return marked;
	});
}

/**
 * A result's title says what the page is: a category with its status ("Not used (excluded): Private
 * messages and InMail"), a source as a source, from the wording for the page's kind in the translation file
 * (`searchUi.title.<kind>`). Other pages' titles already say what they are, and keep them.
 * @param {Record<string, string>} meta
 * @param {Record<string, string>} ui
 * @returns {string}
 */
export function resultTitle(meta, ui) {
	const title = meta['title'] ?? '';
	const wording = ui[`searchUi.title.${meta[SEARCH_KIND]}`];
	if (!wording || !title) return title;
	const missing = [...wording.matchAll(/\{(\w+)\}/g)].some(([, name]) => !meta[name ?? '']);
	return missing ? title : wording.replace(/\{(\w+)\}/g, (_, name) => meta[name] ?? '');
}

/**
 * @param {HTMLFormElement} form
 * @returns {Record<string, string[]>}
 */
function selectedFilters(form) {
	/** @type {Record<string, string[]>} */
	const filters = {};
	for (const box of /** @type {NodeListOf<HTMLInputElement>} */ (form.querySelectorAll('[data-search-filters] input[type=checkbox]:checked'))) {
		(filters[box.name] ??= []).push(box.value);
	}
	return filters;
}

/**
 * Fills in one of the search's own sentences (from the translation file, via loadWords), so this script
 * holds no words of its own. A `…_other` key is counted: the form for `vars.n` is chosen by Intl.PluralRules.
 * @param {Pick<Words, 'ui' | 'plural'>} words
 * @returns {(key: string, vars?: Record<string, string | number>) => string}
 */
function sayer({ ui, plural }) {
	return (key, vars = {}) => {
		const counted = key.endsWith('_other') ? `${key.slice(0, -'other'.length)}${plural.select(Number(vars['n']))}` : key;
		// Not src/i18n/format.ts's fill(): this file is served as it is, with no imports, and a sentence with a
		// value missing should still read, not throw in the reader's browser.
		return (ui[counted] ?? ui[key] ?? '').replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
	};
}

/**
 * How much more an answer counts than evidence with the same score. Answers come first unless a source
 * matches far better: "Windows Report" names an outlet, and its page scores six times the best answer.
 */
const ANSWER_WEIGHT = 4;

/**
 * Searches each tier on its own and lists answers before evidence, unless evidence matches far better
 * (ANSWER_WEIGHT). The tier is a filter, so this costs a second search, not a fragment per result.
 * @param {Pagefind} pf
 * @param {string | null} query
 * @param {Record<string, string[]>} filters
 * @returns {Promise<{ result: PagefindResult; tier: number }[]>}
 */
async function byTier(pf, query, filters) {
	const tiers = await Promise.all(SEARCH_TIERS.map((tier) => pf.search(query, { filters: { ...filters, [SEARCH_TIER]: [tier] } })));
	const weighted = (/** @type {{ result: PagefindResult; tier: number }} */ { result, tier }) => result.score * (tier === 0 ? ANSWER_WEIGHT : 1);
	return tiers.flatMap(({ results }, tier) => results.map((result) => ({ result, tier }))).sort((a, b) => weighted(b) - weighted(a));
}

/**
 * The pages for a query: those with all its words; if there are none, rather than "no results", those with
 * some of them, more words first, and `partial` says so ("can linkedin read my DMs" is "read DMs", which no
 * page says together; the private-messages page comes first). An exact "quoted" search is not taken apart.
 * @param {Pagefind} pf
 * @param {string | null} query
 * @param {Record<string, string[]>} filters
 */
export async function find(pf, query, filters) {
	const all = await byTier(pf, query, filters);
	const words = !query || query.includes('"') ? [] : query.split(/\s+/);
	if (all.length > 0 || words.length < 2) return { found: all.map(({ result }) => result), partial: false };
	/** @type {Map<string, { result: PagefindResult; tier: number; words: number; score: number }>} */
	const some = new Map();
	for (const found of await Promise.all(words.map((word) => byTier(pf, word, filters)))) {
		for (const { result, tier } of found) {
			const seen = some.get(result.id) ?? { result, tier, words: 0, score: 0 };
			some.set(result.id, { ...seen, words: seen.words + 1, score: seen.score + result.score });
		}
	}
	const ranked = [...some.values()].sort((a, b) => a.tier - b.tier || b.words - a.words || b.score - a.score);
	return { found: ranked.map(({ result }) => result), partial: ranked.length > 0 };
}

/**
 * @param {HTMLElement} results
 * @param {HTMLElement | null} status the live region that announces the summary
 * @param {string} query
 * @param {PagefindResultData[]} items
 * @param {ReturnType<typeof sayer>} say
 * @param {{ ui?: Record<string, string>; partial?: boolean }} [how] the wording of titles; whether the results have only some of the words
 */
function render(results, status, query, items, say, { ui = {}, partial = false } = {}) {
	results.replaceChildren();
	if (status) status.textContent = '';
	if (!query) return;
	const summary = document.createElement('p');
	summary.className = 'text-sm text-muted mb-2';
	const key = partial ? 'searchUi.partial' : items.length === 0 ? 'searchUi.none' : items.length === MAX_RESULTS ? 'searchUi.top' : 'searchUi.results_other';
	summary.textContent = say(key, { n: items.length, query });
	if (status) status.textContent = summary.textContent;
	results.append(summary);
	const list = document.createElement('ol');
	list.className = 'space-y-3';
	for (const item of items) {
		const li = document.createElement('li');
		const link = document.createElement('a');
		link.href = item.url;
		link.className = 'font-semibold';
		// A category's status is in its title, not in front of its excerpt, where it read as the excerpt's verdict.
		link.textContent = resultTitle(item.meta, ui) || item.url;
		const text = document.createElement('p');
		text.className = 'text-sm';
		text.append(...excerptNodes(item));
		li.append(link, text);
		list.append(li);
	}
	results.append(list);
}

/** Wires one search form: live results as the reader types, filters, Escape to close. */
/** @param {HTMLFormElement} form */
export async function attach(form) {
	/** @type {HTMLInputElement | null} */
	const input = form.querySelector('input[type=search]');
	/** @type {HTMLElement | null} */
	const results = form.querySelector('[role=region]');
	/** @type {HTMLElement | null} */
	const status = form.querySelector('[data-search-status]');
	if (!input || !results) return;
	// Replaced by the real wording once it has loaded; results are only ever shown after that.
	let say = sayer({ ui: {}, plural: new Intl.PluralRules() });
	void loadWords(form).then((w) => (say = sayer(w)));
	// The filters need this code, so they appear with it: on first focus, a reader's own action, so the page
	// does not shift as it loads (showing them at load measured CLS 0.098 on /data/).
	form.querySelector('[data-search-filters]')?.removeAttribute('hidden');
	let latest = 0;
	const run = async () => {
		const ticket = ++latest;
		const query = input.value.trim();
		const filters = selectedFilters(form);
		if (!query && Object.keys(filters).length === 0) return render(results, status, '', [], say);
		try {
			const [pf, words] = await Promise.all([loadPagefind(), loadWords(form)]);
			say = sayer(words);
			// A null query lists everything that matches the filters.
			const { found, partial } = await find(pf, query ? meaningfulWords(query, words.skip, words.common) : null, filters);
			const items = await Promise.all(found.slice(0, MAX_RESULTS).map((r) => r.data()));
			if (ticket === latest) render(results, status, query || say('searchUi.filtersOnly'), items, say, { ui: words.ui, partial });
		} catch {
			// Said from the page itself, since the wording file may be what failed to load.
			if (ticket === latest) results.textContent = form.dataset['unavailable'] ?? '';
		}
	};
	/** @type {ReturnType<typeof setTimeout> | undefined} */
	let timer;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, 120);
	});
	form.addEventListener('change', (e) => {
		if (e.target instanceof HTMLElement && e.target.matches('[data-search-filters] input')) void run();
	});
	// Enter in the header box opens the full results on /data/ (the form's own action); on /data/ it stays put.
	form.addEventListener('submit', (e) => {
		if (form.dataset['search'] === 'header') return;
		e.preventDefault();
		void run();
	});
	form.addEventListener('keydown', (e) => {
		if (e.key === 'Escape' && form.dataset['search'] === 'header') {
			// Also drop a search still under way, so it cannot refill the panel.
			clearTimeout(timer);
			latest++;
			input.value = '';
			render(results, status, '', [], say);
			input.focus();
		}
	});
	const initial = new URLSearchParams(location.search).get('q');
	if (initial && form.dataset['search'] === 'page' && !input.value) input.value = initial.slice(0, 100);
	if (input.value || Object.keys(selectedFilters(form)).length > 0) await run();
}
