import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FACTS_REVIEWED } from '../../src/consts';
import { regionStatus, statusSentence, type StatusEvent } from '../../src/lib/status';
import { selectWalkthrough } from '../../src/lib/walkthrough';
import { byCollection, loadContent, type Reference } from '../helpers/content';
import { documentFor, fileFor } from '../helpers/dist';

const { entries } = loadContent();
const regions = byCollection(entries, 'regions').map((r) => ({ id: r.id, name: r.data['name'] as string }));
const platforms = byCollection(entries, 'platforms').map((p) => ({ id: p.id, name: p.data['name'] as string }));
const walkthroughs = byCollection(entries, 'walkthroughs').map((w) => ({
	file: w.file,
	platforms: (w.data['platforms'] as Reference[]).map((r) => r.id),
	regions: (w.data['regions'] as Reference[]).map((r) => r.id),
	steps: w.data['steps'] as { title: string }[],
}));
const events = byCollection(entries, 'events').map((e) => ({ ...(e.data as unknown as StatusEvent), regions: (e.data['regions'] as Reference[]).map((r) => r.id) }));
const pairs = regions.flatMap((region) => platforms.map((platform) => ({ region, platform })));
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('guide pages', () => {
	test('there is a page for every region and platform pair (7 × 4)', () => {
		expect(pairs).toHaveLength(28);
		for (const { region, platform } of pairs) expect(fileFor(`/guide/${region.id}/${platform.id}/`), `${region.id}/${platform.id}`).toBeDefined();
	});

	test.each(pairs.map((p) => [`${p.region.id}/${p.platform.id}`, p] as const))('%s carries its region’s status and its platform’s steps', (_, { region, platform }) => {
		const doc = documentFor(`/guide/${region.id}/${platform.id}/`);
		const status = statusSentence(regionStatus(events, region.id, FACTS_REVIEWED), region.name);
		expect(text(doc.querySelector('[data-status]'))).toContain(status);

		const expected = selectWalkthrough(walkthroughs, region.id, platform.id)!.steps.map((s) => s.title);
		const shown = [...doc.querySelectorAll('#walkthrough ol[data-steps] > li label')].map((l) => text(l).replace(/^Step \d+\. /, ''));
		expect(shown).toEqual(expected);
	});

	test.each(pairs.map((p) => [`${p.region.id}/${p.platform.id}`, p] as const))('%s: every step has a picture with alt text that exists', (_, { region, platform }) => {
		const doc = documentFor(`/guide/${region.id}/${platform.id}/`);
		const steps = [...doc.querySelectorAll('#walkthrough ol[data-steps] > li')];
		expect(steps.length).toBeGreaterThanOrEqual(2);
		for (const step of steps) {
			const img = step.querySelector('img');
			expect(img?.getAttribute('alt')?.length, step.id).toBeGreaterThan(20);
			expect(fileFor(img?.getAttribute('src') ?? ''), img?.getAttribute('src') ?? '').toBeDefined();
			expect(Number(img?.getAttribute('width'))).toBeGreaterThan(0);
			expect(Number(img?.getAttribute('height'))).toBeGreaterThan(0);
		}
	});

	test.each(pairs.map((p) => [`${p.region.id}/${p.platform.id}`, p] as const))('%s: title, description, canonical and Open Graph name the pair', (_, { region, platform }) => {
		const doc = documentFor(`/guide/${region.id}/${platform.id}/`);
		for (const value of [
			text(doc.querySelector('title')),
			doc.querySelector('meta[name=description]')?.getAttribute('content'),
			doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
			doc.querySelector('meta[property="og:description"]')?.getAttribute('content'),
		]) {
			expect(value).toContain(region.name);
			expect(value?.toLowerCase()).toContain(platform.name.toLowerCase());
		}
		expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toMatch(new RegExp(`/guide/${region.id}/${platform.id}/$`));
		expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
	});

	test('the direct link comes before the steps on every guide page', () => {
		for (const { region, platform } of pairs) {
			const html = documentFor(`/guide/${region.id}/${platform.id}/`).querySelector('#walkthrough')!.innerHTML;
			const link = html.indexOf('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
			expect(link).toBeGreaterThan(-1);
			expect(link).toBeLessThan(html.indexOf('data-steps'));
		}
	});

	test('only regions with a right to object get the objection section, and only the UK the Microsoft-training note', () => {
		for (const { region } of pairs) {
			const doc = documentFor(`/guide/${region.id}/desktop/`);
			const rightToObject = byCollection(entries, 'regions').find((r) => r.id === region.id)?.data['rightToObject'];
			expect(Boolean(doc.getElementById('about-object')), region.id).toBe(Boolean(rightToObject));
			expect(text(doc.querySelector('#walkthrough')).includes('Microsoft can train its own AI'), region.id).toBe(region.id === 'uk');
		}
	});

	test('the guide JSON matches the page', () => {
		const doc = documentFor('/guide/eu-eea/android/');
		const data = JSON.parse(readFileSync(fileFor('/guide/eu-eea/android/data.json')!, 'utf8')) as { steps: { title: string }[]; path: string };
		expect(data.path).toBe('/guide/eu-eea/android/');
		expect(data.steps.map((s) => s.title)).toEqual([...doc.querySelectorAll('#walkthrough ol[data-steps] > li label')].map((l) => text(l).replace(/^Step \d+\. /, '')));
	});
});
