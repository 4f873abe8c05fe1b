import { describe, expect, test } from 'vitest';
import { retiredLinkProblems } from '../../src/lib/retired-links';

const OLD = 'https://www.linkedin.com/mypreferences/d/settings/share-data-with-select-partners';
const page = (body: string) => `<!doctype html><html><body>${body}</body></html>`;

describe('retired addresses', () => {
	test('a page that explains the change may show the old address', () => {
		const files = [{ path: 'sources/l7/index.html', text: page(`<li data-retired-link="${OLD}">Outdated: the notice gave <a href="${OLD}">${OLD}</a>.</li>`) }];
		expect(retiredLinkProblems(files, [OLD])).toEqual([]);
	});

	test('a link to the old address anywhere else fails, naming the file', () => {
		const files = [{ path: 'guide/us/desktop/index.html', text: page(`<p>Opt out here: <a href="${OLD}">US opt-out link</a></p>`) }];
		expect(retiredLinkProblems(files, [OLD])).toEqual([
			`guide/us/desktop/index.html shows the retired address ${OLD} outside an element marked data-retired-link="${OLD}" that explains the change`,
		]);
	});

	test('an explanation of one address does not excuse a second, unexplained copy on the same page', () => {
		const text = page(`<li data-retired-link="${OLD}">${OLD}</li><p><a href="${OLD}">opt out</a></p>`);
		expect(retiredLinkProblems([{ path: 'changes/index.html', text }], [OLD])).toHaveLength(1);
	});

	test('an explanation must name the same address', () => {
		const text = page(`<li data-retired-link="https://example.org/other">${OLD}</li>`);
		expect(retiredLinkProblems([{ path: 'x/index.html', text }], [OLD])).toHaveLength(1);
	});

	test('data files cannot explain anything, so the address may not appear in them at all', () => {
		expect(retiredLinkProblems([{ path: 'guide/us/desktop/data.json', text: `{"href":"${OLD}"}` }], [OLD])).toEqual([
			`guide/us/desktop/data.json contains the retired address ${OLD}, and only an HTML page can explain that it changed`,
		]);
	});

	test('pages without the address pass', () => {
		expect(retiredLinkProblems([{ path: 'index.html', text: page('<p>Nothing to see.</p>') }], [OLD])).toEqual([]);
	});
});
