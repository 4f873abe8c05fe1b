import { Fragment } from 'preact';
import { parts, t, template } from '../../i18n';
import type { HistoryView } from '../../lib/guide-view';
import { formatDate } from '../../lib/status';
import { Cites } from './Cites';

/** "Was my data already used?": the region's periods, worked out from dated events, and what switching off now changes. */
export function History({ history }: { history: HistoryView }) {
	return (
		<section aria-labelledby="history-title" class="space-y-3">
			<h2 id="history-title" class="text-xl">
				{t('history.title')}
			</h2>
			<p>
				{history.answer}
				<Cites id="history" cites={history.cites} />
			</p>
			<ol class="space-y-1 text-sm" aria-label={t('history.periods')}>
				{history.periods.map((p) => (
					<li key={p.span} data-state={p.state} class="rounded bg-surface px-2 py-1">
						<strong>{p.label}</strong>: {p.span}
					</li>
				))}
			</ol>
			{history.window && <p>{history.window}</p>}
			{history.switchingOff && <p>{history.switchingOff}</p>}
			<p class="hint">
				{history.uncertain && <>{history.uncertain} </>}
				{parts(template('history.knownUpTo'), { date: <time datetime={history.asOf}>{formatDate(history.asOf)}</time> })}
			</p>
			{history.disputes.length > 0 && (
				<p class="text-sm">
					{t('history.disputes')}{' '}
					{history.disputes.map((d, i) => (
						<Fragment key={d.href}>
							{i > 0 && '; '}
							<a href={d.href}>{d.title}</a>
						</Fragment>
					))}
					.
				</p>
			)}
		</section>
	);
}
