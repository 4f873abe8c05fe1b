import { Fragment } from 'preact';
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { fill, parts } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { countryReducer, EMPTY_COUNTRY, type CountryWords } from '../../lib/country-box';
import type { Country } from '../../lib/countries';
import { languageLinks } from '../../lib/language-offer';
import type { PlaceRow } from '../../lib/places';
import { paths } from '../../lib/paths';

interface Props {
	/** The page's language: the box's words come from that language's file. */
	lang: Lang;
	/** The region whose walkthrough is on screen, if any: naming a country in it says so instead of reloading. */
	shownRegion: string | undefined;
	/** Counts the guide's walkthrough requests; bumping it drops one still loading. */
	requests: { current: number };
	/** Shows the steps for a country's region. */
	onRegion: (region: string) => void;
	/** The site languages read in the country guessed from the browser, if any; a country named here replaces them. */
	guessed: readonly string[] | undefined;
	/** Tells the chooser the reader named a country, so its browser's guess, which may say otherwise, is withdrawn. */
	onCountry: () => void;
}

/**
 * "Not sure? Type your country": finds the region from a country name in any language the browser reads,
 * or from a place within a country (Québec, Bavaria, Scotland) in any of the site's languages. The guide
 * island loads it once running; its words come from /country-words.json (or /de/…), and the country list
 * and places when the reader turns to it, so none of it weighs on a guide page's first load. Until its
 * words arrive (or if they cannot), there is no box: the region choices above work without it.
 */
export function CountryBox({ lang, shownRegion, requests, onRegion, guessed, onCountry }: Props) {
	const [{ input, note, spoken }, dispatch] = useReducer(countryReducer, EMPTY_COUNTRY);
	const [countries, setCountries] = useState<Country[]>([]);
	const [file, setFile] = useState<{
		words: CountryWords;
		where: Record<string, string>;
		languages: Record<Lang, string>;
		authorities: Record<string, string>;
	}>();
	/** Where the named country's reader complains, if LinkedIn does not answer (its rights page or its authorities). */
	const [authority, setAuthority] = useState<string>();
	const lookup = useRef<Promise<(input: string, committed: boolean) => Country | undefined>>();
	useEffect(() => {
		fetch(paths.countryWords(lang))
			.then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
			.then(setFile, () => {});
	}, [lang]);
	if (!file) return null;
	const { words, where: whereOf } = file;
	const say = (key: keyof CountryWords, vars?: Record<string, string>) => fill(words[key], vars, key);

	function prepare() {
		// The country table and its code arrive only when the reader turns to the box.
		lookup.current ??= import('../../lib/countries').then(async ({ findCountry, listCountries, loadCountryTable }) => {
			// Without the places (offline halfway, say), countries alone still work.
			const [table, places] = await Promise.all([
				loadCountryTable(),
				fetch(paths.places(lang)).then(
					(r) => (r.ok ? (r.json() as Promise<PlaceRow[]>) : []),
					() => [],
				),
			]);
			// Names in the page's language first, then in every language the browser offers.
			const list = listCountries(table, [document.documentElement.lang, ...navigator.languages], places);
			setCountries(list);
			return (typed: string, committed: boolean) => findCountry(typed, list, { codes: committed });
		});
		// Forget a failed load (offline, say) so the next keystroke tries again; onInput tells the reader.
		lookup.current.catch(() => {
			lookup.current = undefined;
		});
		return lookup.current;
	}

	/** `committed` is false while the reader types (so "is" is not yet Iceland) and true once they leave the box or pick from the list. */
	async function onInput(value: string, committed: boolean) {
		dispatch({ type: 'country-typed', input: value });
		const requestsBefore = requests.current;
		let find: (typed: string, committed: boolean) => Country | undefined;
		try {
			find = await prepare();
		} catch {
			dispatch({ type: 'country-note', note: say('country.listFailed') });
			return;
		}
		const country = find(value, committed);
		if (!country) {
			// A name that matches nothing takes back the earlier match: its walkthrough, if still loading, is dropped.
			if (requests.current === requestsBefore && find(input, true)) requests.current++;
			const typed = value.trim();
			setAuthority(undefined);
			dispatch({ type: 'country-note', note: committed && typed ? say('country.none') : typed.length > 3 ? say('country.unknown') : '' });
			return;
		}
		const where = whereOf[country.region] ?? '';
		const shown = country.region === shownRegion;
		const named = country.within ? say('country.place', { place: country.name, country: country.within }) : country.name;
		dispatch({ type: 'country-found', note: say(shown ? 'country.shown' : 'country.region', { country: named, where }), spoken: country.languages });
		setAuthority(file?.authorities[country.region]?.replace('{code}', country.code));
		onCountry();
		if (!shown) onRegion(country.region);
	}

	return (
		<p class="space-y-1">
			<label for="country" class="block text-sm font-semibold">
				{words['country.label']}
			</label>
			<input
				id="country"
				list="country-list"
				value={input}
				onFocus={() => void prepare()}
				onInput={(e) => void onInput(e.currentTarget.value, false)}
				onChange={(e) => void onInput(e.currentTarget.value, true)}
				autocomplete="off"
				class="w-full max-w-sm rounded-md border-2 border-control bg-page px-2 py-1"
			/>
			<datalist id="country-list">
				{countries.map((c) => (
					<option key={`${c.code}:${c.name}`} value={c.name} />
				))}
			</datalist>
			<span role="status" class="block text-sm">
				{note}
			</span>
			{authority && (
				<a href={authority} class="block text-sm" data-country-authority>
					{words['country.authority']}
				</a>
			)}
			<OtherLanguages spoken={spoken ?? guessed} lang={lang} sentence={words['country.alsoIn']} names={file.languages} />
		</p>
	);
}

/**
 * "This guide is also in Deutsch · Français": the page in the languages read in the reader's country, each
 * named in itself. Only on a page that names its other languages (hreflang), which the 404 page does not:
 * its other languages would be 404s too. The address is read as it is now, after any swap.
 */
function OtherLanguages(props: { spoken: readonly string[] | undefined; lang: Lang; sentence: string; names: Record<Lang, string> }) {
	const { spoken, lang, sentence, names } = props;
	const links = document.querySelector('link[rel="alternate"][hreflang]') ? languageLinks(spoken, lang, window.location.pathname, names) : [];
	if (links.length === 0) return null;
	return (
		<span class="block text-sm" data-other-languages>
			{parts(sentence, {
				languages: (
					<>
						{links.map((l, i) => (
							<Fragment key={l.lang}>
								{i > 0 && <span aria-hidden="true"> · </span>}
								<a href={l.href} lang={l.lang} hreflang={l.lang}>
									{l.name}
								</a>
							</Fragment>
						))}
					</>
				),
			})}
		</span>
	);
}
