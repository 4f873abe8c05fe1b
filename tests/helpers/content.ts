/**
 * Reads content/ the way the site's collections do, and validates it with the same schema factories,
 * without Astro. References come back as { collection, id } so tests can check they resolve.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { getAllTimezones } from 'countries-and-timezones';
import { translateEntries, type TranslatedData } from '../../src/lib/content-words';
import { buildCountryTable, type CountryTable } from '../../src/lib/countries';
import { CategorySchema } from '../../src/schemas/category';
import { ChangeSchema } from '../../src/schemas/change';
import { ClaimSchema } from '../../src/schemas/claim';
import type { EntryRef, RefFactory } from '../../src/schemas/common';
import { ConflictSchema } from '../../src/schemas/conflict';
import { EventSchema } from '../../src/schemas/event';
import { CountryLanguagesSchema, PlaceSchema } from '../../src/schemas/place';
import { ISO_3166_1_ALPHA2, PlatformSchema, RegionSchema } from '../../src/schemas/region';
import { RegulatorSchema } from '../../src/schemas/regulator';
import { ScreenSchema } from '../../src/schemas/screen';
import { SourceSchema } from '../../src/schemas/source';
import { StatementSchema } from '../../src/schemas/statement';
import { TRANSLATION_SCHEMAS, type TranslatedCollection, type Translation } from '../../src/schemas/translation';
import { WalkthroughSchema } from '../../src/schemas/walkthrough';
import { CONTENT, ROOT } from './paths';

export type Reference = EntryRef;

export interface Entry {
	collection: string;
	id: string;
	/** Repository-relative path, for messages. */
	file: string;
	raw: unknown;
	data: Record<string, unknown>;
}

const ref: RefFactory = (collection) => z.string().transform((id): Reference => ({ collection, id }));
const image = () => z.string().transform((src) => ({ src, width: 0, height: 0 }));

const COLLECTIONS = {
	sources: { kind: 'glob', dir: 'sources', ext: '.mdx', schema: SourceSchema({ ref }) },
	claims: { kind: 'glob', dir: 'claims', ext: '.yaml', schema: ClaimSchema({ ref }) },
	conflicts: { kind: 'glob', dir: 'conflicts', ext: '.yaml', schema: ConflictSchema({ ref }) },
	walkthroughs: { kind: 'glob', dir: 'walkthroughs', ext: '.yaml', schema: WalkthroughSchema({ ref }) },
	categories: { kind: 'glob', dir: 'categories', ext: '.mdx', schema: CategorySchema({ ref }) },
	regions: { kind: 'file', file: 'regions.yaml', schema: RegionSchema({ ref }) },
	platforms: { kind: 'file', file: 'platforms.yaml', schema: PlatformSchema() },
	screens: { kind: 'file', file: 'screens.yaml', schema: ScreenSchema({ image }) },
	events: { kind: 'file', file: 'events.yaml', schema: EventSchema({ ref }) },
	statements: { kind: 'file', file: 'statements.yaml', schema: StatementSchema({ ref }) },
	changes: { kind: 'file', file: 'changes.yaml', schema: ChangeSchema({ ref }) },
	regulators: { kind: 'file', file: 'regulators.yaml', schema: RegulatorSchema({ ref }) },
	places: { kind: 'file', file: 'places.yaml', schema: PlaceSchema() },
	countryLanguages: { kind: 'file', file: 'country-languages.yaml', schema: CountryLanguagesSchema() },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** The YAML between the opening and closing `---` lines; either line ending, since editors on Windows write \r\n. */
export function frontmatter(text: string, file: string): unknown {
	const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) throw new Error(`${file}: no frontmatter`);
	return parseYaml(match[1] ?? '');
}

export interface LoadResult {
	entries: Entry[];
	/** Schema and parse failures, each naming the file and field. */
	errors: string[];
}

/** Loads every collection; never throws, so a test can report all problems at once. */
export function loadContent(): LoadResult {
	const entries: Entry[] = [];
	const errors: string[] = [];
	/** `where` is the file, plus the entry's id when one file holds many entries. */
	const add = (collection: string, id: string, where: string, raw: unknown, schema: z.ZodType) => {
		const result = schema.safeParse(raw);
		if (result.success) entries.push({ collection, id, file: where, raw, data: result.data as Record<string, unknown> });
		else for (const issue of result.error.issues) errors.push(`${where}: field "${issue.path.join('.')}": ${issue.message}`);
	};
	for (const [collection, spec] of Object.entries(COLLECTIONS)) {
		if (spec.kind === 'glob') {
			const base = join(CONTENT, spec.dir);
			if (!existsSync(base)) errors.push(`content/${spec.dir}/ is missing`);
			const files = globSync(`**/*${spec.ext}`, { cwd: base })
				.sort()
				.map((name) => join(base, name));
			for (const path of files) {
				const file = relative(ROOT, path);
				const id = relative(base, path).slice(0, -spec.ext.length);
				try {
					const text = readFileSync(path, 'utf8');
					add(collection, id, file, spec.ext === '.mdx' ? frontmatter(text, file) : parseYaml(text), spec.schema);
				} catch (error) {
					errors.push(`${file}: ${(error as Error).message}`);
				}
			}
		} else {
			const file = `content/${spec.file}`;
			try {
				const list: unknown = parseYaml(readFileSync(join(CONTENT, spec.file), 'utf8'));
				if (!Array.isArray(list)) throw new Error('expected a list of entries');
				// As the site's loader does: each entry records where it stands in its file.
				list.forEach((entry, i) => {
					const raw = entry && typeof entry === 'object' ? { ...entry, position: i } : entry;
					const id = (raw as { id?: unknown })?.id;
					if (typeof id !== 'string') errors.push(`${file}: entry ${i + 1} has no "id"`);
					else add(collection, id, `${file} (id "${id}")`, raw, spec.schema);
				});
			} catch (error) {
				errors.push(`${file}: ${(error as Error).message}`);
			}
		}
	}
	return { entries, errors };
}

/** Every reference inside a value, with the path of the field that holds it. */
export function referencesIn(value: unknown, path = ''): { path: string; ref: Reference }[] {
	if (Array.isArray(value)) return value.flatMap((v, i) => referencesIn(v, `${path}[${i}]`));
	if (value && typeof value === 'object') {
		const obj = value as Record<string, unknown>;
		if (typeof obj['collection'] === 'string' && typeof obj['id'] === 'string' && Object.keys(obj).length === 2) {
			return [{ path, ref: obj as unknown as Reference }];
		}
		return Object.entries(obj).flatMap(([k, v]) => referencesIn(v, path ? `${path}.${k}` : k));
	}
	return [];
}

export function byCollection(entries: readonly Entry[], collection: CollectionName): Entry[] {
	return entries.filter((e) => e.collection === collection);
}

/** The country table the build writes (src/pages/countries.json.ts), made the same way from the real content. */
export function realCountryTable(): CountryTable {
	const regions = byCollection(loadContent().entries, 'regions').map((e) => ({
		id: e.id,
		countries: e.data['countries'] as string[],
		fallback: e.data['fallback'] as boolean,
	}));
	return buildCountryTable(regions, getAllTimezones({ deprecated: true }), ISO_3166_1_ALPHA2);
}

/** One collection's words in a language other than English, validated as the site validates them. */
export function wordsIn<C extends TranslatedCollection>(collection: C, lang: string): { file: string; entries: Translation<C> } {
	const file = `content/i18n/${lang}/${collection}.yaml`;
	const entries = TRANSLATION_SCHEMAS[collection].parse(parseYaml(readFileSync(join(ROOT, file), 'utf8'))) as Translation<C>;
	return { file, entries };
}

/**
 * A collection's entries in a language, as the site builds them: English as it is, any other language with
 * its words put on by the site's own overlay (src/lib/content-words.ts). Throws on a gap in the wording.
 */
export function entriesIn<C extends 'screens' | 'walkthroughs'>(collection: C, lang: string): { id: string; data: TranslatedData[C] }[] {
	const english = byCollection(loadContent().entries, collection).map((e) => ({ id: e.id, data: e.data as unknown as TranslatedData[C] }));
	if (lang === 'en') return english;
	const problems: string[] = [];
	const translated = translateEntries(collection, english, wordsIn(collection, lang), problems);
	if (problems.length > 0) throw new Error(problems.join('\n'));
	return translated;
}
