import { t } from '../../i18n';
import { STATEMENT_GROUP_LABEL } from '../../i18n/labels';
import type { GuideView } from '../../lib/guide-view';
import { reminderPath } from '../../lib/ics';
import { Cites } from './Cites';
import { Statements } from './Statements';

interface Props {
	view: GuideView;
	/** The page's address as published, so the share link is absolute without JavaScript. */
	absoluteUrl: string;
}

/**
 * One region and platform's walkthrough: the answer and the direct link first, then numbered steps with
 * pictures, then one short screen of essentials; everything else is a click away on the region's page.
 * Rendered on the server only, once per page: the guide island swaps in another pair's article and wires
 * up the ticks and share buttons through the data attributes (see progress-dom.ts).
 */
export function Walkthrough({ view, absoluteUrl }: Props) {
	const drawn = view.steps.some((step) => step.picture.kind === 'drawing');
	return (
		<article
			id="walkthrough"
			aria-labelledby="walkthrough-title"
			class="space-y-8"
			data-region={view.region.id}
			data-platform={view.platform.id}
			data-path={view.path}
		>
			<header class="max-w-prose space-y-3">
				<h1 id="walkthrough-title" tabIndex={-1} class="text-3xl scroll-mt-4">
					{view.title}
				</h1>
				<p class="text-lg" data-status={view.status.training}>
					{view.status.sentence}
					<Cites id="status" cites={view.status.cites} />
				</p>
				{view.status.caveat && (
					<p data-caveat>
						{view.status.caveat.text}
						<Cites id="caveat" cites={view.status.caveat.cites} />
					</p>
				)}
				<p class="text-sm no-print">
					<a href="#chooser-title">{t('guide.changeLink')}</a>
				</p>
			</header>

			<section aria-labelledby="fastest" class="max-w-prose space-y-2 rounded-lg border-2 border-accent p-4">
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
					<Cites id="direct" cites={view.directLink.cites} />
				</p>
			</section>

			<section aria-labelledby="steps-title" class="space-y-4">
				<h2 id="steps-title" class="text-2xl">
					{t('guide.steps')}
				</h2>
				{drawn && <p class="hint max-w-prose">{t('guide.illustration')}</p>}
				<ol class="space-y-8" data-steps={view.steps.length}>
					{view.steps.map((step, i) => (
						<li key={step.id} id={`step-${step.id}`} class="step">
							<div class="space-y-2">
								<p class="flex items-start gap-3 text-lg font-bold">
									<input type="checkbox" id={`tick-${step.id}`} data-tick={step.id} class="tick" />
									<label for={`tick-${step.id}`}>
										<span class="text-muted">{t('guide.step', { n: i + 1 })} </span>
										{step.title}
									</label>
								</p>
								<p>
									{/* LinkedIn's own labels stand out, quoted, so the reader knows exactly what to look for. */}
									{step.parts.map((part, j) =>
										part.label ? (
											<q key={j} class="font-semibold">
												{part.text}
											</q>
										) : (
											part.text
										),
									)}
									<Cites id={`step-${step.id}`} cites={step.cites} />
								</p>
							</div>
							<img
								src={step.picture.src}
								alt={step.picture.alt}
								width={step.picture.width}
								height={step.picture.height}
								loading={i === 0 ? 'eager' : 'lazy'}
								decoding="async"
								class={`shot${step.picture.frame === 'phone' ? ' shot-phone' : ''}${step.picture.kind === 'screenshot' ? ' shot-capture' : ''}`}
							/>
						</li>
					))}
				</ol>
				{/* The ticked-steps count is added by progress-dom.ts once the page is interactive: without JavaScript it could never change. */}
			</section>

			{/* The heading stays outside the disclosure, so it is found by heading navigation like any other. */}
			<section aria-labelledby="not-showing-title" class="max-w-prose space-y-2">
				<h2 id="not-showing-title" class="text-xl">
					{t(STATEMENT_GROUP_LABEL['not-showing'])}
				</h2>
				<details class="rounded-md bg-surface p-3">
					<summary class="cursor-pointer font-semibold">{t('guide.notShowingOpen')}</summary>
					<Statements items={[...(view.otherPath ? [{ id: 'other-path', text: view.otherPath.text, cites: view.otherPath.cites }] : []), ...view.notShowing]} />
				</details>
			</section>

			<section aria-labelledby="history-title" class="max-w-prose space-y-2">
				<h2 id="history-title" class="text-xl">
					{t('history.title')}
				</h2>
				<p>
					{view.history.answer}
					<Cites id="history" cites={view.history.cites} />
				</p>
				{view.history.switchingOff && <p>{view.history.switchingOff}</p>}
				<p>
					<a href={`/regions/${view.region.id}/`}>{t('guide.moreAbout', { region: view.region.name })}</a>
				</p>
			</section>

			<section aria-labelledby="share-title" class="max-w-prose space-y-2 no-print">
				<h2 id="share-title" class="text-xl">
					{t('guide.share')}
				</h2>
				<p class="break-all">
					{t('guide.shareLink')} <a href={view.path}>{absoluteUrl}</a>
				</p>
				{/* Shown once the page is interactive: without JavaScript these buttons would do nothing. */}
				<p class="flex flex-wrap gap-3" data-share hidden data-pagefind-ignore="">
					<button type="button" class="btn-outline" data-share-copy>
						{t('guide.copy')}
					</button>
					<button type="button" class="btn-outline" data-share-native hidden>
						{t('guide.shareNative')}
					</button>
					<span role="status" class="self-center" data-share-message></span>
				</p>
				<p>
					<a href={reminderPath(view.region.id, view.platform.id)} download>
						{t('guide.remind')}
					</a>{' '}
					<span class="hint">{t('guide.remindHint')}</span>
				</p>
			</section>
		</article>
	);
}
