/** A region's rights page: what switching off did, then objecting, a copy, correcting or deleting, complaining, with letters and regulators. */
import type { CollectionEntry } from 'astro:content';
import { i18n, type TranslationKey } from '../i18n';
import type { Lang } from '../i18n/lang';
import { letterTemplate, LETTER_FIELDS } from '../lib/letters';
import { countryAnchor, paths } from '../lib/paths';
import type { Cite } from '../lib/cite';
import type { StatementView } from '../lib/views';
import { LETTER_KINDS } from '../schemas/rights';
import { citesFor } from './cites';
import { contentIn, type Content } from './load';
import { regionList, statementsFor } from './regions';
import { inEveryLanguage } from './static-paths';

export interface LetterView {
	kind: (typeof LETTER_KINDS)[number];
	title: string;
	/** The letter with the page's facts in and the reader's slots ({name}, {email}, {profile}, {date}) left for the browser. */
	template: string;
}

export interface RegulatorView {
	id: string;
	name: string;
	/** Its names in its own languages, where they differ from the English one. */
	localNames: { lang: string; name: string }[];
	abbreviation?: string | undefined;
	area?: string | undefined;
	role: string;
	complaint: { href: string; label: string; unconfirmed: boolean };
	channels: string[];
	/** Our notes and what it said, in English on every page (their `lang` is set where the page is not English). */
	notes: string[];
	handling?: { text: string; cites: Cite[] } | undefined;
	linkedin: { said: true; date: string; summary: string; cites: Cite[] } | { said: false; checked: string };
}

export interface CountryRegulators {
	code: string;
	name: string;
	regulators: RegulatorView[];
}

/**
 * When an authority spoke, in the page's language where the record is a plain day ("28 October 2025"); a date
 * with words of its own ("Autumn 2025, before 3 November") stays as written.
 */
function shownDate(lang: Lang, d: { shown: string; sortKey?: string | undefined; inferred: boolean }): string {
	return d.sortKey && !d.inferred && d.shown === i18n('en').date(d.sortKey) ? i18n(lang).date(d.sortKey) : d.shown;
}

const byPositionOf = (a: CollectionEntry<'regulators'>, b: CollectionEntry<'regulators'>) => a.data.position - b.data.position;

function regulatorView(content: Content, r: CollectionEntry<'regulators'>, region: string): RegulatorView {
	const { t, date } = i18n(content.lang);
	const where = `content/regulators.yaml: ${r.id}`;
	const own = r.data.name.local.filter((n) => n.name !== r.data.name.en);
	return {
		id: r.id,
		name: r.data.name.en,
		localNames: own,
		abbreviation: r.data.abbreviation,
		area: r.data.area ? (content.lang === 'en' ? r.data.area.en : r.data.area.local) : undefined,
		// Only an EU or EEA authority passes a LinkedIn complaint on to Ireland's; the others handle it themselves.
		role: t(
			r.data.role === 'complaints' && r.data.regime !== 'gdpr'
				? 'rights.regulator.role.complaints.national'
				: (`rights.regulator.role.${r.data.role}` as TranslationKey),
		),
		complaint: {
			href: r.data.complaint.url,
			// The Swiss commissioner takes reports, so its page is where to report, not to complain.
			label: t(r.data.role === 'reports' ? 'rights.regulator.complaint.report' : (`rights.regulator.complaint.${r.data.complaint.kind}` as TranslationKey)),
			unconfirmed: r.data.complaint.checked !== 'read',
		},
		channels: r.data.channels.map((c) => t(`rights.regulator.channel.${c.kind}` as TranslationKey)),
		notes: r.data.notes,
		handling: r.data.handling && { text: r.data.handling.text, cites: citesFor(content, r.data.handling.claims, `${where}.handling.claims`, region) },
		linkedin: r.data.linkedin.said
			? {
					said: true,
					date: shownDate(content.lang, r.data.linkedin.date),
					summary: r.data.linkedin.summary,
					cites: citesFor(content, r.data.linkedin.claims, `${where}.linkedin.claims`, region),
				}
			: { said: false, checked: date(r.data.linkedin.checked) },
	};
}

/** The authorities of a regime, grouped by the country they serve, countries in the page's alphabetical order. */
function regulatorsByCountry(content: Content, regime: string, region: string): CountryRegulators[] {
	const { locale } = i18n(content.lang);
	const names = new Intl.DisplayNames([locale], { type: 'region' });
	const all = [...content.regulators.values()].filter((r) => r.data.regime === regime).sort(byPositionOf);
	const codes = [...new Set(all.flatMap((r) => r.data.countries))];
	return codes
		.map((code) => ({
			code,
			name: names.of(code) ?? code,
			regulators: all.filter((r) => r.data.countries.includes(code)).map((r) => regulatorView(content, r, region)),
		}))
		.sort((a, b) => a.name.localeCompare(b.name, locale));
}

function lettersFor(content: Content, rights: CollectionEntry<'rights'>): LetterView[] {
	const { t, template } = i18n(content.lang);
	const facts = { controller: rights.data.controller };
	return LETTER_KINDS.map((kind) => {
		// A regime may name a letter its own way (Canada withdraws consent; Switzerland reports rather than complains).
		const own = `rights.letter.${kind}.${rights.id}` as TranslationKey;
		const title = template(own) === undefined ? t(`rights.letter.${kind}` as TranslationKey) : t(own);
		return { kind, title, template: letterTemplate(template(`letter.${kind}.${rights.id}` as TranslationKey), facts) };
	});
}

async function rightsView(content: Content, region: CollectionEntry<'regions'>) {
	const { t } = i18n(content.lang);
	const rights = [...content.rights.values()].find((r) => r.data.regions.some((ref) => ref.id === region.id));
	const statements = (groups: Parameters<typeof statementsFor>[2]): StatementView[] => statementsFor(content, region.id, groups);
	return {
		id: region.id,
		name: region.data.name,
		where: region.data.inSentence,
		guidePath: paths.guide(content.lang, region.id, 'desktop'),
		regionPath: paths.region(content.lang, region.id),
		did: statements(['switching-off', 'does-not']),
		object: statements(['object', 'rights-object']),
		copy: statements(['rights-copy']),
		fix: statements(['rights-fix']),
		complain: statements(['rights-complain']),
		noLetter: rights ? undefined : t(`rights.noLetter.${region.id === 'us' ? 'us' : 'other'}`),
		kit: rights && {
			regime: rights.id,
			letters: lettersFor(content, rights),
			channels: rights.data.channels.map((c) => ({ kind: c.kind, href: c.href, label: t(`rights.channel.${c.kind}` as TranslationKey) })),
			postal: rights.data.postal,
			postalVariant: rights.data.postalVariant && t('rights.postalVariant', { variant: rights.data.postalVariant }),
			cites: citesFor(content, rights.data.claims, `content/rights.yaml: ${rights.id}.claims`, region.id),
			fields: LETTER_FIELDS.map((field) => ({
				field,
				label: t(`rights.field.${field}` as TranslationKey),
				placeholder: t(`rights.placeholder.${field}` as TranslationKey),
			})),
			placeholders: Object.fromEntries([...LETTER_FIELDS, 'date'].map((slot) => [slot, t(`rights.placeholder.${slot}` as TranslationKey)])) as Record<
				string,
				string
			>,
		},
		regulators: rights ? regulatorsByCountry(content, rights.id, region.id) : [],
		authoritiesPath: paths.authorities(content.lang, region.id),
		rightsPath: paths.rights(content.lang, region.id),
	};
}

export type RightsView = Awaited<ReturnType<typeof rightsView>>;

/** A region whose authorities span several countries lists them on a page of their own, so each page stays light. */
export const manyCountries = (view: RightsView) => view.regulators.length > 1;

export const authorityPages = () =>
	inEveryLanguage(async (lang) => {
		const content = await contentIn(lang);
		const views = await Promise.all(regionList(content).map((region) => rightsView(content, region)));
		return views.filter(manyCountries).map((rights) => ({ params: { id: rights.id }, props: { rights } }));
	});

export const rightsPages = () =>
	inEveryLanguage(async (lang) => {
		const content = await contentIn(lang);
		return Promise.all(regionList(content).map(async (region) => ({ params: { id: region.id }, props: { rights: await rightsView(content, region) } })));
	});

/**
 * For the chooser's country box: where each region's reader finds the authority to complain to, `{code}` standing
 * for the country where a region lists several (the EU and EEA); regions without one are left out.
 */
export async function authorityLinks(lang: Lang): Promise<Record<string, string>> {
	const content = await contentIn(lang);
	const views = await Promise.all(regionList(content).map((region) => rightsView(content, region)));
	return Object.fromEntries(
		views
			.filter((v) => v.regulators.length > 0)
			.map((v) => [v.id, manyCountries(v) ? `${v.authoritiesPath}#${countryAnchor('{code}')}` : `${v.rightsPath}#regulators`]),
	);
}
