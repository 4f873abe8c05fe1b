import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findCoverageProblems } from '../../src/lib/walkthrough';
import { byCollection, loadContent, referencesIn, type Reference } from '../helpers/content';
import { FACT_BASE, FACT_BASE_SEED_CLAIMS } from '../helpers/paths';

const { entries, errors } = loadContent();
const ids = (collection: string) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.id));
const refIds = (value: unknown) => (value as Reference[]).map((r) => r.id);
/** Source id → how many claims section 2 of the fact base lists for it. */
const SEED_CLAIMS = (JSON.parse(readFileSync(FACT_BASE_SEED_CLAIMS, 'utf8')) as { seedClaims: Record<string, number> }).seedClaims;

describe('content/', () => {
	test('every file matches its schema', () => {
		expect(errors).toEqual([]);
	});

	test('ids are unique within each collection', () => {
		const seen = new Map<string, string>();
		const duplicates: string[] = [];
		for (const e of entries) {
			const key = `${e.collection}:${e.id}`;
			if (seen.has(key)) duplicates.push(`${e.file}: id "${e.id}" is also used in ${seen.get(key)}`);
			seen.set(key, e.file);
		}
		expect(duplicates).toEqual([]);
	});

	test('every reference resolves', () => {
		const dangling: string[] = [];
		for (const e of entries) {
			for (const { path, ref } of referencesIn(e.data)) {
				if (!ids(ref.collection).has(ref.id)) dangling.push(`${e.file}: field "${path}" references ${ref.collection} "${ref.id}", which does not exist`);
			}
		}
		expect(dangling).toEqual([]);
	});

	test('every region and platform pair has exactly one walkthrough', () => {
		const coverage = byCollection(entries, 'walkthroughs').map((w) => ({
			file: w.file,
			platforms: refIds(w.data['platforms']),
			regions: refIds(w.data['regions']),
		}));
		expect(findCoverageProblems(coverage, [...ids('regions')], [...ids('platforms')])).toEqual([]);
	});

	test('the last step of every walkthrough shows the toggle switched off', () => {
		const screens = new Map(byCollection(entries, 'screens').map((s) => [s.id, s.data]));
		for (const w of byCollection(entries, 'walkthroughs')) {
			const steps = w.data['steps'] as { screen: Reference }[];
			const last = screens.get(steps.at(-1)?.screen.id ?? '');
			const rows = (last?.['rows'] ?? []) as { kind: string; on?: boolean; highlight: boolean }[];
			expect(rows.some((r) => r.kind === 'toggle' && r.on === false && r.highlight), `${w.file}: last step's screen`).toBe(true);
		}
	});

	test("every step's screen suits the device its platforms are drawn on", () => {
		const frames = new Map(byCollection(entries, 'platforms').map((p) => [p.id, p.data['frame'] as string]));
		const screens = new Map(byCollection(entries, 'screens').map((s) => [s.id, s.data['frame'] as string]));
		const wrong: string[] = [];
		for (const w of byCollection(entries, 'walkthroughs')) {
			for (const platform of refIds(w.data['platforms'])) {
				const device = frames.get(platform);
				for (const step of w.data['steps'] as { id: string; screen: Reference }[]) {
					const frame = screens.get(step.screen.id);
					// Desktop screens go in a browser window; phone screens on the platform's iPhone or Android phone.
					if ((frame === 'desktop') !== (device === 'desktop')) wrong.push(`${w.file}: step ${step.id} shows ${frame} screen "${step.screen.id}" on ${platform} (${device})`);
				}
			}
		}
		expect(wrong).toEqual([]);
		// The two apps are drawn on their own phones.
		expect([frames.get('ios'), frames.get('android')]).toEqual(['iphone', 'android']);
	});

	test('every screen picture is used by some step', () => {
		const used = new Set(byCollection(entries, 'walkthroughs').flatMap((w) => (w.data['steps'] as { screen: Reference }[]).map((s) => s.screen.id)));
		expect([...ids('screens')].filter((id) => !used.has(id))).toEqual([]);
	});

	test('each seed claim of the fact base (section 2) is encoded once, in order', () => {
		expect(Object.keys(SEED_CLAIMS)).toEqual(['s0', 's1', 's2', 's3']);
		for (const [source, count] of Object.entries(SEED_CLAIMS)) {
			const items = byCollection(entries, 'claims')
				.filter((c) => (c.data['source'] as Reference).id === source)
				.map((c) => c.data['factBaseItem'])
				.filter((n): n is number => typeof n === 'number')
				.sort((a, b) => a - b);
			expect(items, `claims of ${source} by factBaseItem`).toEqual(Array.from({ length: count }, (_, i) => i + 1));
		}
	});

	test('the vendored seed-claim counts still match the fact base', (ctx) => {
		if (!existsSync(FACT_BASE)) {
			console.warn(`\n*** SKIPPED: fact base not found at ${FACT_BASE}; tests/fixtures/fact-base-seed-claims.json not checked for drift ***\n`);
			ctx.skip();
		}
		const text = readFileSync(FACT_BASE, 'utf8');
		const section = text.slice(text.indexOf('## 2. Seed claims'), text.indexOf('## 3.'));
		const counted: Record<string, number> = {};
		for (const block of section.split(/^### /m).slice(1)) {
			const id = /^(S\d)/.exec(block)?.[1];
			if (id) counted[id.toLowerCase()] = block.split(/\r?\n/).filter((l) => l.startsWith('- ')).length;
		}
		expect(counted, 'update tests/fixtures/fact-base-seed-claims.json from the fact base').toEqual(SEED_CLAIMS);
	});
});
