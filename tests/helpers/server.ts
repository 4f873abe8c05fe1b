/**
 * Serves dist/ on a free loopback port, the way a static host would: directory indexes, a redirect
 * that adds a directory's trailing slash, the 404 page with status 404 for unknown paths, and the
 * headers from public/_headers. sirv does the file serving and content types.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import sirv from 'sirv';
import { DIST } from './paths.ts';

/** Headers every response gets, read from the built _headers' "/*" block (the deployed policy). */
function globalHeaders(dist: string): Record<string, string> {
	const file = join(dist, '_headers');
	if (!existsSync(file)) return {};
	const headers: Record<string, string> = {};
	let inGlobal = false;
	for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
		if (/^\S/.test(line)) inGlobal = line.trim() === '/*';
		else if (inGlobal && line.includes(':')) {
			const at = line.indexOf(':');
			headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
		}
	}
	return headers;
}

/** Pagefind's index files, which no MIME table knows; sirv would send them with an empty type. */
const PAGEFIND_BINARY = /\.(pf_\w+|pagefind)$/;

/** True when `path` names a folder inside dist that a host would serve an index page for. */
function isPageDirectory(dist: string, path: string): boolean {
	const dir = resolve(dist, `.${path}`);
	if (relative(dist, dir).startsWith('..')) return false;
	return existsSync(join(dir, 'index.html'));
}

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

/** `dist` is for the server's own tests; everything else serves the build under test. */
export async function serveDist(dist: string = DIST): Promise<StaticServer> {
	const extra = globalHeaders(dist);
	const setAll = (res: ServerResponse) => {
		for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
	};
	const notFound = join(dist, '404.html');
	const files = sirv(dist, {
		single: false,
		dotfiles: false,
		setHeaders: (res, pathname) => {
			setAll(res);
			if (PAGEFIND_BINARY.test(pathname)) res.setHeader('Content-Type', 'application/octet-stream');
		},
		onNoMatch: (_req, res) => {
			setAll(res);
			res.writeHead(404, { 'Content-Type': 'text/html;charset=utf-8' });
			res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
		},
	});

	const server: Server = createServer((req, res) => {
		// Static hosts answer a directory asked for without its slash with a redirect, so relative links resolve.
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path: string | undefined;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			/* a malformed address: sirv answers it with the 404 page */
		}
		if (path && !path.endsWith('/') && isPageDirectory(dist, path)) {
			setAll(res);
			res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
			res.end();
			return;
		}
		files(req, res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
