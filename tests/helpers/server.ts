/**
 * Serves dist/ on a free loopback port, the way a static host would: directory indexes, the 404 page
 * for unknown paths, and the headers from public/_headers.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { DIST } from './paths.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/** Headers every response gets, read from public/_headers' "/*" block (the deployed policy). */
function globalHeaders(): Record<string, string> {
	const file = join(DIST, '_headers');
	if (!existsSync(file)) return {};
	const headers: Record<string, string> = {};
	let inGlobal = false;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (/^\S/.test(line)) inGlobal = line.trim() === '/*';
		else if (inGlobal && line.includes(':')) {
			const at = line.indexOf(':');
			headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
		}
	}
	return headers;
}

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

export async function serveDist(): Promise<StaticServer> {
	const extra = globalHeaders();
	const server: Server = createServer((req, res) => {
		let path = '/404.html';
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		} catch {
			/* a malformed address gets the 404 page, as on a real host */
		}
		let file = normalize(join(DIST, path));
		if (!file.startsWith(DIST)) file = join(DIST, '404.html');
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file) && statSync(file).isFile();
		const served = found ? file : join(DIST, '404.html');
		res.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream', ...extra });
		const body = readFileSync(served);
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
