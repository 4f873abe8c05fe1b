/**
 * Which translation key names each value of the site's enums. Each table is checked with
 * `satisfies Record<…, TranslationKey>`, so a value added to a schema (a new statement group, verdict or
 * source kind) is a type error until the translation file has words for it.
 */
import { CATEGORY_STATUSES } from '../schemas/category';
import { CHANGE_KINDS } from '../schemas/change';
import { CLAIM_TOPICS, VERDICTS } from '../schemas/claim';
import { DATE_PRECISIONS, TRAINING_STATES } from '../schemas/event';
import { SOURCE_KINDS } from '../schemas/source';
import { STATEMENT_GROUPS } from '../schemas/statement';
import type { TranslationKey } from './index';

type Of<T extends readonly string[]> = T[number];

/** `{ value: 'prefix.value' }` for every value, typed exactly so `satisfies` can check each key exists. */
function keys<const P extends string, const V extends string>(prefix: P, values: readonly V[]): { [K in V]: `${P}.${K}` } {
	return Object.fromEntries(values.map((value) => [value, `${prefix}.${value}`])) as { [K in V]: `${P}.${K}` };
}

export const STATEMENT_GROUP_LABEL = keys('statementGroup', STATEMENT_GROUPS) satisfies Record<Of<typeof STATEMENT_GROUPS>, TranslationKey>;
export const SOURCE_KIND_LABEL = keys('sourceKind', SOURCE_KINDS) satisfies Record<Of<typeof SOURCE_KINDS>, TranslationKey>;
export const VERDICT_LABEL = keys('verdict', VERDICTS) satisfies Record<Of<typeof VERDICTS>, TranslationKey>;
export const VERDICT_MEANING = keys('verdict.meaning', VERDICTS) satisfies Record<Of<typeof VERDICTS>, TranslationKey>;
export const TOPIC_LABEL = keys('topic', CLAIM_TOPICS) satisfies Record<Of<typeof CLAIM_TOPICS>, TranslationKey>;
export const CATEGORY_STATUS_LABEL = keys('category', CATEGORY_STATUSES) satisfies Record<Of<typeof CATEGORY_STATUSES>, TranslationKey>;
export const CATEGORY_STATUS_HEADING = keys('category.heading', CATEGORY_STATUSES) satisfies Record<Of<typeof CATEGORY_STATUSES>, TranslationKey>;
/** The last line of a category's page: what switching off does for data of that status, around a link to the guide. */
export const CATEGORY_CLOSING = keys('category.closing', CATEGORY_STATUSES) satisfies Record<Of<typeof CATEGORY_STATUSES>, TranslationKey>;
export const CATEGORY_CLOSING_LINK = keys('category.closingLink', CATEGORY_STATUSES) satisfies Record<Of<typeof CATEGORY_STATUSES>, TranslationKey>;
export const CHANGE_KIND_LABEL = keys('changeKind', CHANGE_KINDS) satisfies Record<Of<typeof CHANGE_KINDS>, TranslationKey>;

/** A region's state in a period of its history ("Training on: since …"). */
export const TRAINING_STATE_LABEL = keys('training', TRAINING_STATES) satisfies Record<Of<typeof TRAINING_STATES>, TranslationKey>;
/** The same states as a short answer in the home page's table. */
export const TRAINING_STATE_ANSWER = keys('training.table', TRAINING_STATES) satisfies Record<Of<typeof TRAINING_STATES>, TranslationKey>;
/** The same states after an event's arrow on the timeline ("→ training paused"). */
export const TRAINING_STATE_ARROW = keys('training.arrow', TRAINING_STATES) satisfies Record<Of<typeof TRAINING_STATES>, TranslationKey>;

/** A date as precise as its source: "3 November 2025", "no later than …", "about …". */
export const DATE_IN_SENTENCE = keys('date', DATE_PRECISIONS) satisfies Record<Of<typeof DATE_PRECISIONS>, TranslationKey>;
/** "since 3 November 2025", "since … at the latest", "since about …". */
export const SINCE_DATE = keys('status.since', DATE_PRECISIONS) satisfies Record<Of<typeof DATE_PRECISIONS>, TranslationKey>;
/** The short prefix on a timeline date ("by 20 September 2024"). */
export const DATE_PREFIX = keys('date.prefix', DATE_PRECISIONS) satisfies Record<Of<typeof DATE_PRECISIONS>, TranslationKey>;
/** What a date's precision means, said beside it on the timeline. */
export const DATE_NOTE = keys('date.note', DATE_PRECISIONS) satisfies Record<Of<typeof DATE_PRECISIONS>, TranslationKey>;
