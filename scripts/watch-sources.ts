/**
 * `npm run watch-sources [-- options]`: reads every official and regulator source at its canonical
 * address, reduces the page to its main text and compares its hash with the one recorded in
 * content/sources/<id>.mdx, then prints a table and exits 0–3 (see src/lib/watch.ts, docs/watch-sources.md).
 *
 *   --update             record the new hash, reader and check date of every source that was read
 *   --timeout-ms <ms>    per request, including the body (default 15000)
 *   --only <ids>         e.g. l6,r1 (ids or labels)
 *   --content-dir <dir>  default content/sources
 *   --ota-raw-base <url> where Open Terms Archive's files are read (default: env OTA_RAW_BASE, else
 *                        https://raw.githubusercontent.com)
 * WATCH_TODAY=YYYY-MM-DD sets the date --update records (tests use it).
 */
import { isIsoDate, toIsoDate } from '../src/lib/dates.ts';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { isMap, isScalar, parseDocument, Scalar, type YAMLMap } from 'yaml';
import { classify, exitCode, formatTable, mainText, normaliseText, summary, type Reading, type Result, type Verdict, type Via } from '../src/lib/watch.ts';

/** linkedin.com's answers to automated readers (999 is its own "request denied"): worth trying Open Terms Archive. */
const REFUSALS = new Set([403, 429, 999]);
const CONCURRENCY = 4;
const USER_AGENT = 'linkedin-ai-optout-guide-source-watch/1.0 (weekly check that the pages the guide cites have not changed)';
/** Open Terms Archive's version repositories publish on this branch (checked for pga-versions and vlopses-us-versions). */
const OTA_BRANCH = 'main';
const AGAINST: Record<Via, string> = {
	direct: 'The page at its canonical address, read by the source watch',
	'open-terms-archive': "Open Terms Archive's record of the page, read by the source watch",
};
/** The order keys of `checked` are written in (schema order); keys not listed keep their place after these. */
const CHECKED_ORDER = ['on', 'against', 'upTo', 'textHash', 'via'];

/** Exit code for a failure of the watch itself, distinct from the 0–3 of a completed watch. */
const FAILED = 4;

interface Source {
	id: string;
	label: string;
	url: string;
	ota?: { repo: string; path: string };
	baseline: { textHash?: string; via?: Via };
	file: SourceFile;
}

/** A source file cut into the parts --update must keep byte for byte and the frontmatter it may edit. */
interface SourceFile {
	path: string;
	raw: string;
	/** Offset of the frontmatter's first character in raw. */
	start: number;
	frontmatter: string;
	eol: '\n' | '\r\n';
}

// Frontmatter is the text between the opening `---` line and the next `---` line (LF or CRLF).
const FRONTMATTER = /^(\ufeff?---\r?\n)([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function readSourceFile(path: string): { file: SourceFile; data: Record<string, unknown> } {
	const raw = readFileSync(path, 'utf8');
	const match = FRONTMATTER.exec(raw);
	if (!match) throw new Error(`${path}: no YAML frontmatter between --- lines`);
	const frontmatter = match[2]!;
	const doc = parseDocument(frontmatter);
	if (doc.errors.length) throw new Error(`${path}: ${doc.errors[0]!.message}`);
	const data: unknown = doc.toJS();
	if (!data || typeof data !== 'object') throw new Error(`${path}: the frontmatter is not a YAML mapping`);
	const file: SourceFile = { path, raw, start: match[1]!.length, frontmatter, eol: raw.includes('\r\n') ? '\r\n' : '\n' };
	return { file, data: data as Record<string, unknown> };
}

/** Official and regulator sources with an address: the ones the watch reads. */
function watchedSources(dir: string): Source[] {
	const ids = readdirSync(dir)
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => name.slice(0, -'.mdx'.length))
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
	return ids.flatMap((id): Source[] => {
		const { file, data } = readSourceFile(join(dir, `${id}.mdx`));
		if ((data.kind !== 'official' && data.kind !== 'regulator') || typeof data.url !== 'string') return [];
		const checked = (data.checked ?? {}) as Record<string, unknown>;
		const ota = data.ota as { repo?: unknown; path?: unknown } | undefined;
		const source: Source = {
			id,
			label: typeof data.label === 'string' ? data.label : id.toUpperCase(),
			url: data.url,
			baseline: {},
			file,
		};
		if (typeof checked.textHash === 'string') source.baseline.textHash = checked.textHash;
		if (checked.via === 'direct' || checked.via === 'open-terms-archive') source.baseline.via = checked.via;
		if (typeof ota?.repo === 'string' && typeof ota.path === 'string') source.ota = { repo: ota.repo, path: ota.path };
		return [source];
	});
}

type Fetched = { ok: true; body: string; finalUrl: string; redirected: boolean } | { ok: false; problem: string; refused: boolean };

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/** One GET with a deadline covering the body too. `refused` means "worth trying Open Terms Archive". */
async function get(url: string, timeoutMs: number): Promise<Fetched> {
	try {
		const response = await fetch(url, {
			headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/markdown;q=0.9,*/*;q=0.8', 'accept-language': 'en' },
			redirect: 'follow',
			signal: AbortSignal.timeout(timeoutMs),
		});
		if (!response.ok) {
			await response.body?.cancel().catch(() => {});
			const where = response.redirected ? ` at ${response.url}` : '';
			return { ok: false, problem: `HTTP ${response.status}${where}`, refused: REFUSALS.has(response.status) };
		}
		// A PDF or an image is not a page whose text can be compared; Markdown from Open Terms Archive is text/plain.
		const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
		if (type && !/^text\/|^application\/(xhtml\+)?xml$/.test(type)) {
			await response.body?.cancel().catch(() => {});
			return { ok: false, problem: `not a web page (${type})`, refused: false };
		}
		return { ok: true, body: await response.text(), finalUrl: response.url, redirected: response.redirected };
	} catch (error) {
		const { name, message, cause } = error as Error & { cause?: { code?: string; message?: string } };
		if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, problem: `timed out after ${seconds(timeoutMs)}`, refused: true };
		// fetch reports DNS, connection and TLS failures (and redirect loops) as a TypeError with a cause.
		if (cause) return { ok: false, problem: `network error (${cause.code ?? cause.message ?? message})`, refused: true };
		return { ok: false, problem: `could not fetch (${message})`, refused: false };
	}
}

function otaUrl(base: string, ota: { repo: string; path: string }): string {
	const path = ota.path.split('/').map(encodeURIComponent).join('/');
	return `${base.replace(/\/+$/, '')}/${ota.repo}/${OTA_BRANCH}/${path}`;
}

/** The canonical address first; Open Terms Archive only when linkedin.com refused or the network failed. */
async function read(source: Source, options: Options): Promise<Reading> {
	const direct = await get(source.url, options.timeoutMs);
	if (direct.ok) return { ok: true, via: 'direct', text: mainText(direct.body), notes: direct.redirected ? [`redirected to ${direct.finalUrl}`] : [] };
	if (!direct.refused || !source.ota) return { ok: false, problems: [direct.problem] };
	const record = await get(otaUrl(options.otaRawBase, source.ota), options.timeoutMs);
	if (!record.ok) return { ok: false, problems: [direct.problem, `Open Terms Archive: ${record.problem}`] };
	return {
		ok: true,
		via: 'open-terms-archive',
		text: normaliseText(record.body),
		notes: [`canonical address: ${direct.problem}`, `read ${source.ota.repo} ${source.ota.path}`],
	};
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await fn(items[i]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

/** Sets a key of `checked`, keeping the existing scalar node (and any comment on it) when there is one. */
function put(map: YAMLMap, key: string, value: string, quoted = false): void {
	const existing = map.get(key, true);
	const node = isScalar(existing) ? existing : new Scalar(value);
	node.value = value;
	// Dates and hashes are single-quoted: a YAML 1.1 reader would take 2026-12-01 for a Date. Other text is
	// plain, which the printer quotes anyway when the text needs it.
	node.type = quoted ? Scalar.QUOTE_SINGLE : Scalar.PLAIN;
	map.set(key, node);
}

/**
 * The file with only its `checked` block rewritten. The block's text is located with the YAML Document's
 * source ranges and replaced in place, so the body, the other keys, their comments and their line wrapping
 * stay byte for byte; the result is re-parsed to prove nothing else moved.
 */
function updatedFile(file: SourceFile, verdict: Verdict, today: string): string {
	const doc = parseDocument(file.frontmatter);
	const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'checked') : undefined;
	if (!pair || !isScalar(pair.key) || !isMap(pair.value) || !pair.key.range || !pair.value.range) {
		throw new Error(`${file.path}: no checked: block to update`);
	}
	const [from, to] = [pair.key.range[0], pair.value.range[2]];
	const block = file.frontmatter.slice(from, to);

	const blockDoc = parseDocument(block);
	const checked = blockDoc.get('checked', true);
	if (!isMap(checked)) throw new Error(`${file.path}: checked: is not a mapping`);
	const via = verdict.via!;
	put(checked, 'on', today, true);
	put(checked, 'against', AGAINST[via]);
	// A page read today covers today. Open Terms Archive's file carries no date, so an earlier upTo stays
	// as what it is: a day the record is known to reach.
	if (via === 'direct') put(checked, 'upTo', today, true);
	put(checked, 'textHash', verdict.textHash!, true);
	put(checked, 'via', via);
	const rank = (p: (typeof checked.items)[number]) => {
		// Keys read from the file are Scalar nodes; keys added by set() are plain strings.
		const i = CHECKED_ORDER.indexOf(String(isScalar(p.key) ? p.key.value : p.key));
		return i < 0 ? CHECKED_ORDER.length : i;
	};
	checked.items.sort((a, b) => rank(a) - rank(b));

	let text = blockDoc.toString({ lineWidth: 0 });
	if (!/\n$/.test(block)) text = text.replace(/\n$/, '');
	text = text.replace(/\r?\n/g, file.eol);
	const frontmatter = file.frontmatter.slice(0, from) + text + file.frontmatter.slice(to);

	const before = doc.toJS() as Record<string, unknown>;
	const after = parseDocument(frontmatter).toJS() as Record<string, unknown>;
	const expected = {
		...before,
		checked: { ...(before.checked as object), on: today, against: AGAINST[via], textHash: verdict.textHash, via, ...(via === 'direct' ? { upTo: today } : {}) },
	};
	if (!isDeepStrictEqual(after, expected)) throw new Error(`${file.path}: rewriting checked: would change more than checked:`);
	return file.raw.slice(0, file.start) + frontmatter + file.raw.slice(file.start + file.frontmatter.length);
}

interface Options {
	update: boolean;
	timeoutMs: number;
	only: string[];
	contentDir: string;
	otaRawBase: string;
	today: string;
}

function options(argv: string[]): Options {
	const { values } = parseArgs({
		args: argv,
		options: {
			update: { type: 'boolean', default: false },
			'timeout-ms': { type: 'string', default: '15000' },
			only: { type: 'string', default: '' },
			'content-dir': { type: 'string', default: 'content/sources' },
			'ota-raw-base': { type: 'string', default: process.env.OTA_RAW_BASE || 'https://raw.githubusercontent.com' },
		},
		strict: true,
		allowPositionals: false,
	});
	const timeoutMs = Number(values['timeout-ms']);
	if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
		throw new Error(`--timeout-ms must be a positive whole number of milliseconds, not ${values['timeout-ms']}`);
	const today = process.env.WATCH_TODAY || toIsoDate(new Date());
	if (!isIsoDate(today)) throw new Error(`WATCH_TODAY must be a real date written YYYY-MM-DD, not ${today}`);
	return {
		update: values.update,
		timeoutMs,
		only: values.only
			.split(',')
			.map((s) => s.trim().toLowerCase())
			.filter(Boolean),
		contentDir: values['content-dir'],
		otaRawBase: values['ota-raw-base'],
		today,
	};
}

async function main(): Promise<number> {
	const opts = options(process.argv.slice(2));
	let sources = watchedSources(opts.contentDir);
	if (opts.only.length) {
		const named = (s: Source) => opts.only.includes(s.id.toLowerCase()) || opts.only.includes(s.label.toLowerCase());
		const unknown = opts.only.filter((name) => !sources.some((s) => s.id.toLowerCase() === name || s.label.toLowerCase() === name));
		if (unknown.length) throw new Error(`--only: no watched (official or regulator, with a url) source named ${unknown.join(', ')}`);
		sources = sources.filter(named);
	}

	// Node loads its HTTP client on the first fetch; on a busy machine that can take a good part of a short
	// deadline, so it is loaded before any deadline starts.
	await fetch('data:text/plain,').then((response) => response.text());

	// Sources that share an address and a record (two versions of the User Agreement) are read once.
	const readings = new Map<string, Promise<Reading>>();
	const readOnce = (source: Source) => {
		const key = `${source.url}\n${source.ota ? `${source.ota.repo}/${source.ota.path}` : ''}`;
		if (!readings.has(key)) readings.set(key, read(source, opts));
		return readings.get(key)!;
	};
	const results: Result[] = await mapLimit(sources, CONCURRENCY, async (source) => ({
		id: source.id,
		label: source.label,
		...classify(source.baseline, await readOnce(source)),
	}));

	console.log(formatTable(results));
	console.log('');
	console.log(summary(results));

	if (opts.update) {
		// Every new file is worked out before any is written, so a failure leaves the content untouched.
		const writes = sources.flatMap((source, i) => {
			const result = results[i]!;
			return result.status === 'unreachable' ? [] : [{ source, text: updatedFile(source.file, result, opts.today) }];
		});
		for (const { source, text } of writes) writeFileSync(source.file.path, text);
		const skipped = results.filter((r) => r.status === 'unreachable').map((r) => r.id);
		console.log(
			`--update: recorded ${writes.length} source${writes.length === 1 ? '' : 's'} as checked on ${opts.today}${writes.length ? ` (${writes.map((w) => w.source.id).join(', ')})` : ''}` +
				(skipped.length ? `; left ${skipped.length} unreachable untouched (${skipped.join(', ')}).` : '.'),
		);
	}
	return exitCode(results);
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(`watch-sources failed: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = FAILED;
	},
);
