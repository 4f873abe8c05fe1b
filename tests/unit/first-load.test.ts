import { describe, expect, test } from 'vitest';
import { firstLoad, type ReadAsset } from '../../src/lib/first-load';

/** A tiny built site: path → file text. */
const site =
	(files: Record<string, string>): ReadAsset =>
	(path) =>
		path in files ? new TextEncoder().encode(files[path]) : undefined;

// Byte counts below are of these exact strings, raw and gzipped at level 9, worked out once and written out.
const PAGE =
	'<!doctype html><html lang="en"><head><title>Fixture</title><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/entry.js"></script></head><body><main><h1>Hello</h1><img src="/screens/a.svg" alt="A"></main></body></html>';
const FILES = {
	'/_astro/site.css': 'body{color:#222;margin:0 auto;max-width:40rem}', // 46 bytes, 66 gzipped
	'/_astro/entry.js': 'import{greet}from"./chunk.js";greet();const later=()=>import("./lazy.js");', // 74, 86
	'/_astro/chunk.js': 'export function greet(){console.log("hello")}', // 45, 65
	'/_astro/lazy.js': 'export const lazy=1;',
	'/screens/a.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

describe('firstLoad', () => {
	test('counts the HTML, the linked stylesheet, and the module script with its static import', () => {
		const load = firstLoad('/guide/', PAGE, site(FILES));
		expect(load.html).toEqual({ raw: 248, gzip: 188 });
		expect(load.css).toEqual({ raw: 46, gzip: 66 });
		expect(load.js).toEqual({ raw: 74 + 45, gzip: 86 + 65 });
		expect(load.total).toEqual({ raw: 248 + 46 + 74 + 45, gzip: 188 + 66 + 86 + 65 });
		expect(load.requests).toBe(4);
		expect(load.files).toEqual(['/_astro/site.css', '/_astro/entry.js', '/_astro/chunk.js']);
		expect(load.missing).toEqual([]);
	});

	test('the image and the dynamically imported module are not counted', () => {
		const { files } = firstLoad('/guide/', PAGE, site(FILES));
		expect(files).not.toContain('/_astro/lazy.js');
		expect(files).not.toContain('/screens/a.svg');
	});

	test('bytes and text give the same result', () => {
		expect(firstLoad('/guide/', new TextEncoder().encode(PAGE), site(FILES))).toEqual(firstLoad('/guide/', PAGE, site(FILES)));
	});

	test('island component, renderer and before-hydration code count; the inline script is inside the HTML', () => {
		const html =
			'<script>(()=>{self.Astro={}})()</script><astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js" before-hydration-url="/_astro/before.js" props="{&quot;a&quot;:&quot;&gt;&quot;}"></astro-island>';
		const files = {
			'/_astro/Island.js': 'import"./shared.js";',
			'/_astro/client.js': 'import"./shared.js";',
			'/_astro/before.js': 'x',
			'/_astro/shared.js': 'y',
		};
		const load = firstLoad('/', html, site(files));
		expect(load.files).toEqual(['/_astro/Island.js', '/_astro/client.js', '/_astro/before.js', '/_astro/shared.js']);
		expect(load.js.raw).toBe(20 + 20 + 1 + 1);
		expect(load.inlineJs.raw).toBe(23);
		expect(load.total.raw).toBe(218 + 42);
	});

	test('an island that waits to be seen is fetched on demand, not up front; one that wakes when idle is up front', () => {
		const island = (client: string) => `<astro-island client="${client}" component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island>`;
		const files = { '/_astro/Island.js': 'i', '/_astro/client.js': 'c' };
		expect(firstLoad('/', island('visible'), site(files)).files).toEqual([]);
		expect(firstLoad('/', island('idle'), site(files)).files).toEqual(['/_astro/Island.js', '/_astro/client.js']);
		expect(firstLoad('/', island('load'), site(files)).files).toEqual(['/_astro/Island.js', '/_astro/client.js']);
	});

	test('inline module scripts bring their static imports; modulepreload and script preloads count', () => {
		const html =
			'<script type="module">import"/_astro/a.js";</script><link rel="modulepreload" href="/_astro/b.js"><link rel="preload" as="script" href="/_astro/c.js"><link rel="preload" as="font" href="/_astro/f.woff2">';
		const files = { '/_astro/a.js': 'a', '/_astro/b.js': 'b', '/_astro/c.js': 'c', '/_astro/f.woff2': 'f' };
		expect(firstLoad('/', html, site(files)).files.sort()).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/c.js']);
	});

	test('print-only and disabled stylesheets, nomodule and data scripts, other origins and commented-out tags are left out', () => {
		const html = [
			'<link rel="stylesheet" href="/print.css" media="print">',
			'<link rel="stylesheet" href="/off.css" disabled>',
			'<link rel="stylesheet" href="https://cdn.example/x.css">',
			'<script nomodule src="/legacy.js"></script>',
			'<script type="application/ld+json">{"@type":"WebPage"}</script>',
			'<!-- <link rel="stylesheet" href="/commented.css"> -->',
			'<script>const s = \'<link rel="stylesheet" href="/in-script.css">\';</script>',
		].join('');
		const files = Object.fromEntries(['/print.css', '/off.css', '/legacy.js', '/commented.css', '/in-script.css'].map((p) => [p, 'x']));
		const load = firstLoad('/', html, site(files));
		expect(load.files).toEqual([]);
		expect(load.requests).toBe(1);
		expect(load.inlineJs.raw).toBe('const s = \'<link rel="stylesheet" href="/in-script.css">\';'.length);
	});

	test('relative addresses resolve from the page and from each module; each file counts once; missing files are reported', () => {
		const html = '<LINK HREF="style.css" REL="stylesheet"><script type="module" src="../js/main.js"></script><script type="module" src="/js/main.js"></script>';
		const files = { '/docs/page/style.css': 'css', '/docs/js/main.js': 'import"./dep.js";import"./gone.js";', '/docs/js/dep.js': 'dep' };
		const load = firstLoad('/docs/page/', html, site(files));
		expect(load.files).toEqual(['/docs/page/style.css', '/docs/js/main.js', '/docs/js/dep.js']);
		expect(load.missing).toEqual(['/js/main.js', '/docs/js/gone.js']);
		expect(load.requests).toBe(4);
	});
});
