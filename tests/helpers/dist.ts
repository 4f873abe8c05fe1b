/** Reading the built site in dist/ as a static host would serve it. */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { DIST } from './paths';

/** Every file in dist/, as URL paths ("/guide/uk/ios/index.html"). */
export function distFiles(): string[] {
	return globSync('**/*', { cwd: DIST, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => `/${relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
}

/** URL paths of every HTML page ("/guide/uk/ios/"), the 404 page as "/404.html". */
export function pagePaths(): string[] {
	return distFiles()
		.filter((f) => f.endsWith('.html'))
		.map((f) => (f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f))
		.sort();
}

/** The file a URL path is served from, or undefined when there is none. */
export function fileFor(path: string): string | undefined {
	const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
	const direct = join(DIST, clean);
	if (existsSync(direct) && statSync(direct).isFile()) return direct;
	const index = join(DIST, clean, 'index.html');
	return existsSync(index) ? index : undefined;
}

export function readPage(path: string): string {
	const file = fileFor(path);
	if (!file) throw new Error(`dist has no page for ${path}`);
	return readFileSync(file, 'utf8');
}

const cache = new Map<string, Document>();
export function documentFor(path: string): Document {
	let doc = cache.get(path);
	if (!doc) {
		doc = parseHTML(readPage(path)).document as unknown as Document;
		cache.set(path, doc);
	}
	return doc;
}
