import { Fragment } from 'preact';
import { t } from '../../i18n';
import { STATEMENT_GROUP_LABEL } from '../../i18n/labels';
import type { GuideView } from '../../lib/guide-view';
import { reminderPath } from '../../lib/ics';
import { STATEMENT_GROUPS, type StatementGroup } from '../../schemas/statement';
import { Cites } from './Cites';
import { History } from './History';
import { Statements } from './Statements';

interface Props {
	view: GuideView;
	/** The page's address as published, so the share link is absolute without JavaScript. */
	absoluteUrl: string;
}

/** The order statement groups appear in. Every group but the home page's `lead` has a place, so none can go missing. */
const GROUP_ORDER = ['does', 'does-not', 'object', 'who', 'related', 'not-showing'] as const satisfies readonly Exclude<StatementGroup, 'lead'>[];
const missing = STATEMENT_GROUPS.filter((g) => g !== 'lead' && !(GROUP_ORDER as readonly string[]).includes(g));
if (missing.length > 0) throw new Error(`Walkthrough.tsx: GROUP_ORDER does not place the statement group(s) ${missing.join(', ')}`);

/**
 * One region and platform's walkthrough: the direct link first, then numbered steps with pictures, then
 * context. Rendered on the server only, once per page: the guide island swaps in another pair's article
 * and wires up the ticks and share buttons through the data attributes (see progress-dom.ts).
 */
export function Walkthrough({ view, absoluteUrl }: Props) {
	return (
		<article
			id="walkthrough"
			aria-labelledby="walkthrough-title"
			class="space-y-8"
			data-region={view.region.id}
			data-platform={view.platform.id}
			data-path={view.path}
		>
			<header class="space-y-3">
				<h1 id="walkthrough-title" tabIndex={-1} class="text-3xl scroll-mt-4">
					{view.title}
				</h1>
				<p class="text-lg" data-status={view.status.training}>
					{view.status.sentence}
					<Cites cites={view.status.cites} />
				</p>
				{view.status.caveat && (
					<p data-caveat>
						{view.status.caveat.text}
						<Cites cites={view.status.caveat.cites} />
					</p>
				)}
				<p class="text-sm no-print">
					<a href="#history-title">{t('guide.historyLink')}</a> · <a href="#chooser-title">{t('guide.changeLink')}</a>
				</p>
			</header>

			<section aria-labelledby="fastest" class="rounded-lg border-2 border-accent p-4 space-y-2">
				<h2 id="fastest" class="text-xl">
					{t('guide.fastest')}
				</h2>
				<p>
					<a href={view.directLink.href} rel="noopener noreferrer" class="btn">
						{t('guide.openSetting')}
					</a>
				</p>
				<p class="hint">
					{t('guide.openSettingHint')}
					<Cites cites={view.directLink.cites} />
				</p>
			</section>

			<section aria-labelledby="steps-title" class="space-y-4">
				<h2 id="steps-title" class="text-2xl">
					{t('guide.steps')}
				</h2>
				<ol class="space-y-8" data-steps={view.steps.length}>
					{view.steps.map((step, i) => (
						<li key={step.id} id={`step-${step.id}`} class="space-y-3 border-l-4 border-line pl-4">
							<p class="flex items-start gap-3 text-lg font-bold">
								<input type="checkbox" id={`tick-${step.id}`} data-tick={step.id} class="mt-1.5 size-5 shrink-0 accent-accent" />
								<label for={`tick-${step.id}`}>
									<span class="text-muted">{t('guide.step', { n: i + 1 })} </span>
									{step.title}
								</label>
							</p>
							<p>
								{step.text}
								<Cites cites={step.cites} />
							</p>
							{step.labels.length > 0 && (
								<p class="text-sm">
									<span class="text-muted">{t('guide.onScreen')} </span>
									{step.labels.map((label, j) => (
										<Fragment key={label}>
											{j > 0 && ', '}
											<q class="font-semibold">{label}</q>
										</Fragment>
									))}
								</p>
							)}
							<figure class="max-w-md">
								<img
									src={step.picture.src}
									alt={step.picture.alt}
									width={step.picture.width}
									height={step.picture.height}
									loading={i === 0 ? 'eager' : 'lazy'}
									decoding="async"
									class={`h-auto w-full rounded-md border border-line ${step.picture.frame === 'phone' ? 'max-w-72' : ''}`}
								/>
								{step.picture.kind === 'drawing' && <figcaption class="hint mt-1">{t('guide.illustration')}</figcaption>}
							</figure>
						</li>
					))}
				</ol>
				{/* Shown once the page is interactive: without JavaScript the count could never change. */}
				<p class="text-sm" aria-live="polite" data-progress hidden>
					{t('chooser.progress', { done: 0, total: view.steps.length })}
				</p>
				{view.otherPath && (
					<div class="rounded-md bg-surface p-4">
						<p class="font-bold">{t('guide.otherPath')}</p>
						<p>
							{view.otherPath.text}
							<Cites cites={view.otherPath.cites} />
						</p>
					</div>
				)}
			</section>

			<History history={view.history} />

			{GROUP_ORDER.map((group) => {
				const items = view.statements.filter((s) => s.group === group);
				if (items.length === 0) return null;
				return (
					<section key={group} aria-labelledby={`about-${group}`} class="space-y-2">
						<h2 id={`about-${group}`} class="text-xl">
							{t(STATEMENT_GROUP_LABEL[group])}
						</h2>
						<Statements items={items} />
					</section>
				);
			})}

			<section aria-labelledby="share-title" class="space-y-2 no-print">
				<h2 id="share-title" class="text-xl">
					{t('guide.share')}
				</h2>
				<p class="break-all">
					{t('guide.shareLink')} <a href={view.path}>{absoluteUrl}</a>
				</p>
				<p>
					<a href={reminderPath(view.region.id, view.platform.id)} download>
						{t('guide.remind')}
					</a>{' '}
					<span class="hint">{t('guide.remindHint')}</span>
				</p>
				{/* Shown once the page is interactive: without JavaScript these buttons would do nothing. */}
				<p class="flex flex-wrap gap-3" data-share hidden>
					<button type="button" class="btn-outline" data-share-copy>
						{t('guide.copy')}
					</button>
					<button type="button" class="btn-outline" data-share-native hidden>
						{t('guide.shareNative')}
					</button>
					<span role="status" class="self-center" data-share-message></span>
				</p>
			</section>
		</article>
	);
}
