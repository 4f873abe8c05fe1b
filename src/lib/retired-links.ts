/**
 * Addresses LinkedIn has retired (an event's `retires`) may appear only where the page explains the
 * change: inside an element marked `data-retired-link="<address>"`. Anywhere else a reader could follow
 * an out-of-date link, so the build fails.
 */
import { parseHTML } from 'linkedom';

export interface BuiltFile {
	/** Path within the site, for messages: a page ("/guide/us/desktop/", "/404.html") or a file ("/countries.json"). */
	path: string;
	text: string;
}

/** Pages are served at paths ending in a slash, or as .html files. */
const isPage = (path: string) => path.endsWith('/') || path.endsWith('.html');

/** Each place a retired address appears outside an explanation, as a sentence naming the file. */
export function retiredLinkProblems(files: readonly BuiltFile[], retired: readonly string[]): string[] {
	const problems: string[] = [];
	for (const file of files) {
		const found = retired.filter((url) => file.text.includes(url));
		if (found.length === 0) continue;
		if (!isPage(file.path)) {
			for (const url of found) problems.push(`${file.path} contains the retired address ${url}, and only an HTML page can explain that it changed`);
			continue;
		}
		const { document } = parseHTML(file.text);
		for (const url of found) {
			for (const explained of document.querySelectorAll('[data-retired-link]')) {
				if (explained.getAttribute('data-retired-link')?.split(' ').includes(url)) explained.remove();
			}
			if (document.toString().includes(url)) {
				problems.push(`${file.path} shows the retired address ${url} outside an element marked data-retired-link="${url}" that explains the change`);
			}
		}
	}
	return problems;
}
