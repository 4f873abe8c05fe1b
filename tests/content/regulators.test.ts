/**
 * The regulator directory (content/regulators.yaml) against facts written out by hand here: which countries must be
 * served, Germany's Länder, the one lead authority, where complaint addresses may point, and the notes that the
 * research says readers must not miss.
 */
import { describe, expect, test } from 'vitest';
import type { RegulatorData } from '../../src/schemas/regulator';
import { COPY_HOSTS } from '../../src/schemas/source';
import { byCollection, loadContent } from '../helpers/content';

const { entries, errors } = loadContent();
const regulators = byCollection(entries, 'regulators').map((e) => e.data as unknown as RegulatorData);
const byId = new Map(regulators.map((r) => [r.id, r]));
const text = (r: (typeof regulators)[number]) => [...r.notes, ...r.channels.map((c) => `${c.kind} ${c.value ?? ''}`)].join(' ');

/** The 27 member states of the EU. */
const EU = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');
/** The EEA states outside the EU, Switzerland, the UK, Canada and Hong Kong. */
const OTHERS = ['IS', 'LI', 'NO', 'CH', 'GB', 'CA', 'HK'];
/** Germany's 16 Länder. */
const LAENDER = 'DE-BW DE-BY DE-BE DE-BB DE-HB DE-HH DE-HE DE-MV DE-NI DE-NW DE-RP DE-SL DE-SN DE-ST DE-SH DE-TH'.split(' ');
/**
 * The only complaint addresses on a host other than the authority's own site: government portals it files
 * complaints through. Each was checked by hand; a new one belongs here only once someone has.
 */
const PORTALS: Record<string, string> = {
	'at-dsb': 'www.formularservice.gv.at',
	'de-ni': 'www.navo.niedersachsen.de',
	'es-aepd': 'sedeagpd.gob.es',
};
/** Hosts of each authority's own site, for the complaint address to be on (the home page's host or the one it names). */
const siteHost = (r: (typeof regulators)[number]) => (r.website ? new URL(r.website).hostname.replace(/^www\./, '') : r.domains[0]!);

describe('content/regulators.yaml', () => {
	test('loads without schema errors', () => {
		expect(errors.filter((e) => e.includes('regulators.yaml'))).toEqual([]);
		expect(regulators.length).toBeGreaterThan(40);
	});

	test('every EU member state, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada and Hong Kong has an authority', () => {
		const served = new Set(regulators.filter((r) => r.role !== 'not-competent').flatMap((r) => r.countries));
		expect([...EU, ...OTHERS].filter((code) => !served.has(code))).toEqual([]);
	});

	test('each of those is under the law that applies there', () => {
		const regimeOf = (code: string) => [...new Set(regulators.filter((r) => r.countries.includes(code)).map((r) => r.regime))];
		for (const code of [...EU, 'IS', 'LI', 'NO']) expect(regimeOf(code), code).toEqual(['gdpr']);
		expect(['CH', 'GB', 'CA', 'HK'].map(regimeOf)).toEqual([['fadp'], ['uk-gdpr'], ['pipeda'], ['pdpo']]);
	});

	test('Germany has exactly one authority per Land, plus the federal one, which is not competent for companies', () => {
		const german = regulators.filter((r) => r.countries.includes('DE'));
		const laender = german.filter((r) => r.subdivision);
		expect(laender.map((r) => r.subdivision).sort()).toEqual([...LAENDER].sort());
		for (const r of laender) expect(r.role, r.id).toBe('complaints');
		const federal = german.filter((r) => !r.subdivision);
		expect(federal.map((r) => [r.id, r.role])).toEqual([['de-bfdi', 'not-competent']]);
		// In Bavaria, companies are supervised by the BayLDA, not the State Commissioner for public bodies.
		expect(byId.get('de-by')?.abbreviation).toBe('BayLDA');
	});

	test("exactly one lead authority: Ireland's DPC", () => {
		expect(regulators.filter((r) => r.role === 'lead').map((r) => r.id)).toEqual(['ie-dpc']);
		expect(byId.get('ie-dpc')?.countries).toEqual(['IE']);
	});

	test("every complaint address is https, on the authority's own site or a portal listed above, never a copy", () => {
		const wrong: string[] = [];
		for (const r of regulators) {
			const url = new URL(r.complaint.url);
			if (url.protocol !== 'https:') wrong.push(`${r.id}: ${r.complaint.url} is not https`);
			if (COPY_HOSTS.some((copy) => copy.test(url.hostname))) wrong.push(`${r.id}: ${url.hostname} only holds copies`);
			const own = url.hostname === siteHost(r) || url.hostname.endsWith(`.${siteHost(r)}`);
			if (!own && PORTALS[r.id] !== url.hostname) wrong.push(`${r.id}: ${url.hostname} is not ${siteHost(r)}`);
		}
		expect(wrong).toEqual([]);
	});

	test('a home or contact page stands in only where the complaint page is unconfirmed, and says so', () => {
		const stand_ins = regulators.filter((r) => r.complaint.kind === 'home' || r.complaint.kind === 'contact').map((r) => r.id);
		expect(stand_ins.sort()).toEqual(['cz-uoou', 'de-bw', 'de-th', 'ee-aki', 'it-garante', 'li-dss', 'mt-idpc', 'pl-uodo', 'pt-cnpd']);
		// Estonia's contact page is where complaints start; every other stand-in explains itself in a note.
		for (const id of stand_ins.filter((id) => id !== 'ee-aki')) expect(byId.get(id)!.notes.join(' '), id).toMatch(/home page|contact page/);
	});

	test("Italy's entry names certified e-mail (PEC), Poland's the ePUAP inbox, and Switzerland's role is reports", () => {
		const italy = byId.get('it-garante')!;
		expect(text(italy)).toContain('PEC');
		expect(italy.channels.map((c) => c.kind)).toContain('certified-email');
		const poland = byId.get('pl-uodo')!;
		expect(text(poland)).toContain('ePUAP');
		expect(poland.channels.map((c) => c.kind)).toContain('e-delivery');
		const swiss = byId.get('ch-fdpic')!;
		expect(swiss.role).toBe('reports');
		expect(swiss.countries).toEqual(['CH']);
	});

	test('every authority recorded as speaking about LinkedIn has a claim behind it, and those written out here did', () => {
		for (const r of regulators) if (r.linkedin.said) expect(r.linkedin.claims.length, r.id).toBeGreaterThan(0);
		const spoke = regulators.filter((r) => r.linkedin.said).map((r) => r.id);
		expect(spoke.sort()).toEqual(
			['be-apd', 'ca-opc', 'de-hh', 'de-mv', 'de-ni', 'de-sn', 'de-st', 'de-th', 'fi-tietosuoja', 'fr-cnil', 'hk-pcpd', 'ie-dpc', 'it-garante', 'li-dss', 'lu-cnpd', 'nl-ap', 'uk-ico'].sort(),
		);
	});

	test('an entry for a Land names the Land; a country-wide entry does not', () => {
		for (const r of regulators) expect(Boolean(r.subdivision), r.id).toBe(Boolean(r.area));
		expect(byId.get('de-ni')?.area).toEqual({ en: 'Lower Saxony', local: 'Niedersachsen' });
	});

	test('ids are unique and names come in the languages of the country', () => {
		expect(new Set(regulators.map((r) => r.id)).size).toBe(regulators.length);
		const langs = (id: string) => byId.get(id)!.name.local.map((n) => n.lang);
		expect(langs('be-apd')).toEqual(['fr', 'nl', 'de']);
		expect(langs('ch-fdpic')).toEqual(['de', 'fr', 'it']);
		expect(langs('ca-opc')).toEqual(['en', 'fr']);
		expect(langs('hk-pcpd')).toEqual(['en', 'zh-Hant']);
		expect(langs('ie-dpc')).toEqual(['ga', 'en']);
	});
});
