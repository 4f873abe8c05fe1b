/**
 * Putting a language's words on the English content. Facts (dates, regions, claims, links) live in the
 * English entries; content/i18n/<lang>/ holds only words, per collection a map from an entry's id to its
 * translated fields. Every entry, step, list item and field must have its words: a gap is reported with the
 * file, the entry and the field, and nothing ever falls back to English unnoticed. Pure: src/data/load.ts
 * feeds it the collections.
 */
import type { z } from 'astro/zod';
import type { CategorySchema } from '../schemas/category';
import type { ConflictSchema } from '../schemas/conflict';
import type { EventSchema } from '../schemas/event';
import type { PlatformSchema, RegionSchema } from '../schemas/region';
import type { ScreenSchema } from '../schemas/screen';
import type { StatementSchema } from '../schemas/statement';
import type { TranslatedCollection, Translation } from '../schemas/translation';
import type { WalkthroughSchema } from '../schemas/walkthrough';

/** A content entry as the collections give it; the data is the schema's output. */
export interface Entry<D> {
	id: string;
	data: D;
	filePath?: string | undefined;
}

type Out<F extends (...args: never[]) => z.ZodType> = z.output<ReturnType<F>>;

/** The data of each collection that has words to translate. */
export interface TranslatedData {
	regions: Out<typeof RegionSchema>;
	platforms: Out<typeof PlatformSchema>;
	statements: Out<typeof StatementSchema>;
	walkthroughs: Out<typeof WalkthroughSchema>;
	screens: Out<typeof ScreenSchema>;
	categories: Out<typeof CategorySchema>;
	events: Out<typeof EventSchema>;
	conflicts: Out<typeof ConflictSchema>;
}

/** Records a missing field: `need('caveat', ok)` adds a problem when `ok` is false. */
type Need = (field: string, ok: boolean) => void;

type Overlays = { [C in TranslatedCollection]: (data: TranslatedData[C], words: Translation<C>[string], need: Need) => TranslatedData[C] };

/** For each collection, which fields take the language's words, and what each one must have. */
export const OVERLAYS: Overlays = {
	regions(d, w, need) {
		need('legal (one per English item)', (w.legal ?? []).length === d.legal.length);
		need('caveat', !d.caveat || Boolean(w.caveat));
		return {
			...d,
			name: w.name,
			inSentence: w.inSentence,
			shortName: w.shortName,
			covers: w.covers,
			legal: d.legal.map((l, i) => ({ ...l, text: w.legal?.[i] ?? l.text })),
			caveat: d.caveat && { ...d.caveat, text: w.caveat ?? d.caveat.text },
		};
	},
	platforms: (d, w) => ({ ...d, name: w.name, shortName: w.shortName }),
	statements(d, w, need) {
		need('linkLabel', !d.link || Boolean(w.linkLabel));
		return { ...d, text: w.text, link: d.link && { ...d.link, label: w.linkLabel ?? d.link.label } };
	},
	walkthroughs(d, w, need) {
		need('notice', !d.notice || Boolean(w.notice));
		need('otherPath', !d.otherPath || Boolean(w.otherPath));
		for (const id of Object.keys(w.steps))
			need(
				`no step "${id}" in English (steps.${id})`,
				d.steps.some((s) => s.id === id),
			);
		return {
			...d,
			steps: d.steps.map((step) => {
				const own = w.steps[step.id];
				need(`steps.${step.id}`, Boolean(own));
				if (!own) return step;
				// The sources of the language's labels are cited with the step's own, each claim once.
				const claims = [...step.claims, ...own.claims.filter((id) => !step.claims.some((c) => c.id === id)).map((id) => ({ collection: 'claims', id }))];
				return { ...step, title: own.title, text: own.text, labels: own.labels, claims };
			}),
			notice: d.notice && { ...d.notice, text: w.notice ?? d.notice.text },
			otherPath: d.otherPath && { ...d.otherPath, text: w.otherPath ?? d.otherPath.text },
		};
	},
	screens(d, w, need) {
		// The rule for every language but English: each word the screen shows is the language's `labels` entry for
		// the English word, which exists only where a source gives LinkedIn's label in that language; any other
		// word becomes null and is drawn as a bar. Nothing falls back to English; a label meant to stay English
		// (because LinkedIn shows it so) is mapped to itself.
		const used = new Set<string>();
		const say = (english: string | null): string | null => {
			if (english === null) return null;
			used.add(english);
			return w.labels[english] ?? null;
		};
		const rows = d.rows.map((row) => {
			switch (row.kind) {
				case 'item':
					return { ...row, label: say(row.label), ...(row.value !== undefined && { value: say(row.value) }) };
				case 'toggle':
					return { ...row, label: say(row.label), state: say(row.state ?? (row.on ? 'On' : 'Off')) };
				case 'button':
				case 'heading':
				case 'link':
					return { ...row, label: say(row.label) };
				default:
					return row;
			}
		});
		const words = { ...d, alt: w.alt, title: d.title === undefined ? undefined : say(d.title), me: say(d.me), rows };
		for (const english of Object.keys(w.labels)) need(`a word "${english}" on the screen (labels)`, used.has(english));
		return words;
	},
	categories: (d, w) => ({ ...d, name: w.name, inPractice: w.inPractice, examples: w.examples, searchTerms: w.searchTerms }),
	events: (d, w) => ({ ...d, title: w.title, summary: w.summary }),
	conflicts(d, w, need) {
		if (d.kind === 'unknown') {
			const ok = 'known' in w;
			need('known and unknown (it is an unknown, not a disagreement)', ok);
			return ok ? { ...d, title: w.title, known: w.known, unknown: w.unknown } : d;
		}
		const ok = 'sides' in w;
		need('sides and resolution (it is a disagreement)', ok);
		if (!ok) return d;
		need('sides (one per English side)', w.sides.length === d.sides.length);
		return { ...d, title: w.title, resolution: w.resolution, sides: d.sides.map((side, i) => ({ ...side, position: w.sides[i] ?? side.position })) };
	},
};

/** One collection's words in one language, and the file they came from (for messages). */
export interface WordsFile<C extends TranslatedCollection> {
	file: string;
	entries: Translation<C>;
}

/**
 * The entries of one collection with the language's words on them. Problems (an entry without words,
 * words for no entry, a missing field) are pushed to `problems`, each naming the file, entry and field.
 */
export function translateEntries<C extends TranslatedCollection, E extends Entry<TranslatedData[C]>>(
	collection: C,
	entries: readonly E[],
	words: WordsFile<C>,
	problems: string[],
): E[] {
	const { file } = words;
	for (const id of Object.keys(words.entries)) if (!entries.some((e) => e.id === id)) problems.push(`${file}: "${id}" is not an entry of ${collection}`);
	const overlay = OVERLAYS[collection] as (data: TranslatedData[C], words: Translation<C>[string], need: Need) => TranslatedData[C];
	return entries.map((entry) => {
		const own = words.entries[entry.id];
		if (!own) {
			problems.push(`${file}: "${entry.id}" has no translation`);
			return entry;
		}
		const need: Need = (field, ok) => {
			if (!ok) problems.push(`${file}: "${entry.id}" lacks ${field}`);
		};
		return { ...entry, data: overlay(structuredClone(entry.data), own as Translation<C>[string], need) };
	});
}

/** Throws one error listing every problem, so a translator sees all gaps at once. */
export function assertComplete(lang: string, problems: readonly string[]): void {
	if (problems.length > 0) throw new Error(`The ${lang} wording of the content is incomplete:\n- ${problems.join('\n- ')}`);
}
