/**
 * Places readers type instead of their country (Québec, Bavaria, Scotland, Hong Kong SAR…), and the
 * languages read in each country, made into the small tables the chooser fetches (/<lang>/places.json and
 * the `languages` of /countries.json). The content (content/places.yaml, content/country-languages.yaml)
 * may already hold languages the site is not published in; only the published ones (`langs`) are used.
 */

/** A place as content/places.yaml writes it (src/schemas/place.ts). */
export interface PlaceEntry {
	id: string;
	country: string;
	alias: boolean;
	names: Readonly<Record<string, readonly string[]>>;
	also: readonly string[];
	languages?: readonly string[] | undefined;
}

/** One place as the browser gets it, in one page language. */
export interface PlaceRow {
	/** The ISO code of its country. */
	country: string;
	/** Another name of the country itself: shown as the country. */
	alias?: true;
	/** Its usual name in the page's language. */
	name: string;
	/** Every name that finds it: each published language's, then `also`; as written, without repeats. */
	names: string[];
	/** The published languages read there, where they differ from its country's. */
	languages?: string[];
}

/**
 * The places in `lang`, matched by their names in every language of `langs`. Throws, naming each place
 * and language, when a published language lacks a place's name: the build then fails rather than leave
 * readers of that language unable to find it.
 */
export function buildPlaceTable(places: readonly PlaceEntry[], lang: string, langs: readonly string[]): PlaceRow[] {
	const missing = places.flatMap((p) => langs.filter((l) => !p.names[l]?.length).map((l) => `content/places.yaml: "${p.id}" has no name in "${l}"`));
	if (missing.length > 0) throw new Error(missing.join('\n'));
	return places.map((p) => {
		const row: PlaceRow = {
			country: p.country,
			name: p.names[lang]![0]!,
			names: [...new Set([...p.names[lang]!, ...langs.flatMap((l) => p.names[l]!), ...p.also])],
		};
		if (p.alias) row.alias = true;
		if (p.languages) row.languages = p.languages.filter((l) => langs.includes(l));
		return row;
	});
}

/** Each country's published languages, most read first; a country with none of them is left out. */
export function buildLanguageTable(countries: readonly { id: string; languages: readonly string[] }[], langs: readonly string[]): Record<string, string[]> {
	const table: Record<string, string[]> = {};
	const seen = new Set<string>();
	for (const { id, languages } of countries) {
		if (seen.has(id)) throw new Error(`content/country-languages.yaml: "${id}" is listed twice`);
		seen.add(id);
		const published = languages.filter((l) => langs.includes(l));
		if (published.length > 0) table[id] = published;
	}
	return table;
}
