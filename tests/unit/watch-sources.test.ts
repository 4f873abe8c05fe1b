/**
 * The source watch: its pure logic (src/lib/watch.ts), then the CLI (scripts/watch-sources.ts) run for real
 * against a local fixture server and a temporary copy of fixture sources. Nothing here touches the network.
 * Expected texts and hashes are written out (hashes computed with sha256sum), not recomputed by the code.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { classify, exitCode, formatTable, hashText, mainText, normaliseText, summary, type Reading, type Result } from '../../src/lib/watch';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures/watch');
const page = (name: string) => readFileSync(join(FIXTURES, 'pages', name), 'utf8');

// The main text of each fixture page, and its SHA-256 (printf '%s' "$TEXT" | sha256sum).
const UNCHANGED_TEXT =
	'Generative AI and your data We use the data you share on our services to train content-generating AI models, unless you turn off the setting called Data for Generative AI Improvement. Turning it off stops future training; it does not undo training that already took place & finished.';
const UNCHANGED_HASH = '1377da47f54016ea9048228c1287f330438f24af0405f4a56d5d8ac325cc1a0f';
const CHANGED_TEXT =
	'Generative AI and your data We use the data you share on our services to train content-generating AI models, unless you turn off the setting called Data for Generative AI Improvement. Turning it off stops future training and, from 1 December, also removes training that already took place & finished.';
const CHANGED_HASH = 'b7547ae6fcf78853077564bb0333b9c5c9179ebf4bdca9073ca9f1ba7a0900cf';
const MOVED_TEXT =
	'Our statement on changes to an AI data policy Published 20 September 2024 We are pleased that the company has confirmed it has suspended such AI model training pending further engagement with us. We will continue to monitor how it and others use personal data to train generative AI. Ends';
const MOVED_HASH = '628fb105e7719ddaeb3df5980225f85cbc28a93dc27175d599ac92dc6e726aa0';
const OTA_TEXT =
	'Privacy Policy ============== _[Effective November 3, 2025](https://example.com/updates)_ Your Privacy Matters -------------------- We use your personal data to develop and train artificial intelligence (AI) models, and to provide, personalize and improve our Services. 1. Data We Collect You provide data to create an account with us, such as your name, email address and a password.';
const OTA_HASH = 'a01bc450e29a99bf69f0e71fd982ca41967e6525455d6d3927c6eb1b5545f25a';

/** Bytes that are no page at all: NULs, control bytes, stray angle brackets. */
const JUNK = Buffer.concat([Buffer.from('<<<>>>\u0000\u0001'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)), Buffer.from('<</>')]);

const direct = (text: string): Reading => ({ ok: true, via: 'direct', text, notes: [] });
const viaOta = (text: string): Reading => ({ ok: true, via: 'open-terms-archive', text, notes: [] });

describe('mainText', () => {
	test('reads <main> only, without banner, navigation, footer, scripts, styles, noscript and svg; decodes entities', () => {
		expect(mainText(page('unchanged.html'))).toBe(UNCHANGED_TEXT);
	});
	test('without <main>, reads the <article>, keeping its own header (title, date) and footer', () => {
		expect(mainText(page('moved.html'))).toBe(MOVED_TEXT);
	});
	test('prefers <main> or role=main to an <article> elsewhere on the page', () => {
		expect(mainText('<article>Teaser</article><div role="main"><p>The document</p></div>')).toBe('The document');
		expect(mainText('<article>Teaser</article><main>The document</main>')).toBe('The document');
	});
	test('without either, reads the body without page header, footer, navigation and hidden parts', () => {
		expect(
			mainText('<body><header>Top</header><nav>Menu</nav><div><p>One</p><p>Two</p></div><div hidden>Cookie banner</div><footer>Bottom</footer></body>'),
		).toBe('One Two');
	});
	test('hidden parts of <main> are collapsed sections of the document, and count', () => {
		expect(mainText('<div hidden>Cookie banner</div><main><p>Visible</p><div hidden>Collapsed section</div></main>')).toBe('Visible Collapsed section');
	});
	test('blocks are separated by a space, inline elements are not', () => {
		expect(mainText('<main><h2>Title</h2><p>Li<b>nked</b>In &amp; <a href="#">you</a></p><ul><li>one</li><li>two</li></ul>line<br>break</main>')).toBe(
			'Title LinkedIn & you one two line break',
		);
	});
	test('pages without text give the empty string', () => {
		expect(mainText('')).toBe('');
		expect(mainText(' \n\t ')).toBe('');
		expect(mainText('<html><head><title>T</title><script>x()</script></head><body><nav>Menu</nav><svg><text>icon</text></svg></body></html>')).toBe('');
	});
	test('garbage never throws: junk bytes give nothing, stray markup gives little', () => {
		expect(mainText(JUNK.toString('utf8'))).toBe('');
		expect(mainText(JUNK.toString('latin1'))).toBe('');
		expect(mainText('<<<>>>')).toBe('<<<>>>');
		expect(mainText('</html><body>late</body><html>')).toBe('');
		expect(mainText('<main><p>unclosed')).toBe('unclosed');
		expect(mainText(`${'<div>'.repeat(5000)}deep`)).toBe('deep');
	});
});

describe('normaliseText and hashText', () => {
	test('whitespace of any kind becomes one space; invisible characters go; text is NFC', () => {
		expect(normaliseText('  a\u00a0\u00a0b\r\n\tc\ufeffd\u200be\u0301  ')).toBe('a b c dé');
	});
	test('hashText is SHA-256 in hex', () => {
		expect(hashText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(hashText(UNCHANGED_TEXT)).toBe(UNCHANGED_HASH);
	});
});

describe('classify', () => {
	test('the same text, read the same way, is unchanged', () => {
		expect(classify({ textHash: UNCHANGED_HASH, via: 'direct' }, direct(UNCHANGED_TEXT))).toEqual({
			status: 'unchanged',
			via: 'direct',
			textHash: UNCHANGED_HASH,
			detail: '',
		});
	});
	test('different text is changed, and the detail shows both hashes', () => {
		expect(classify({ textHash: UNCHANGED_HASH, via: 'direct' }, direct(CHANGED_TEXT))).toEqual({
			status: 'changed',
			via: 'direct',
			textHash: CHANGED_HASH,
			detail: 'text hash b7547ae6fcf7…, recorded 1377da47f540…',
		});
	});
	test('no recorded hash: no baseline', () => {
		expect(classify({}, direct(UNCHANGED_TEXT))).toMatchObject({ status: 'no-baseline', textHash: UNCHANGED_HASH });
	});
	test('a hash recorded by another reader, or by an unnamed one, is never compared, even when equal', () => {
		expect(classify({ textHash: OTA_HASH, via: 'direct' }, viaOta(OTA_TEXT))).toMatchObject({
			status: 'other-reader',
			via: 'open-terms-archive',
			detail: "baseline was read directly, this time read from Open Terms Archive's record; not compared",
		});
		expect(classify({ textHash: UNCHANGED_HASH }, direct(UNCHANGED_TEXT))).toMatchObject({ status: 'other-reader' });
	});
	test('a failed read is unreachable, with every problem in the detail', () => {
		expect(classify({ textHash: UNCHANGED_HASH, via: 'direct' }, { ok: false, problems: ['timed out after 15 s'] })).toEqual({
			status: 'unreachable',
			detail: 'timed out after 15 s',
		});
		expect(classify({ textHash: UNCHANGED_HASH, via: 'direct' }, { ok: false, problems: ['HTTP 999', 'Open Terms Archive: HTTP 404'] })).toEqual({
			status: 'unreachable',
			detail: 'HTTP 999; Open Terms Archive: HTTP 404',
		});
	});
	test('under 200 characters of text is unreachable, even when its hash matches the record', () => {
		const tiny = 'a'.repeat(199);
		const tinyHash = '60048478ae47edd7ef18f1235afd254a72ffaf32c4bc5726e8d250c3be51e3cb';
		expect(classify({ textHash: tinyHash, via: 'direct' }, direct(tiny))).toEqual({
			status: 'unreachable',
			detail: 'no main text (199 characters after reduction)',
		});
		expect(classify({ textHash: UNCHANGED_HASH, via: 'direct' }, direct(''))).toMatchObject({ status: 'unreachable' });
		expect(classify({}, direct('a'.repeat(200)))).toMatchObject({ status: 'no-baseline' });
	});
	test('notes from the reading lead the detail', () => {
		expect(
			classify({ textHash: MOVED_HASH, via: 'direct' }, { ok: true, via: 'direct', text: MOVED_TEXT, notes: ['redirected to https://example.org/new'] }),
		).toMatchObject({
			status: 'unchanged',
			detail: 'redirected to https://example.org/new',
		});
	});
});

describe('exitCode and summary', () => {
	const of = (...statuses: Result['status'][]) => statuses.map((status) => ({ status }));
	test('0 when everything was read and nothing changed (no baseline counts as fine)', () => {
		expect(exitCode(of('unchanged', 'no-baseline'))).toBe(0);
		expect(exitCode([])).toBe(0);
	});
	test('1 changed, 2 not checked (unreachable or another reader), 3 both', () => {
		expect(exitCode(of('unchanged', 'changed'))).toBe(1);
		expect(exitCode(of('unchanged', 'unreachable'))).toBe(2);
		expect(exitCode(of('other-reader', 'no-baseline'))).toBe(2);
		expect(exitCode(of('changed', 'unreachable', 'unchanged'))).toBe(3);
	});
	test('the summary counts each status and explains the exit code', () => {
		expect(summary(of('unchanged', 'unreachable', 'unreachable'))).toBe(
			"3 watched sources: 1 unchanged, 2 unreachable.\nExit 2 (unreachable): 2 sources could not be checked (unreachable, or read by another reader than the recorded baseline's); they were not compared. Nothing that could be checked has changed.",
		);
		expect(summary(of('changed'))).toMatch(/^1 watched source: 1 changed\.\nExit 1 \(changed\): 1 source changed since the last check/);
		expect(summary(of('changed', 'other-reader'))).toMatch(/\nExit 3 \(changed and unreachable\): /);
		expect(summary(of('no-baseline'))).toMatch(/\nExit 0 \(no changes\)/);
	});
});

describe('formatTable', () => {
	test('one padded line per source, "-" for an empty via or detail', () => {
		const results: Result[] = [
			{ id: 'l6', label: 'L6', status: 'unchanged', via: 'open-terms-archive', textHash: OTA_HASH, detail: 'canonical address: HTTP 999' },
			{ id: 'r10', label: 'R10', status: 'unreachable', detail: 'timed out after 15 s' },
			{ id: 'l1', label: 'L1', status: 'no-baseline', via: 'direct', detail: '' },
		];
		expect(formatTable(results)).toBe(
			[
				'Label  Id   Status       Via                 Detail',
				'-----  ---  -----------  ------------------  ------',
				'L6     l6   unchanged    open-terms-archive  canonical address: HTTP 999',
				'R10    r10  unreachable  -                   timed out after 15 s',
				'L1     l1   no baseline  direct              -',
			].join('\n'),
		);
	});
});

// Each run starts Node on the TypeScript script (about a second on a slow machine). The 2 s deadline is
// for the never-answering route; shorter ones made busy machines time out on the fixture pages too.
describe('npm run watch-sources, against a local fixture server', { timeout: 30_000 }, () => {
	let server: Server;
	let base = '';
	let dir = '';
	const requests: { url: string; userAgent: string }[] = [];
	const originals = new Map<string, string>();

	const OTA_PATH = '/ota/OpenTermsArchive/pga-versions/main/LinkedIn/Privacy%20Policy.md';
	const html = (body: string) => ({ status: 200, type: 'text/html; charset=utf-8', body });
	const routes: Record<string, { status: number; type?: string; body: string | Buffer; location?: string }> = {
		'/unchanged': html(page('unchanged.html')),
		'/changed': html(page('changed.html')),
		'/old-address': { status: 301, location: '/moved', body: '' },
		'/moved': html(page('moved.html')),
		'/missing': { status: 404, type: 'text/html', body: '<h1>Not found</h1>' },
		'/garbage': { status: 200, type: 'text/html', body: JUNK },
		'/empty': { status: 200, type: 'text/html', body: '' },
		// linkedin.com's answer to automated readers.
		'/refused': { status: 999, type: 'text/html', body: '<html><body>Request denied</body></html>' },
		[OTA_PATH]: { status: 200, type: 'text/plain; charset=utf-8', body: page('ota-privacy-policy.md') },
	};

	const run = (...args: string[]) =>
		new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
			const child = spawn(process.execPath, ['scripts/watch-sources.ts', '--content-dir', dir, '--timeout-ms', '2000', ...args], {
				cwd: ROOT,
				env: { ...process.env, OTA_RAW_BASE: `${base}/ota`, WATCH_TODAY: '2026-12-01' },
			});
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
			child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
			child.on('error', reject);
			child.on('close', (code) => resolve({ code, stdout, stderr }));
		});

	/** The table's cells for one label, split on the padding; undefined when the source is not in the table. */
	const row = (stdout: string, label: string) =>
		stdout
			.split('\n')
			.find((line) => line.startsWith(`${label} `))
			?.split(/ {2,}/);
	const read = (id: string) => readFileSync(join(dir, `${id}.mdx`), 'utf8');

	beforeAll(async () => {
		server = createServer((request, response) => {
			requests.push({ url: request.url ?? '', userAgent: request.headers['user-agent'] ?? '' });
			if (request.url === '/slow') return; // never answers
			const route = routes[request.url ?? ''] ?? { status: 404, type: 'text/plain', body: 'no such fixture' };
			response.writeHead(route.status, { ...(route.type ? { 'content-type': route.type } : {}), ...(route.location ? { location: route.location } : {}) });
			response.end(route.body);
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

		dir = mkdtempSync(join(tmpdir(), 'watch-sources-'));
		for (const name of readdirSync(join(FIXTURES, 'sources'))) {
			let text = readFileSync(join(FIXTURES, 'sources', name), 'utf8').replaceAll('__BASE__', base);
			// One source with Windows line endings, to prove they survive --update.
			if (name === 'l2.mdx') text = text.replace(/\n/g, '\r\n');
			writeFileSync(join(dir, name), text);
			originals.set(name.replace(/\.mdx$/, ''), text);
		}
	});

	afterAll(async () => {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
		rmSync(dir, { recursive: true, force: true });
	});

	test('a full run prints one line per watched source and exits 3 (changed and unreachable); files are untouched', async () => {
		const { code, stdout, stderr } = await run();
		expect(stderr).toBe('');
		const ota = 'read OpenTermsArchive/pga-versions LinkedIn/Privacy Policy.md';
		expect(row(stdout, 'L1')).toEqual(['L1', 'l1', 'unchanged', 'direct', '-']);
		expect(row(stdout, 'L2')).toEqual(['L2', 'l2', 'changed', 'direct', 'text hash b7547ae6fcf7…, recorded 1377da47f540…']);
		expect(row(stdout, 'L3')).toEqual(['L3', 'l3', 'unchanged', 'open-terms-archive', `canonical address: HTTP 999; ${ota}`]);
		expect(row(stdout, 'L4')).toEqual([
			'L4',
			'l4',
			'baseline from another reader',
			'open-terms-archive',
			`canonical address: HTTP 999; ${ota}; baseline was read directly, this time read from Open Terms Archive's record; not compared`,
		]);
		expect(row(stdout, 'L5')).toEqual(['L5', 'l5', 'unreachable', '-', 'HTTP 999']);
		expect(row(stdout, 'L6')).toEqual(['L6', 'l6', 'unreachable', '-', 'HTTP 999; Open Terms Archive: HTTP 404']);
		expect(row(stdout, 'L7')).toEqual(['L7', 'l7', 'no baseline', 'direct', 'no text hash recorded yet; --update records one']);
		expect(row(stdout, 'L8')).toEqual(['L8', 'l8', 'unreachable', '-', 'HTTP 404']);
		expect(row(stdout, 'L9')).toEqual(['L9', 'l9', 'unreachable', '-', 'timed out after 2 s']);
		expect(row(stdout, 'L10')).toEqual(['L10', 'l10', 'unreachable', '-', 'no main text (0 characters after reduction)']);
		expect(row(stdout, 'L11')).toEqual(['L11', 'l11', 'unreachable', '-', 'no main text (0 characters after reduction)']);
		expect(row(stdout, 'R1')).toEqual(['R1', 'r1', 'unchanged', 'direct', `redirected to ${base}/moved`]);
		// Press sources and sources without an address are not watched.
		expect(row(stdout, 'P1')).toBeUndefined();
		expect(row(stdout, 'L12')).toBeUndefined();
		expect(stdout).toContain(
			'\n12 watched sources: 3 unchanged, 1 changed, 1 no baseline, 1 baseline from another reader, 6 unreachable.\nExit 3 (changed and unreachable): ',
		);
		expect(code).toBe(3);

		expect(requests.map((r) => r.url)).toContain(OTA_PATH);
		expect(requests.every((r) => r.userAgent.startsWith('linkedin-ai-optout-guide-source-watch/'))).toBe(true);
		for (const [id, text] of originals) expect(read(id), id).toBe(text);
	});

	test('exit 1 when the only problem is a change, 2 when it is an unreachable source, 0 when all is well, 4 on bad options', async () => {
		// One after another: several Node processes at once can starve a two-core machine into timeouts.
		const changed = await run('--only', 'l2');
		const unreachable = await run('--only', 'L9'); // a label works too
		const otherReader = await run('--only', 'l4');
		const fine = await run('--only', 'l1,r1,l3,l7');
		const bad = await run('--only', 'p1');
		expect(changed.code).toBe(1);
		expect(unreachable.code).toBe(2);
		expect(otherReader.code).toBe(2); // a baseline from another reader was not checked
		expect(fine.stdout).toContain('\nExit 0 (no changes): ');
		expect(fine.code).toBe(0);
		expect(bad.stderr).toContain('--only: no watched (official or regulator, with a url) source named p1');
		expect(bad.code).toBe(4);
	});

	test('--update rewrites only the checked block of each source it read, and leaves unreachable ones alone', async () => {
		const { code, stdout } = await run('--update');
		expect(stdout).toContain(
			'\n--update: recorded 6 sources as checked on 2026-12-01 (l1, l2, l3, l4, l7, r1); left 6 unreachable untouched (l5, l6, l8, l9, l10, l11).',
		);
		expect(code).toBe(3); // the exit code reports what was found, before recording it

		const directBlock = (hash: string, eol = '\n') =>
			[
				'checked:',
				"  on: '2026-12-01'",
				'  against: The page at its canonical address, read by the source watch',
				"  upTo: '2026-12-01'",
				`  textHash: '${hash}'`,
				'  via: direct',
				'',
			].join(eol);
		const otaBlock = (...upTo: string[]) =>
			[
				'checked:',
				"  on: '2026-12-01'",
				"  against: Open Terms Archive's record of the page, read by the source watch",
				...upTo,
				`  textHash: '${OTA_HASH}'`,
				'  via: open-terms-archive',
				'',
			].join('\n');
		const expected: Record<string, string> = {
			l1: directBlock(UNCHANGED_HASH),
			l2: directBlock(CHANGED_HASH, '\r\n'),
			l3: otaBlock("  upTo: '2026-08-22'"), // Open Terms Archive's file has no date: the known one stays
			l4: otaBlock(),
			l7: directBlock(UNCHANGED_HASH).replace("on: '2026-12-01'", "on: '2026-12-01' # checked by hand"),
			r1: directBlock(MOVED_HASH),
		};
		// The checked block runs from `checked:` to the first line that is not indented.
		const block = /^checked:[^\n]*\n(?:[ \t][^\n]*\n)*/m;
		for (const [id, original] of originals) {
			const now = read(id);
			if (!(id in expected)) {
				expect(now, `${id} must be untouched`).toBe(original);
				continue;
			}
			const before = block.exec(original)!;
			const after = block.exec(now)!;
			expect(after[0], id).toBe(expected[id]);
			expect(now.slice(0, after.index), `${id}: text before checked:`).toBe(original.slice(0, before.index));
			expect(now.slice(after.index + after[0].length), `${id}: text after checked:`).toBe(original.slice(before.index + before[0].length));
		}
	});

	test('after --update, the sources that were read are unchanged; the unreachable stay unreachable (exit 2)', async () => {
		const { code, stdout } = await run();
		for (const label of ['L1', 'L2', 'L3', 'L4', 'L7', 'R1']) expect(row(stdout, label)?.[2], label).toBe('unchanged');
		for (const label of ['L5', 'L6', 'L8', 'L9', 'L10', 'L11']) expect(row(stdout, label)?.[2], label).toBe('unreachable');
		expect(code).toBe(2);
	});
});
