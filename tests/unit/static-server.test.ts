/** The test server must behave like the static host the site is deployed to, or the browser tests prove nothing. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDist, type StaticServer } from '../helpers/server';

let root: string;
let server: StaticServer;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'static-server-'));
	const dist = join(root, 'dist');
	const files: Record<string, string> = {
		'index.html': '<h1>home</h1>',
		'404.html': '<h1>not found</h1>',
		'guide/uk/ios/index.html': '<h1>guide</h1>',
		'guide/uk/ios/remind.ics': 'BEGIN:VCALENDAR',
		'pagefind/pagefind.en_1.pf_meta': 'binary',
		'pagefind/wasm.en.pagefind': 'binary',
		_headers: "# comment\n/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src 'self'\n/guide/*\n  X-Only-Guide: yes\n",
	};
	for (const [name, body] of Object.entries(files)) {
		mkdirSync(join(dist, name, '..'), { recursive: true });
		writeFileSync(join(dist, name), body);
	}
	writeFileSync(join(root, 'secret.txt'), 'outside dist');
	mkdirSync(join(root, 'outside'));
	writeFileSync(join(root, 'outside', 'index.html'), 'outside dist');
	server = await serveDist(dist);
});

afterAll(async () => {
	await server.close();
	rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });

/** A raw request, because fetch would tidy a path like /../ before sending it. */
const raw = (path: string) =>
	new Promise<number>((resolve, reject) => {
		request(`${server.url}${path}`, (res) => {
			res.resume();
			resolve(res.statusCode ?? 0);
		})
			.on('error', reject)
			.end();
	});

describe('static test server', () => {
	test('a directory is served from its index page, with the headers of the "/*" block only', async () => {
		const res = await get('/guide/uk/ios/');
		expect(res.status).toBe(200);
		expect(await res.text()).toBe('<h1>guide</h1>');
		expect(res.headers.get('content-type')).toMatch(/^text\/html/);
		expect(res.headers.get('x-frame-options')).toBe('DENY');
		expect(res.headers.get('content-security-policy')).toBe("default-src 'self'");
		expect(res.headers.get('x-only-guide')).toBeNull();
		expect((await get('/')).status).toBe(200);
	});

	test('a directory asked for without its slash redirects to it, keeping the query', async () => {
		const res = await get('/guide/uk/ios?from=test');
		expect(res.status).toBe(301);
		expect(res.headers.get('location')).toBe('/guide/uk/ios/?from=test');
	});

	test('unknown, malformed and escaping paths get the 404 page with status 404 and the headers', async () => {
		for (const path of ['/guide/mars/android/', '/nope.js', '/%E0%A4%A']) {
			const res = await get(path);
			expect(res.status, path).toBe(404);
			expect(await res.text(), path).toBe('<h1>not found</h1>');
			expect(res.headers.get('x-frame-options'), path).toBe('DENY');
		}
		expect(await raw('/../secret.txt')).toBe(404);
		expect(await raw('/%2e%2e/secret.txt')).toBe(404);
		expect(await raw('/..%2foutside')).toBe(404);
	});

	test('calendar files and Pagefind index files get their content types', async () => {
		expect((await get('/guide/uk/ios/remind.ics')).headers.get('content-type')).toBe('text/calendar');
		expect((await get('/pagefind/pagefind.en_1.pf_meta')).headers.get('content-type')).toBe('application/octet-stream');
		expect((await get('/pagefind/wasm.en.pagefind')).headers.get('content-type')).toBe('application/octet-stream');
	});
});
