import { Fragment } from 'preact';
import type { GuideView, StatementView } from '../../lib/guide-view';
import { Cites } from './Cites';

interface Props {
	view: GuideView;
	/** Heading level of the walkthrough's title: 1 on its own page, 2 inside another page. */
	level: 1 | 2;
	ticked: ReadonlySet<string>;
	onTick: (stepId: string, done: boolean) => void;
	/** Said under the steps when ticks cannot be remembered; undefined when all is well. */
	progressNote: string | undefined;
	/** Present once the page is interactive; without JavaScript the share buttons would do nothing. */
	share: { canShare: boolean; onCopy: () => void; onShare: () => void; message: string } | undefined;
	absoluteUrl: string;
}

const SECTIONS: { group: string; title: string }[] = [
	{ group: 'does', title: 'What switching it off does' },
	{ group: 'does-not', title: 'What it does not do' },
	{ group: 'object', title: 'Your right to object' },
	{ group: 'who', title: 'Who is covered' },
	{ group: 'related', title: 'Related settings worth checking' },
	{ group: 'not-showing', title: 'Setting not showing?' },
];

function Statements({ items }: { items: StatementView[] }) {
	return (
		<ul class="list-disc pl-5 space-y-2">
			{items.map((s) => (
				<li key={s.id}>
					{s.text}
					{s.link && (
						<>
							{' '}
							<a href={s.link.href} rel="noopener noreferrer">
								{s.link.label}
							</a>
						</>
					)}
					<Cites cites={s.cites} />
				</li>
			))}
		</ul>
	);
}

/** One region and platform's walkthrough: the direct link first, then numbered steps with pictures, then context. */
export function Walkthrough({ view, level, ticked, onTick, progressNote, share, absoluteUrl }: Props) {
	const Title = level === 1 ? 'h1' : 'h2';
	const Section = level === 1 ? 'h2' : 'h3';
	const done = view.steps.filter((s) => ticked.has(s.id)).length;
	return (
		<article id="walkthrough" aria-labelledby="walkthrough-title" class="space-y-8">
			<header class="space-y-3">
				<Title id="walkthrough-title" tabIndex={-1} class="text-3xl">
					{view.title}
				</Title>
				<p class="text-lg" data-status={view.status.training}>
					{view.status.sentence}
					<Cites cites={view.status.cites} />
				</p>
				<p class="text-sm no-print">
					<a href="#chooser-title">Not your region or device? Change it</a>
				</p>
			</header>

			<section aria-labelledby="fastest" class="rounded-lg border-2 border-accent p-4 space-y-2">
				<Section id="fastest" class="text-xl">
					Fastest way: open the setting directly
				</Section>
				<p>
					<a href={view.directLink.href} rel="noopener noreferrer" class="btn">
						Open “Data for Generative AI Improvement”
					</a>
				</p>
				<p class="hint">
					Opens the setting on linkedin.com once you are signed in; on a phone it may open in the app. Switch the toggle to Off and you are done.
					<Cites cites={view.directLink.cites} />
				</p>
			</section>

			<section aria-labelledby="steps-title" class="space-y-4">
				<Section id="steps-title" class="text-2xl">
					Step by step
				</Section>
				<ol class="space-y-8" data-steps={view.steps.length}>
					{view.steps.map((step, i) => (
						<li key={step.id} id={`step-${step.id}`} class="space-y-3 border-l-4 border-line pl-4">
							<p class="flex items-start gap-3 text-lg font-bold">
								<input type="checkbox" id={`tick-${step.id}`} class="mt-1.5 size-5 shrink-0 accent-accent" checked={ticked.has(step.id)} onChange={(e) => onTick(step.id, e.currentTarget.checked)} />
								<label for={`tick-${step.id}`}>
									<span class="text-muted">Step {i + 1}. </span>
									{step.title}
								</label>
							</p>
							<p>
								{step.text}
								<Cites cites={step.cites} />
							</p>
							{step.labels.length > 0 && (
								<p class="text-sm">
									<span class="text-muted">On screen: </span>
									{step.labels.map((label, j) => (
										<Fragment key={label}>
											{j > 0 && ', '}
											<q class="font-semibold">{label}</q>
										</Fragment>
									))}
								</p>
							)}
							<figure class="max-w-md">
								<img src={step.picture.src} alt={step.picture.alt} width={step.picture.width} height={step.picture.height} loading={i === 0 ? 'eager' : 'lazy'} decoding="async" class={`h-auto w-full rounded-md border border-line ${step.picture.frame === 'phone' ? 'max-w-72' : ''}`} />
								{step.picture.kind === 'drawing' && <figcaption class="hint mt-1">Illustration, not a screenshot: the highlighted control is the one to press.</figcaption>}
							</figure>
						</li>
					))}
				</ol>
				<p class="text-sm" aria-live="polite">
					{done} of {view.steps.length} steps ticked{done === view.steps.length ? ': all done.' : '.'} {progressNote}
				</p>
				{view.otherPath && (
					<div class="rounded-md bg-surface p-4">
						<p class="font-bold">If you don't see it</p>
						<p>
							{view.otherPath.text}
							<Cites cites={view.otherPath.cites} />
						</p>
					</div>
				)}
			</section>

			{SECTIONS.map(({ group, title }) => {
				const items = view.statements.filter((s) => s.group === group);
				if (items.length === 0) return null;
				return (
					<section key={group} aria-labelledby={`about-${group}`} class="space-y-2">
						<Section id={`about-${group}`} class="text-xl">
							{title}
						</Section>
						<Statements items={items} />
					</section>
				);
			})}

			<section aria-labelledby="share-title" class="space-y-2 no-print">
				<Section id="share-title" class="text-xl">
					Share this guide
				</Section>
				<p class="break-all">
					Link to exactly these steps: <a href={view.path}>{absoluteUrl}</a>
				</p>
				{share && (
					<p class="flex flex-wrap gap-3">
						<button type="button" onClick={share.onCopy} class="btn-outline">
							Copy link
						</button>
						{share.canShare && (
							<button type="button" onClick={share.onShare} class="btn-outline">
								Share…
							</button>
						)}
						<span role="status" class="self-center">
							{share.message}
						</span>
					</p>
				)}
			</section>
		</article>
	);
}
