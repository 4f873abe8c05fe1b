/**
 * LinkedIn's labels in other languages come from sources, never from our own translation: every label a
 * translated step quotes, and every word a translated drawing shows, is one a claim records with its source.
 */
import { describe, expect, test } from 'vitest';
import { byCollection, loadContent, wordsIn, type Reference } from '../helpers/content';
import { OTHER_LANGS } from '../helpers/langs';

const { entries } = loadContent();
const claims = new Map(byCollection(entries, 'claims').map((c) => [c.id, c.data as { labels: string[] }]));
const walkthroughs = byCollection(entries, 'walkthroughs');
/** Every label some claim records. */
const recorded = new Set([...claims.values()].flatMap((c) => c.labels));

describe.each(OTHER_LANGS)('LinkedIn’s labels in %s', (lang) => {
	const steps = wordsIn('walkthroughs', lang);
	const screens = wordsIn('screens', lang);

	test('each label a step quotes in this language is recorded by a claim that step cites there', () => {
		const unsourced: string[] = [];
		for (const w of walkthroughs) {
			for (const step of w.data['steps'] as { id: string; labels: string[]; claims: Reference[] }[]) {
				const own = steps.entries[w.id]?.steps[step.id];
				if (!own) continue;
				const cited = [...step.claims.map((c) => c.id), ...own.claims];
				for (const id of own.claims) expect(claims.has(id), `${steps.file}: ${w.id}.steps.${step.id}.claims: "${id}"`).toBe(true);
				// A label kept in English is the English step's, and its claims are the English step's.
				for (const label of own.labels.filter((l) => !step.labels.includes(l)))
					if (!cited.some((id) => claims.get(id)?.labels.includes(label))) unsourced.push(`${steps.file}: ${w.id}.steps.${step.id}: "${label}"`);
			}
		}
		expect(unsourced).toEqual([]);
	});

	test('each word a drawing shows in this language is recorded by a claim', () => {
		const unsourced = Object.entries(screens.entries).flatMap(([id, { labels }]) =>
			Object.entries(labels)
				.filter(([english, own]) => english !== own && !recorded.has(own))
				.map(([english, own]) => `${screens.file}: ${id}.labels["${english}"]: "${own}"`),
		);
		expect(unsourced).toEqual([]);
	});
});
