/**
 * Which translation key names each value of the site's enums. `satisfies Record<…>` makes adding a value
 * to a schema (a new statement group, verdict or source kind) a type error until it has words here.
 */
import type { CATEGORY_STATUSES } from '../schemas/category';
import type { ChangeKind } from '../schemas/change';
import type { CLAIM_TOPICS, VERDICTS } from '../schemas/claim';
import type { DatePrecision, TrainingState } from '../schemas/event';
import type { SOURCE_KINDS } from '../schemas/source';
import type { STATEMENT_GROUPS } from '../schemas/statement';
import type { TranslationKey } from './index';

type Of<T extends readonly string[]> = T[number];

export const STATEMENT_GROUP_LABEL = {
	lead: 'statementGroup.lead',
	does: 'statementGroup.does',
	'does-not': 'statementGroup.does-not',
	object: 'statementGroup.object',
	who: 'statementGroup.who',
	related: 'statementGroup.related',
	'not-showing': 'statementGroup.not-showing',
} as const satisfies Record<Of<typeof STATEMENT_GROUPS>, TranslationKey>;

export const SOURCE_KIND_LABEL = {
	official: 'sourceKind.official',
	regulator: 'sourceKind.regulator',
	press: 'sourceKind.press',
	secondary: 'sourceKind.secondary',
} as const satisfies Record<Of<typeof SOURCE_KINDS>, TranslationKey>;

export const VERDICT_LABEL = {
	confirmed: 'verdict.confirmed',
	partly: 'verdict.partly',
	corrected: 'verdict.corrected',
	outdated: 'verdict.outdated',
	unverified: 'verdict.unverified',
	opinion: 'verdict.opinion',
} as const satisfies Record<Of<typeof VERDICTS>, TranslationKey>;

export const VERDICT_MEANING = {
	confirmed: 'verdict.meaning.confirmed',
	partly: 'verdict.meaning.partly',
	corrected: 'verdict.meaning.corrected',
	outdated: 'verdict.meaning.outdated',
	unverified: 'verdict.meaning.unverified',
	opinion: 'verdict.meaning.opinion',
} as const satisfies Record<Of<typeof VERDICTS>, TranslationKey>;

export const TOPIC_LABEL = {
	'data-used': 'topic.data-used',
	exclusion: 'topic.exclusion',
	rollout: 'topic.rollout',
	default: 'topic.default',
	steps: 'topic.steps',
	'opt-out-scope': 'topic.opt-out-scope',
	'related-setting': 'topic.related-setting',
	other: 'topic.other',
} as const satisfies Record<Of<typeof CLAIM_TOPICS>, TranslationKey>;

export const CATEGORY_STATUS_LABEL = {
	used: 'category.used',
	excluded: 'category.excluded',
	collected: 'category.collected',
} as const satisfies Record<Of<typeof CATEGORY_STATUSES>, TranslationKey>;

export const CATEGORY_STATUS_HEADING = {
	used: 'category.heading.used',
	excluded: 'category.heading.excluded',
	collected: 'category.heading.collected',
} as const satisfies Record<Of<typeof CATEGORY_STATUSES>, TranslationKey>;

/** A region's state in a period of its history ("Training on: since …"). */
export const TRAINING_STATE_LABEL = {
	on: 'training.on',
	paused: 'training.paused',
	excluded: 'training.excluded',
	unclear: 'training.unclear',
} as const satisfies Record<TrainingState, TranslationKey>;

/** The same states as a short answer in the home page's table. */
export const TRAINING_STATE_ANSWER = {
	on: 'training.table.on',
	paused: 'training.table.paused',
	excluded: 'training.table.excluded',
	unclear: 'training.table.unclear',
} as const satisfies Record<TrainingState, TranslationKey>;

/** The same states after an event's arrow on the timeline ("→ training paused"). */
export const TRAINING_STATE_ARROW = {
	on: 'training.arrow.on',
	paused: 'training.arrow.paused',
	excluded: 'training.arrow.excluded',
	unclear: 'training.arrow.unclear',
} as const satisfies Record<TrainingState, TranslationKey>;

/** A date as precise as its source: "3 November 2025", "no later than …", "about …". */
export const DATE_IN_SENTENCE = {
	exact: 'date.exact',
	by: 'date.by',
	approximate: 'date.approximate',
	inferred: 'date.inferred',
} as const satisfies Record<DatePrecision, TranslationKey>;

/** "since 3 November 2025", "since … at the latest", "since about …". */
export const SINCE_DATE = {
	exact: 'status.since.exact',
	by: 'status.since.by',
	approximate: 'status.since.approximate',
	inferred: 'status.since.inferred',
} as const satisfies Record<DatePrecision, TranslationKey>;

/** The short prefix on a timeline date ("by 20 September 2024"). */
export const DATE_PREFIX = {
	exact: 'date.prefix.exact',
	by: 'date.prefix.by',
	approximate: 'date.prefix.approximate',
	inferred: 'date.prefix.inferred',
} as const satisfies Record<DatePrecision, TranslationKey>;

/** What a date's precision means, said beside it on the timeline. */
export const DATE_NOTE = {
	exact: 'date.note.exact',
	by: 'date.note.by',
	approximate: 'date.note.approximate',
	inferred: 'date.note.inferred',
} as const satisfies Record<DatePrecision, TranslationKey>;

export const CHANGE_KIND_LABEL = {
	linkedin: 'changeKind.linkedin',
	site: 'changeKind.site',
} as const satisfies Record<ChangeKind, TranslationKey>;
