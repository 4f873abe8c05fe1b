/**
 * Putting another pair's walkthrough on the page and taking the reader to it. The guide island loads this
 * on the reader's first choice: nothing here is needed to show the page.
 */

/** A walkthrough served as a page has an h1; shown under a chooser page's own h1, every heading moves down a level. */
function demoteHeadings(root: HTMLElement): void {
	for (const heading of [...root.querySelectorAll('h1, h2, h3, h4, h5')]) {
		const level = Number(heading.tagName.slice(1));
		const lower = document.createElement(`h${level + 1}`);
		for (const attribute of heading.attributes) lower.setAttribute(attribute.name, attribute.value);
		lower.append(...heading.childNodes);
		heading.replaceWith(lower);
	}
}

/** Another page, parsed to take its walkthrough and title from. */
export interface ParsedPage {
	title: string;
	walkthrough: Element | null;
}

/**
 * Another page, parsed inside a <template>, whose content is inert: its styles are never applied and its
 * scripts never run, so nothing in it is held to this page's Content-Security-Policy (which lists only this
 * page's own inline hashes) and nothing it refers to is fetched.
 */
export function parsePage(html: string): ParsedPage {
	const template = document.createElement('template');
	template.innerHTML = html;
	return { title: template.content.querySelector('title')?.textContent ?? document.title, walkthrough: template.content.getElementById('walkthrough') };
}

/**
 * Takes another pair's walkthrough from its static page and puts it where the current one is (or into the
 * empty slot of a chooser page). The walkthrough itself is server-rendered HTML, so the island never ships it.
 */
export function placeWalkthrough(article: Element, underChooserPage: boolean): HTMLElement | undefined {
	const fresh = document.importNode(article, true) as HTMLElement;
	if (underChooserPage) demoteHeadings(fresh);
	const current = document.getElementById('walkthrough');
	if (current) current.replaceWith(fresh);
	else document.getElementById('walkthrough-slot')?.replaceChildren(fresh);
	return fresh;
}

/** Puts the walkthrough's title at the top of the screen, with Step 1 under it, and focus on the title. */
export function revealSteps() {
	const title = document.getElementById('walkthrough-title');
	if (!title) return;
	title.focus({ preventScroll: true });
	title.scrollIntoView({ block: 'start' });
}
