/** The guide: one page per region and platform, the pages that ask the one question still open, and the chooser's options. */
import { i18n } from '../i18n';
import type { Lang } from '../i18n/lang';
import { paths, type GuideChoice } from '../lib/paths';
import { qrCode } from '../lib/qr';
import type { GuideView, Named, StatementView } from '../lib/views';
import { assertCoverage, labelledText, selectWalkthrough } from '../lib/walkthrough';
import { citesFor } from './cites';
import { contentIn, fileOf, resolveRef, type Content } from './load';
import { chooserOptions, directLink, historyView, platformList, regionList, statementsFor, statusView } from './regions';
import { checkDevice, pictureOf } from './screens';
import { inEveryLanguage } from './static-paths';

const named = (e: { id: string; data: { name: string; shortName: string } }): Named => ({ id: e.id, name: e.data.name, shortName: e.data.shortName });

/** Fails the build, naming files and fields, unless every region × platform pair has exactly one walkthrough. */
export function checkedWalkthroughs(content: Content) {
	const coverage = content.walkthroughs.map((w) => ({
		entry: w,
		file: fileOf(w, 'walkthroughs'),
		platforms: w.data.platforms.map((p) => p.id),
		regions: w.data.regions.map((r) => r.id),
	}));
	assertCoverage(
		coverage,
		regionList(content).map((r) => r.id),
		platformList(content).map((p) => p.id),
	);
	return coverage;
}

/** The whole walkthrough for one pair, in the content's language. */
export async function guideView(content: Content, regionId: string, platformId: string): Promise<GuideView> {
	const { t } = i18n(content.lang);
	const region = resolveRef(content.regions, regionId, 'guide page');
	const platform = resolveRef(content.platforms, platformId, 'guide page');
	const chosen = selectWalkthrough(checkedWalkthroughs(content), regionId, platformId);
	if (!chosen) throw new Error(`no walkthrough for ${regionId}/${platformId}`);
	const { file } = chosen;
	const walkthrough = chosen.entry.data;
	const steps = await Promise.all(
		walkthrough.steps.map(async (step, i) => {
			const where = `${file}: steps[${i}]`;
			const screen = resolveRef(content.screens, step.screen, `${where}.screen`);
			checkDevice(screen, platform.data.frame, `${where}.screen`);
			return {
				id: step.id,
				title: step.title,
				parts: labelledText(step.text, step.labels, `${where}.labels`),
				picture: await pictureOf(content, screen, platform.data.frame),
				cites: citesFor(content, step.claims, `${where}.claims`, regionId),
			};
		}),
	);
	const path = paths.guide(content.lang, regionId, platformId);
	const url = new URL(path, import.meta.env.SITE).href;
	return {
		region: named(region),
		platform: named(platform),
		path,
		url,
		title: t('guide.title', { platform: platform.data.name, region: region.data.name }),
		description: t('guide.description', { steps: steps.length, platform: platform.data.name, where: region.data.inSentence }),
		status: await statusView(content, regionId),
		history: await historyView(content, regionId),
		directLink: directLink(content),
		steps,
		notice: walkthrough.notice && {
			text: walkthrough.notice.text,
			cites: citesFor(content, walkthrough.notice.claims, `${file}: notice.claims`, regionId),
		},
		otherPath: walkthrough.otherPath && {
			text: walkthrough.otherPath.text,
			cites: citesFor(content, walkthrough.otherPath.claims, `${file}: otherPath.claims`, regionId),
		},
		notShowing: statementsFor(content, regionId, ['not-showing']),
		done: doneView(content, regionId, region.data.rightToObject),
		regionPath: paths.region(content.lang, regionId),
		reminderPath: paths.reminder(content.lang, regionId, platformId),
		qr: { src: paths.qr(content.lang, regionId, platformId), size: qrCode(url).size },
	};
}

/**
 * The related settings a guide's "done" block offers, by the statement that explains each on the region page:
 * the research setting in Data privacy, and Microsoft ad sharing (switch it off; in the UK, check it). The
 * settings' addresses are the same in every region.
 */
const ALSO: Record<string, { id: string; href: string }> = {
	'data-research': { id: 'research', href: 'https://www.linkedin.com/mypreferences/d/categories/privacy' },
	'data-research-eu': { id: 'research', href: 'https://www.linkedin.com/mypreferences/d/categories/privacy' },
	'microsoft-ads': { id: 'microsoft-ads', href: 'https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners' },
	'microsoft-ads-uk': { id: 'uk-data-sharing', href: 'https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners' },
};

function doneView(content: Content, regionId: string, canObject: boolean): GuideView['done'] {
	const [switchingOff] = statementsFor(content, regionId, ['switching-off']);
	if (!switchingOff) throw new Error(`content/statements.yaml: region ${regionId} has no "switching-off" statement for its guides' done block`);
	const { t } = i18n(content.lang);
	return {
		text: t('guide.doneText'),
		cites: switchingOff.cites,
		also: statementsFor(content, regionId, ['related']).flatMap((s) => (ALSO[s.id] ? [{ ...ALSO[s.id]!, cites: s.cites }] : [])),
		rightsPath: paths.rights(content.lang, regionId),
		canObject,
	};
}

let allGuides: ReturnType<typeof makeGuidePages> | undefined;

/**
 * Every region × platform pair in every language, each with its walkthrough. The pages and their reminder
 * files share the views; each route gets its own path objects, since Astro keeps what a route returns.
 */
export const guidePages = async () => (await (allGuides ??= makeGuidePages())).map(({ params, props }) => ({ params: { ...params }, props }));

const makeGuidePages = () =>
	inEveryLanguage(async (lang) => {
		const content = await contentIn(lang);
		const options = chooserOptions(content);
		const pairs = regionList(content).flatMap((r) => platformList(content).map((p) => ({ region: r.id, platform: p.id })));
		return Promise.all(pairs.map(async (pair) => ({ params: pair, props: { view: await guideView(content, pair.region, pair.platform), options } })));
	});

/** The home page's short answer, in the order content/statements.yaml gives it. */
export const leadStatements = (content: Content): StatementView[] => statementsFor(content, undefined, ['lead']);

/** A page for each single answer (/guide/uk/, /guide/ios/): it asks the question still open. */
export const choicePages = () =>
	inEveryLanguage(async (lang: Lang) => {
		const content = await contentIn(lang);
		const { t } = i18n(lang);
		const options = chooserOptions(content);
		const page = (id: string, name: string, initial: GuideChoice, question: 'region' | 'platform') => ({
			params: { choice: id },
			props: {
				options,
				initial,
				title: t('guidePick.title', { choice: name }),
				question: t(question === 'platform' ? 'guidePick.askPlatform' : 'guidePick.askRegion'),
			},
		});
		return [
			...regionList(content).map((r) => page(r.id, r.data.name, { region: r.id }, 'platform')),
			...platformList(content).map((p) => page(p.id, p.data.name, { platform: p.id }, 'region')),
		];
	});

/** The guide index: the chooser, and every pair as a table (regions down, platforms across). */
export async function guideIndexView(lang: Lang) {
	const content = await contentIn(lang);
	const platforms = platformList(content).map((p) => ({ id: p.id, name: p.data.name, shortName: p.data.shortName }));
	return {
		options: chooserOptions(content),
		platforms,
		rows: regionList(content).map((r) => ({
			name: r.data.name,
			cells: platforms.map((p) => ({ href: paths.guide(lang, r.id, p.id), platform: p })),
		})),
	};
}

/** The 404 page, which a host serves for any missing address: in English, with the chooser. */
export async function notFoundView() {
	return { options: chooserOptions(await contentIn('en')) };
}
