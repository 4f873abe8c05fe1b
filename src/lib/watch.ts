/**
 * The source watch's logic (`npm run watch-sources`), kept free of I/O so it can be tested directly:
 * reduce a page to its main text, hash it, compare with what `content/sources/*.mdx` recorded, and say
 * what that means. scripts/watch-sources.ts does the fetching and the file writing.
 *
 * Exit codes (exitCode below; docs/watch-sources.md explains them for readers):
 *   0  every watched source was read and matches its recorded hash, or has no baseline yet
 *   1  at least one source changed, and every source could be checked
 *   2  nothing changed, but some sources could not be checked: unreachable, or read by another
 *      reader than the one that recorded their baseline
 *   3  both: something changed, and some sources could not be checked
 *   4  (the script only) the watch itself failed: bad options, unreadable content
 */
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';

/** Where the text was read: the canonical address itself, or Open Terms Archive's record of it. */
export type Via = 'direct' | 'open-terms-archive';

/**
 * One attempt to read a source. `text` is already reduced (mainText for pages, normaliseText for Open
 * Terms Archive's Markdown); `notes` and `problems` end up in the table's detail column.
 */
export type Reading = { ok: true; via: Via; text: string; notes: string[] } | { ok: false; problems: string[] };

/** What the source's frontmatter recorded at the last check. */
export interface Baseline {
	textHash?: string | undefined;
	via?: Via | undefined;
}

export type Status = 'unchanged' | 'changed' | 'no-baseline' | 'other-reader' | 'unreachable';

export interface Verdict {
	status: Status;
	/** Set whenever the text was read, even when it cannot be compared. */
	via?: Via;
	textHash?: string;
	detail: string;
}

export interface Result extends Verdict {
	id: string;
	label: string;
}

/** What the table shows for each status. */
export const STATUS_TEXT: Record<Status, string> = {
	unchanged: 'unchanged',
	changed: 'changed',
	'no-baseline': 'no baseline',
	'other-reader': 'baseline from another reader',
	unreachable: 'unreachable',
};

/**
 * Below this many characters a "page" is an error, consent or sign-in screen, or junk, not the document:
 * it counts as unreachable so it can never pass as changed or unchanged.
 */
export const MIN_TEXT_CHARS = 200;

/** Never part of the document's text. Headers, footers and hidden parts are handled in mainText. */
const DROP = 'head, title, script, style, noscript, template, svg, iframe, object, embed, canvas, nav';

/** Elements that break a line when rendered; their text must not run into the next element's. */
const BLOCKS = new Set(
	'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main ol option p pre section summary table tbody td tfoot th thead tr ul'.split(
		' ',
	),
);

/**
 * Whitespace-insensitive text: NFC, invisible characters dropped, every run of whitespace (including
 * no-break and zero-width-no-break spaces) one space. Used for pages and for Open Terms Archive's Markdown,
 * so that re-indentation or re-wrapping never counts as a change.
 */
export function normaliseText(text: string): string {
	return (
		text
			.normalize('NFC')
			// eslint-disable-next-line no-control-regex -- invisible control characters are what this strips
			.replace(/[\u0000-\u0008\u000e-\u001f\u007f\u00ad\u200b-\u200d\u2060]/g, '')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/**
 * The main text of an HTML page: the first <main> (or role=main), else the first <article>, else the
 * whole body, without scripts, styles, navigation, and page-level headers and footers. Hidden parts are
 * dropped only from a whole body (cookie banners, dialogs): inside <main> they are collapsed sections
 * of the document, whose changes matter.
 * Returns '' for a page with no text and for binary junk; never throws, whatever the input. (linkedom
 * parses absurdly deep nesting slowly, tens of thousands of levels take seconds, but it copes.)
 */
export function mainText(html: string): string {
	if (looksBinary(html)) return '';
	try {
		// linkedom does not build a document around a fragment or junk (documentElement is null and
		// queries throw), so the page is always parsed inside a body of our own.
		const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
		for (const element of [...document.querySelectorAll(DROP)]) element.remove();
		const root = document.querySelector('main, [role="main"]') ?? document.querySelector('article') ?? document.body;
		if (!root) return '';
		if (root === document.body) for (const element of [...root.querySelectorAll('[hidden]')]) element.remove();
		// An <article>'s own header and footer carry its title and dates, which are part of the document;
		// any other header or footer is the site's banner or footer.
		for (const element of [...root.querySelectorAll('header, footer')]) {
			if (!element.parentElement?.closest('article')) element.remove();
		}
		return normaliseText(textOf(root));
	} catch {
		return '';
	}
}

/**
 * True for what is not text at all (an image, a PDF, junk bytes): a NUL, or more than 1% control or
 * undecodable characters. Such bytes can decode to hundreds of "characters" that must not pass as a page.
 */
export function looksBinary(text: string): boolean {
	if (text.includes('\u0000')) return true;
	// eslint-disable-next-line no-control-regex -- control characters are the sign of binary data
	const odd = text.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
	return odd > text.length / 100;
}

/** Text content with a space at block boundaries; iterative, so absurdly deep junk cannot overflow the stack. */
function textOf(root: Node): string {
	const parts: string[] = [];
	const stack: (Node | string)[] = [root];
	while (stack.length) {
		const item = stack.pop()!;
		if (typeof item === 'string') {
			parts.push(item);
		} else if (item.nodeType === 3) {
			parts.push(item.nodeValue ?? '');
		} else if (item.nodeType === 1 || item.nodeType === 9 || item.nodeType === 11) {
			const block = item.nodeType === 1 && BLOCKS.has((item as Element).localName);
			if (block) stack.push(' ');
			const children = [...item.childNodes];
			for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
			if (block) stack.push(' ');
		}
	}
	return parts.join('');
}

/** SHA-256 of the text (UTF-8), as 64 lowercase hex digits: what `checked.textHash` records. */
export function hashText(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

const READER_TEXT: Record<Via, string> = { direct: 'read directly', 'open-terms-archive': "read from Open Terms Archive's record" };

/**
 * Compares one reading with the recorded baseline. Never says "unchanged" unless the text was read, has
 * real content, and hashes to the value recorded by the same reader.
 */
export function classify(baseline: Baseline, reading: Reading): Verdict {
	if (!reading.ok) return { status: 'unreachable', detail: reading.problems.join('; ') };
	const { via, text, notes } = reading;
	if (text.length < MIN_TEXT_CHARS) {
		return { status: 'unreachable', detail: [...notes, `no main text (${text.length} characters after reduction)`].join('; ') };
	}
	const textHash = hashText(text);
	const verdict = (status: Status, ...more: string[]): Verdict => ({ status, via, textHash, detail: [...notes, ...more].join('; ') });
	if (!baseline.textHash) return verdict('no-baseline', 'no text hash recorded yet; --update records one');
	// A page and Open Terms Archive's Markdown of it never hash alike, so only the same reader compares.
	// A hash recorded without saying by whom is treated as another reader's: comparing it would be a guess.
	if (baseline.via !== via) {
		const before = baseline.via ? READER_TEXT[baseline.via] : 'read by an unrecorded reader';
		return verdict('other-reader', `baseline was ${before}, this time ${READER_TEXT[via]}; not compared`);
	}
	if (baseline.textHash === textHash) return verdict('unchanged');
	return verdict('changed', `text hash ${textHash.slice(0, 12)}…, recorded ${baseline.textHash.slice(0, 12)}…`);
}

/** Statuses that mean the source was not checked against its baseline, for exit code 2. */
const NOT_CHECKED: ReadonlySet<Status> = new Set(['unreachable', 'other-reader']);

/** 0, 1, 2 or 3: see the top of this file. */
export function exitCode(results: readonly Pick<Result, 'status'>[]): 0 | 1 | 2 | 3 {
	const changed = results.some((r) => r.status === 'changed');
	const notChecked = results.some((r) => NOT_CHECKED.has(r.status));
	return ((changed ? 1 : 0) + (notChecked ? 2 : 0)) as 0 | 1 | 2 | 3;
}

// The watch speaks English (it talks to maintainers, not readers); plurals still go by the language's rules.
const englishPlural = new Intl.PluralRules('en');
const count = (n: number, one: string, many = `${one}s`) => `${n} ${englishPlural.select(n) === 'one' ? one : many}`;

/** The closing message: counts per status, then what the exit code means. */
export function summary(results: readonly Pick<Result, 'status'>[]): string {
	const n = (status: Status) => results.filter((r) => r.status === status).length;
	const counts = (Object.keys(STATUS_TEXT) as Status[])
		.filter((status) => n(status) > 0)
		.map((status) => `${n(status)} ${STATUS_TEXT[status]}`)
		.join(', ');
	const notChecked = n('unreachable') + n('other-reader');
	const changed = `${count(n('changed'), 'source')} changed since the last check: review the differences, update the content, then record the new text with --update.`;
	const unreachable = `${count(notChecked, 'source')} could not be checked (unreachable, or read by another reader than the recorded baseline's); ${notChecked === 1 ? 'it was' : 'they were'} not compared.`;
	const messages: Record<0 | 1 | 2 | 3, string> = {
		0: 'Exit 0 (no changes): every watched source was read and matches its recorded text, or has no baseline yet.',
		1: `Exit 1 (changed): ${changed}`,
		2: `Exit 2 (unreachable): ${unreachable} Nothing that could be checked has changed.`,
		3: `Exit 3 (changed and unreachable): ${changed} Also, ${unreachable}`,
	};
	return `${count(results.length, 'watched source')}: ${counts || 'none'}.\n${messages[exitCode(results)]}`;
}

/** A plain-text table, one line per source, columns padded to line up (fixed-width in an issue's code block). */
export function formatTable(results: readonly Result[]): string {
	const header = ['Label', 'Id', 'Status', 'Via', 'Detail'];
	const rows = results.map((r) => [r.label, r.id, STATUS_TEXT[r.status], r.via ?? '-', r.detail || '-']);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
	const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
	return [line(header), line(widths.map((w, i) => (i === widths.length - 1 ? '-'.repeat(header[i]!.length) : '-'.repeat(w)))), ...rows.map(line)].join('\n');
}
