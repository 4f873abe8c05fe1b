/**
 * The other side of the bench's first-load comparison: Starlight's default docs page with the same text
 * as one of our guide pages. The project in bench/starlight/ is Starlight with its defaults (a title and
 * nothing else); this module installs it on demand, writes the guide's text into it as Markdown, builds it
 * and says where the page is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

export const STARLIGHT_DIR = fileURLToPath(new URL('../bench/starlight/', import.meta.url));
/** Where the guide's text goes, and so the page's path in the Starlight build. */
const GUIDE_MD = join(STARLIGHT_DIR, 'src/content/docs/guide.md');
export const STARLIGHT_PAGE = '/guide/';
/** Node 24 and npm's node come from the root's node_modules, as for every script here. */
const ROOT_BIN = fileURLToPath(new URL('../node_modules/.bin', import.meta.url));

/** Why the Starlight side could not be built (no registry, a failed build); the bench reports it and goes on. */
export class StarlightUnavailable extends Error {}

// --- the guide's text as Markdown --------------------------------------------------------------------

const BLOCKS = new Set(
	'address article aside astro-island astro-slot blockquote details dialog div dd dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul'.split(
		' ',
	),
);
/** Controls, drawings and code: none of it is text a reader sees in the page's flow. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'input', 'button', 'select', 'textarea', 'svg', 'canvas', 'iframe']);

const isElement = (node: Node): node is Element => node.nodeType === 1;
const tag = (el: Element) => el.localName.toLowerCase();
/** Not on screen when the page loads: hidden, for screen readers only, or a popover until it is opened. */
const isHidden = (el: Element) =>
	el.hasAttribute('hidden') || el.hasAttribute('popover') || el.getAttribute('aria-hidden') === 'true' || el.classList.contains('sr-only');

/** Markdown's own characters in text, escaped so they print as themselves. */
const escapeText = (text: string) => text.replace(/([\\`*_[\]<>])/g, '\\$1');
/** Block-start text Markdown would read as a heading, list item or rule. */
const escapeLineStart = (text: string) => text.replace(/^(\s*)(\d+)\.(\s)/, '$1$2\\.$3').replace(/^(\s*)([-+#=])/, '$1\\$2');
const url = (href: string) => (/[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href);

function inline(node: Node): string {
	if (node.nodeType === 3) return escapeText((node.textContent ?? '').replace(/\s+/g, ' '));
	if (!isElement(node) || SKIP.has(tag(node)) || isHidden(node)) return '';
	const inner = () => [...node.childNodes].map(inline).join('');
	switch (tag(node)) {
		case 'a': {
			const text = inner().trim();
			const href = node.getAttribute('href');
			return href && text ? `[${text}](${url(href)})` : text;
		}
		case 'img':
			return `![${escapeText(node.getAttribute('alt') ?? '')}](${url(node.getAttribute('src') ?? '')})`;
		case 'strong':
		case 'b':
			return wrap(inner(), '**');
		case 'em':
		case 'i':
			return wrap(inner(), '*');
		case 'code':
			return `\`${node.textContent ?? ''}\``;
		case 'q':
			return `“${inner()}”`;
		case 'br':
			return ' ';
		default:
			return inner();
	}
}

/** Emphasis markers hug the text, or Markdown does not see them; surrounding spaces stay outside. */
function wrap(text: string, marker: string): string {
	const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
	return m[2] ? `${m[1]}${marker}${m[2]}${marker}${m[3]}` : text;
}

/** The Markdown blocks of an element's content, runs of inline content becoming paragraphs. */
function blocks(parent: Element): string[] {
	const out: string[] = [];
	let run = '';
	const flush = () => {
		const text = run.replace(/\s+/g, ' ').trim();
		if (text) out.push(escapeLineStart(text));
		run = '';
	};
	for (const node of parent.childNodes) {
		if (!isElement(node) || !BLOCKS.has(tag(node))) {
			run += inline(node);
			continue;
		}
		if (SKIP.has(tag(node)) || isHidden(node)) continue;
		flush();
		out.push(...block(node));
	}
	flush();
	return out;
}

function block(el: Element): string[] {
	const name = tag(el);
	const heading = /^h([1-6])$/.exec(name);
	if (heading) {
		const text = [...el.childNodes].map(inline).join('').replace(/\s+/g, ' ').trim();
		return text ? [`${'#'.repeat(Number(heading[1]))} ${text}`] : [];
	}
	if (name === 'ul' || name === 'ol') {
		const items = [...el.children].filter((li) => tag(li) === 'li' && !isHidden(li));
		// "-" for ordered lists too: our lists show no numbers of their own (a step says "Step 1." in its text).
		const rendered = items.map(
			(li) =>
				`- ${blocks(li)
					.join('\n\n')
					.replace(/\n(?=.)/g, '\n  ')}`,
		);
		if (!rendered.length) return [];
		return [rendered.join(rendered.some((item) => item.includes('\n')) ? '\n\n' : '\n')];
	}
	if (name === 'blockquote') return blocks(el).map((b) => b.replace(/^/gm, '> '));
	if (name === 'hr') return ['---'];
	if (name === 'pre') return [`\`\`\`\n${el.textContent ?? ''}\n\`\`\``];
	return blocks(el);
}

/**
 * The visible text of a page's <main> as Markdown: headings, paragraphs and lists in order, links as
 * [text](href), images as ![alt](src). The first h1 becomes the title, which Starlight shows as its h1.
 */
export function mainToMarkdown(html: string): { title: string; markdown: string } {
	const { document } = parseHTML(html);
	const main = document.querySelector('main');
	if (!main) throw new Error('The page has no <main>.');
	const h1 = main.querySelector('h1');
	const title = (h1?.textContent ?? '').replace(/\s+/g, ' ').trim();
	h1?.remove();
	const body = blocks(main).join('\n\n');
	return { title, markdown: `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n` };
}

// --- installing and building the Starlight project -------------------------------------------------------

function run(command: string, args: string[], what: string): void {
	const env = { ...process.env, PATH: `${ROOT_BIN}${delimiter}${process.env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };
	const result = spawnSync(command, args, { cwd: STARLIGHT_DIR, env, encoding: 'utf8', timeout: 10 * 60_000 });
	if (result.status === 0) return;
	// npm's own explanation, without its stack trace.
	const lines = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n');
	const output = lines
		.filter((line) => !/^(npm error)?\s+at /.test(line))
		.slice(-10)
		.join('\n');
	const why = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
	throw new StarlightUnavailable(`${what} failed (${why})${output ? `:\n${output}` : ''}`);
}

/** True when bench/starlight/node_modules has exactly the versions its package.json pins. */
function installed(): boolean {
	const wanted = (JSON.parse(readFileSync(join(STARLIGHT_DIR, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
	return Object.entries(wanted).every(([name, version]) => {
		const file = join(STARLIGHT_DIR, 'node_modules', name, 'package.json');
		return existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version === version;
	});
}

/**
 * Installs the Starlight project if needed, builds it with `markdown` as its one docs page and returns
 * the built site's folder. Throws StarlightUnavailable when npm or the build fails.
 */
export function buildStarlight(markdown: string): string {
	if (!installed()) {
		console.log('Installing the Starlight reference project (bench/starlight) with npm install…');
		run('npm', ['install', '--no-audit', '--no-fund', '--fetch-retries=1'], 'npm install in bench/starlight (it needs the npm registry once)');
	}
	// The docs folder holds only this generated page, so a fresh clone does not have it yet.
	mkdirSync(dirname(GUIDE_MD), { recursive: true });
	writeFileSync(GUIDE_MD, markdown);
	run(join(STARLIGHT_DIR, 'node_modules/.bin/astro'), ['build'], 'Building the Starlight page');
	return join(STARLIGHT_DIR, 'dist');
}
