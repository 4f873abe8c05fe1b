import { t } from '../../i18n';
import { STATEMENT_GROUP_LABEL } from '../../i18n/labels';
import type { StatementView } from '../../lib/guide-view';
import { STATEMENT_GROUPS, type StatementGroup } from '../../schemas/statement';
import { Statements } from './Statements';

/** The order statement groups appear in on a region's page. Every group but the home page's `lead` has a place, so none can go missing. */
export const GROUP_ORDER = ['does', 'does-not', 'object', 'who', 'related', 'not-showing'] as const satisfies readonly Exclude<StatementGroup, 'lead'>[];
const missing = STATEMENT_GROUPS.filter((g) => g !== 'lead' && !(GROUP_ORDER as readonly string[]).includes(g));
if (missing.length > 0) throw new Error(`StatementGroups.tsx: GROUP_ORDER does not place the statement group(s) ${missing.join(', ')}`);

/** A region's statements under one heading per group, in GROUP_ORDER; empty groups are left out. */
export function StatementGroups({ items }: { items: StatementView[] }) {
	return (
		<>
			{GROUP_ORDER.map((group) => {
				const inGroup = items.filter((s) => s.group === group);
				if (inGroup.length === 0) return null;
				return (
					<section key={group} aria-labelledby={`about-${group}`} class="space-y-2">
						<h2 id={`about-${group}`} class="text-2xl">
							{t(STATEMENT_GROUP_LABEL[group])}
						</h2>
						<Statements items={inGroup} />
					</section>
				);
			})}
		</>
	);
}
