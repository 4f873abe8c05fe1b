import { z } from 'astro/zod';
import { CONFIDENCE, IsoDate, type RefFactory } from './common';
import { ISO_3166_1_ALPHA2 } from './region';
import { COPY_HOSTS } from './source';

/** The law an authority enforces for a company like LinkedIn. */
export const REGIMES = ['gdpr', 'uk-gdpr', 'fadp', 'pipeda', 'pdpo'] as const;

/**
 * lead: LinkedIn's lead authority in the EU and EEA (the Irish DPC, under the one-stop shop); complaints: takes
 * individual complaints (in the EU and EEA it passes LinkedIn cases on to the lead and keeps you informed);
 * reports: takes reports but runs no individual complaint procedure (the Swiss FDPIC); not-competent: not the
 * authority for companies such as LinkedIn (Germany's federal BfDI).
 */
export const REGULATOR_ROLES = ['lead', 'complaints', 'reports', 'not-competent'] as const;

/**
 * form: an online complaint form; page: the authority's page on how to complain; portal: a government e-service
 * where the complaint is filed; contact: its contact page (no complaint page confirmed); home: its home page (no
 * deeper page confirmed).
 */
export const COMPLAINT_KINDS = ['form', 'page', 'portal', 'contact', 'home'] as const;

/**
 * read: the page was read (a stored copy of it, or the authority's own page as objections research quotes it);
 * dataset: the address comes only from the Datenanfragen data set of authorities and was not opened; not-opened:
 * named elsewhere (e.g. by a law firm) but not opened.
 */
export const ADDRESS_CHECKS = ['read', 'dataset', 'not-opened'] as const;

/**
 * Ways to send a complaint besides the page above. certified-email: Italy's PEC (certified e-mail); e-delivery:
 * a state e-government inbox (Poland's ePUAP); email-signed: e-mail with a qualified electronic signature.
 */
export const CHANNEL_KINDS = ['online-form', 'email', 'certified-email', 'email-signed', 'e-delivery', 'post', 'in-person'] as const;

const countryCode = z.string().refine((code) => ISO_3166_1_ALPHA2.includes(code), 'not an ISO 3166-1 alpha-2 code (two capitals, such as "DE")');
/** A language tag as BCP 47 writes it: "de", "fr-CH", "zh-Hant". */
const langTag = z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/, 'a BCP 47 language tag such as "de", "fr" or "zh-Hant"');
/** A host name, lower case, without scheme or path: "datenschutz-hamburg.de". */
const host = z.string().regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, 'a host name such as "dataprotection.ie"');
const onHost = (url: string, hosts: readonly string[]) => {
	const h = new URL(url).hostname;
	return hosts.some((d) => h === d || h.endsWith(`.${d}`));
};
const canonicalUrl = z
	.url({ protocol: /^https$/ })
	.refine((u) => !COPY_HOSTS.some((copy) => copy.test(new URL(u).hostname)), 'link the authority itself, not a copy');

/** One data-protection authority a reader might complain to, with where and how. */
export const RegulatorSchema = ({ ref }: { ref: RefFactory }) =>
	z
		.object({
			/** Country code and a short form of the authority's name or area: "ie-dpc", "de-ni", "uk-ico". */
			id: z.string().regex(/^[a-z]{2}(-[a-z0-9]+)+$/),
			/** The countries and territories it serves (ISO 3166-1 alpha-2). */
			countries: z.array(countryCode).min(1),
			/** For an authority of part of a country (a German Land): its ISO 3166-2 code, such as "DE-NI". */
			subdivision: z
				.string()
				.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/)
				.optional(),
			/** The part of the country it covers, in English and in the country's language ("Lower Saxony", "Niedersachsen"). */
			area: z.object({ en: z.string().min(2), local: z.string().min(2) }).optional(),
			regime: z.enum(REGIMES),
			/**
			 * Its official name in each of its own languages (Belgium: fr, nl, de; Switzerland: de, fr, it), and in English:
			 * the English name it or our sources use, or, marked `enTranslated`, our literal translation where none was found.
			 */
			name: z.object({
				en: z.string().min(3),
				enTranslated: z.boolean().default(false),
				local: z.array(z.object({ lang: langTag, name: z.string().min(3) })).min(1),
			}),
			/** The short form it uses itself ("DPC", "BayLDA", "EDÖB"), when it uses one. */
			abbreviation: z.string().min(2).max(12).optional(),
			role: z.enum(REGULATOR_ROLES),
			/** Its home page, where a source gives it at an https address. */
			website: canonicalUrl.optional(),
			/** The hosts it publishes on itself (its site, its e-office); the home page and complaint address must be on one. */
			domains: z.array(host).min(1),
			/** Where to complain: the best confirmed page of the authority's own, how it was checked and how sure we are. */
			complaint: z.object({
				url: canonicalUrl,
				kind: z.enum(COMPLAINT_KINDS),
				checked: z.enum(ADDRESS_CHECKS),
				confidence: z.enum(CONFIDENCE),
			}),
			/** Other ways to send a complaint, where the sources name them; `value` is the address or inbox when given. */
			channels: z
				.array(
					z.object({
						kind: z.enum(CHANNEL_KINDS),
						value: z.string().min(3).optional(),
						checked: z.enum(ADDRESS_CHECKS),
					}),
				)
				.default([]),
			/** Short practical notes in our words (English): the language of complaints, what to do first, a caveat about the address. */
			notes: z.array(z.string().min(10).max(240)).default([]),
			/** How long complaints take, as the authority itself states it, in our words, with the claims behind it. */
			handling: z.object({ text: z.string().min(10), claims: z.array(ref('claims')).min(1) }).optional(),
			/**
			 * Whether it said anything about LinkedIn's AI training: when and what (our words, with claims), or that
			 * nothing was found in the sources searched on `checked` (which does not mean it said nothing).
			 */
			linkedin: z.discriminatedUnion('said', [
				z.object({
					said: z.literal(true),
					/** As on a source: how the date reads ("autumn 2025, before 3 November"), a day to sort by, and whether it is worked out. */
					date: z.object({ shown: z.string().min(4), sortKey: IsoDate.optional(), inferred: z.boolean() }),
					summary: z.string().min(10),
					claims: z.array(ref('claims')).min(1),
				}),
				z.object({ said: z.literal(false), checked: IsoDate }),
			]),
			/** Claims behind the notes. */
			claims: z.array(ref('claims')).default([]),
			/** Where the entry stands in its file; set by the loader, never written by hand. */
			position: z.number().int().nonnegative().default(0),
		})
		.superRefine((r, ctx) => {
			if (r.website && !onHost(r.website, r.domains))
				ctx.addIssue({ code: 'custom', path: ['website'], message: `not on one of its domains (${r.domains.join(', ')})` });
			if (!onHost(r.complaint.url, r.domains))
				ctx.addIssue({ code: 'custom', path: ['complaint', 'url'], message: `not on one of its domains (${r.domains.join(', ')})` });
			if (r.subdivision && !r.countries.includes(r.subdivision.slice(0, 2))) {
				ctx.addIssue({ code: 'custom', path: ['subdivision'], message: `${r.subdivision} is not in a country it serves` });
			}
			if (Boolean(r.subdivision) !== Boolean(r.area))
				ctx.addIssue({ code: 'custom', path: ['area'], message: 'a subdivision needs its area, and an area its subdivision' });
		});

export type RegulatorData = z.output<ReturnType<typeof RegulatorSchema>>;
