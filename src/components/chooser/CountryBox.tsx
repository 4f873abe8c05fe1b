import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { fill } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { countryReducer, EMPTY_COUNTRY, type CountryWords } from '../../lib/chooser';
import type { Country } from '../../lib/countries';
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
}

/**
 * "Not sure? Type your country": finds the region from a country name in any language the browser reads.
 * The guide island loads it once running; its words come from /country-words.json (or /de/…) and the
 * country list when the reader turns to it, so none of it weighs on a guide page's first load. Until its
 * words arrive (or if they cannot), there is no box: the region choices above work without it.
 */
export function CountryBox({ lang, shownRegion, requests, onRegion }: Props) {
	const [{ input, note }, dispatch] = useReducer(countryReducer, EMPTY_COUNTRY);
	const [countries, setCountries] = useState<Country[]>([]);
	const [file, setFile] = useState<{ words: CountryWords; where: Record<string, string> }>();
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
			const table = await loadCountryTable();
			// Names in the page's language first, then in every language the browser offers.
			const list = listCountries(table, [document.documentElement.lang, ...navigator.languages]);
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
			dispatch({ type: 'country-note', note: committed && typed ? say('country.none') : typed.length > 3 ? say('country.unknown') : '' });
			return;
		}
		const where = whereOf[country.region] ?? '';
		const shown = country.region === shownRegion;
		dispatch({ type: 'country-note', note: say(shown ? 'country.shown' : 'country.region', { country: country.name, where }) });
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
					<option key={c.code} value={c.name} />
				))}
			</datalist>
			<span role="status" class="block text-sm">
				{note}
			</span>
		</p>
	);
}
