import { z } from 'astro/zod';
import type { RefFactory } from './common';

/** The officially assigned ISO 3166-1 alpha-2 codes (249): the countries and territories a region can list. */
export const ISO_3166_1_ALPHA2: readonly string[] = (
	'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW ' +
	'BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI ' +
	'FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN ' +
	'IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME ' +
	'MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF ' +
	'PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
	'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE ' +
	'YT ZA ZM ZW'
).split(' ');

/** A region where LinkedIn's rules differ; members belong to one by their profile location. */
export const RegionSchema = ({ ref }: { ref: RefFactory }) =>
	z.object({
		id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
		name: z.string().min(2),
		/** The name as it reads inside a sentence: "members in the UK", "in the EU and EEA". */
		inSentence: z.string().min(2),
		/** Short form for tight spaces (tables, chips). */
		shortName: z.string().min(2),
		/** Where it sits in lists. */
		order: z.number().int(),
		/** Who counts as in this region, in a sentence. */
		covers: z.string().min(5),
		/** A limit on what the region's status says, shown right after it wherever it appears (our words, with claims). */
		caveat: z.object({ text: z.string().min(10), claims: z.array(ref('claims')).min(1) }).optional(),
		/** The law and legal basis, in a few sentences with their claims. */
		legal: z.array(z.object({ text: z.string().min(10), claims: z.array(ref('claims')).min(1) })).default([]),
		/** Whether the law gives members a right to object (and so the objection form applies). */
		rightToObject: z.boolean(),
		/** The countries and territories whose members it covers, as ISO 3166-1 alpha-2 codes. */
		countries: z
			.array(z.string().refine((code) => ISO_3166_1_ALPHA2.includes(code), 'not an ISO 3166-1 alpha-2 code (two capitals, such as "DE")'))
			.default([]),
		/** Covers every code no other region lists, so the long tail of countries need not be written out. */
		fallback: z.boolean().default(false),
	});

/** A device and app combination the walkthroughs are written for. */
export const PlatformSchema = () =>
	z.object({
		id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
		name: z.string().min(2),
		shortName: z.string().min(2),
		order: z.number().int(),
		/**
		 * The device the screen pictures are drawn on: a browser window, an iPhone or an Android phone. Its
		 * walkthroughs' screens must be `desktop` screens for `desktop`, `phone` screens otherwise.
		 */
		frame: z.enum(['desktop', 'iphone', 'android']),
	});
