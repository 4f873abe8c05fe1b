/**
 * The only module that reads content collections. It resolves references strictly: a reference to a
 * missing entry throws with the file and field that hold it, so a dangling reference fails the build
 * (Astro itself only logs it).
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { currentLang, DEFAULT_LANG, pathIn, type Lang } from '../i18n/lang';
import { TRANSLATION_SCHEMAS, type TranslatedCollection, type Translation } from '../schemas/translation';
import { buildDate } from '../lib/build-date';
import { affectsLinks, newestFirst, type PageNames } from '../lib/changes';
import { claimHref } from '../lib/cite';
import { freshness as freshnessOf, type Freshness } from '../lib/freshness';
import {
	guideDescription,
	guideTitle,
	SCREENSHOT_MAX_WIDTH,
	type ChooserOptions,
	type Cite,
	type GuideView,
	type HistoryView,
	type Named,
	type Picture,
	type StatementView,
} from '../lib/guide-view';
import { guidePath } from '../lib/guide-link';
import { historyAnswer, periodLines, regionHistory } from '../lib/history';
import { screenSize, type Device, type ScreenDrawing } from '../lib/screens';
import type { StatementGroup } from '../schemas/statement';
import { eventsFor, regionStatus, statusSentence } from '../lib/status';
import { findCoverageProblems, markLabels, selectWalkthrough, type TextPart } from '../lib/walkthrough';

type Ref = { id: string };

async function byId<C extends CollectionKey>(collection: C): Promise<Map<string, CollectionEntry<C>>> {
	const entries = await getCollection(collection);
	return new Map(entries.map((e) => [e.id, e]));
}

const sortByOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

async function load() {
	const [sources, claims, conflicts, regions, platforms, screens, events, statements, categories] = await Promise.all([
		byId('sources'),
		byId('claims'),
		byId('conflicts'),
		byId('regions'),
		byId('platforms'),
		byId('screens'),
		byId('events'),
		byId('statements'),
		byId('categories'),
	]);
	const walkthroughs = await getCollection('walkthroughs');
	const changes = await byId('changes');
	// A category's body in another language, as light Markdown (src/lib/light-markdown.ts); English renders the MDX itself.
	const categoryBodies = new Map<string, string>();
	return { sources, claims, conflicts, regions, platforms, screens, events, statements, categories, walkthroughs, changes, categoryBodies };
}

type Content = Awaited<ReturnType<typeof load>>;
const caches = new Map<Lang, Promise<Content>>();
/** All content in the language of the page being rendered, loaded once per language per build. */
export function site(): Promise<Content> {
	const lang = currentLang();
	let content = caches.get(lang);
	if (!content) {
		content = lang === DEFAULT_LANG ? load() : load().then((english) => translated(english, lang));
		caches.set(lang, content);
	}
	return content;
}

/** Reads content/i18n/<lang>/<collection>.yaml, checked against its schema. */
function translationFile<C extends TranslatedCollection>(lang: Lang, collection: C): { file: string; entries: Translation<C> } {
	const file = `content/i18n/${lang}/${collection}.yaml`;
	// Relative to the project, where the build runs: this module is bundled elsewhere before it runs.
	const path = join(process.cwd(), file);
	if (!existsSync(path)) throw new Error(`${file} is missing: every language needs a wording of every ${collection} entry`);
	const parsed = TRANSLATION_SCHEMAS[collection].safeParse(parseYaml(readFileSync(path, 'utf8')) ?? {});
	if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	return { file, entries: parsed.data as Translation<C> };
}

/**
 * The content with every word in `lang`, from content/i18n/<lang>/. An entry, step, list item or field
 * without its translation fails the build, naming the file, the entry and the field: no page in German or
 * French ever falls back to English unnoticed.
 */
function translated(english: Content, lang: Lang): Content {
	const problems: string[] = [];
	function overlay<C extends TranslatedCollection, E extends { id: string; data: object }>(
		collection: C,
		list: E[],
		apply: (data: E['data'], words: Translation<C>[string], need: (field: string, ok: boolean) => void, id: string) => E['data'],
	): E[] {
		const { file, entries: words } = translationFile(lang, collection);
		for (const id of Object.keys(words)) if (!list.some((e) => e.id === id)) problems.push(`${file}: "${id}" is not an entry of ${collection}`);
		return list.map((entry) => {
			const own = words[entry.id];
			if (!own) {
				problems.push(`${file}: "${entry.id}" has no translation`);
				return entry;
			}
			const need = (field: string, ok: boolean) => {
				if (!ok) problems.push(`${file}: "${entry.id}" lacks ${field}`);
			};
			return { ...entry, data: apply(structuredClone(entry.data), own as Translation<C>[string], need, entry.id) };
		});
	}
	const byIdOf = <E extends { id: string }>(list: E[]) => new Map(list.map((e) => [e.id, e]));
	const bodies = new Map<string, string>();

	const regions = byIdOf(
		overlay('regions', [...english.regions.values()], (d, w, need) => {
			need('legal (one per English item)', (w.legal ?? []).length === d.legal.length);
			need('caveat', !d.caveat || Boolean(w.caveat));
			return {
				...d,
				name: w.name,
				inSentence: w.inSentence,
				shortName: w.shortName,
				covers: w.covers,
				legal: d.legal.map((l, i) => ({ ...l, text: w.legal?.[i] ?? l.text })),
				caveat: d.caveat && { ...d.caveat, text: w.caveat ?? d.caveat.text },
			};
		}),
	);
	const platforms = byIdOf(overlay('platforms', [...english.platforms.values()], (d, w) => ({ ...d, name: w.name, shortName: w.shortName })));
	const statements = byIdOf(
		overlay('statements', [...english.statements.values()], (d, w, need) => {
			need('linkLabel', !d.link || Boolean(w.linkLabel));
			return { ...d, text: w.text, link: d.link && { ...d.link, label: w.linkLabel ?? d.link.label } };
		}),
	);
	const walkthroughs = overlay('walkthroughs', english.walkthroughs, (d, w, need) => {
		need('otherPath', !d.otherPath || Boolean(w.otherPath));
		return {
			...d,
			steps: d.steps.map((step) => {
				const own = w.steps[step.id];
				need(`steps.${step.id}`, Boolean(own));
				return own ? { ...step, title: own.title, text: own.text, labels: own.labels } : step;
			}),
			otherPath: d.otherPath && { ...d.otherPath, text: w.otherPath ?? d.otherPath.text },
		};
	});
	const screens = byIdOf(
		overlay('screens', [...english.screens.values()], (d, w) => ({
			...d,
			alt: w.alt,
			me: w.labels['Me'] ?? d.me,
			// Titles, labels, values and switch states in LinkedIn's words for this language, where documented.
			title: d.title && (w.labels[d.title] ?? d.title),
			rows: d.rows.map((row) => {
				const labelled = 'label' in row && row.label && w.labels[row.label] ? { ...row, label: w.labels[row.label]! } : row;
				if (labelled.kind === 'item' && labelled.value) return { ...labelled, value: w.labels[labelled.value] ?? labelled.value };
				if (labelled.kind === 'toggle') return { ...labelled, state: w.labels[labelled.on ? 'On' : 'Off'] };
				return labelled;
			}),
		})),
	);
	const categories = byIdOf(
		overlay('categories', [...english.categories.values()], (d, w, _need, id) => {
			bodies.set(id, w.body);
			return { ...d, name: w.name, inPractice: w.inPractice, examples: w.examples, searchTerms: w.searchTerms };
		}),
	);
	const events = byIdOf(overlay('events', [...english.events.values()], (d, w) => ({ ...d, title: w.title, summary: w.summary })));
	const conflicts = byIdOf(
		overlay('conflicts', [...english.conflicts.values()], (d, w, need) => {
			need('sides (one per English side)', w.sides.length === d.sides.length);
			return { ...d, title: w.title, resolution: w.resolution, sides: d.sides.map((side, i) => ({ ...side, position: w.sides[i] ?? side.position })) };
		}),
	);
	if (problems.length > 0) throw new Error(`The ${lang} wording of the content is incomplete:\n- ${problems.join('\n- ')}`);
	return { ...english, regions, platforms, statements, walkthroughs, screens, categories, events, conflicts, categoryBodies: bodies };
}

/** Looks up a referenced entry or fails loudly, naming where the reference is. */
export function must<T>(map: Map<string, T>, ref: Ref | string, where: string): T {
	const id = typeof ref === 'string' ? ref : ref.id;
	const found = map.get(id);
	if (!found) throw new Error(`${where} references "${id}", which does not exist`);
	return found;
}

export function fileOf(entry: { id: string; filePath?: string | undefined }, collection: string): string {
	return entry.filePath ?? `content/${collection} (entry "${entry.id}")`;
}

/** Cites for a list of claim references, in source order, one per claim. */
export async function citesFor(refs: readonly Ref[], where: string): Promise<Cite[]> {
	const { claims, sources } = await site();
	return refs.map((ref) => {
		const claim = must(claims, ref, where);
		const source = must(sources, claim.data.source, `${fileOf(claim, 'claims')}: field "source"`);
		return { href: claimHref(claim.id), source: source.id, name: source.data.name };
	});
}

export async function regionList(): Promise<CollectionEntry<'regions'>[]> {
	return [...(await site()).regions.values()].sort(sortByOrder);
}

/** Which countries each region covers, for the country table (src/pages/countries.json.ts). */
export async function regionCountries() {
	return (await regionList()).map((region) => ({ id: region.id, countries: region.data.countries, fallback: region.data.fallback }));
}

export async function platformList(): Promise<CollectionEntry<'platforms'>[]> {
	return [...(await site()).platforms.values()].sort(sortByOrder);
}

const named = (e: { id: string; data: { name: string; shortName: string } }): Named => ({ id: e.id, name: e.data.name, shortName: e.data.shortName });

export async function chooserOptions(): Promise<ChooserOptions> {
	return {
		regions: (await regionList()).map((r) => ({ id: r.id, name: r.data.name })),
		platforms: (await platformList()).map((p) => ({ id: p.id, name: p.data.name })),
	};
}

/** Every event as the status logic takes it, with its content entry alongside. */
export async function statusEvents() {
	const { events } = await site();
	// In file order, so events of the same day keep the order they are written in (byDate is stable).
	return [...events.values()]
		.sort((a, b) => a.data.position - b.data.position)
		.map((entry) => ({ ...entry.data, id: entry.id, regions: entry.data.regions.map((r) => r.id), entry }));
}

/** Addresses LinkedIn has retired, from events' `retires`; pages may show them only where they explain the change. */
export async function retiredAddresses(): Promise<string[]> {
	const { events } = await site();
	return [...events.values()].flatMap((e) => e.data.retires);
}

/** How current the facts are, from every source's check record and the build date. */
export async function freshness(): Promise<Freshness> {
	const { sources } = await site();
	return freshnessOf(
		[...sources.values()].map((s) => s.data.checked),
		buildDate(),
	);
}

/** Statuses are worked out as of the newest day the checked sources cover, never later. */
export async function factsAsOf(): Promise<string> {
	return (await freshness()).knownUpTo;
}

export async function statusOf(regionId: string) {
	return regionStatus(await statusEvents(), regionId, await factsAsOf());
}

/** "Was my data already used?" for one region: its periods, the answer in sentences, and the disagreements behind it. */
export async function historyOf(regionId: string): Promise<HistoryView> {
	const { regions, conflicts } = await site();
	const region = must(regions, regionId, 'history');
	const asOf = await factsAsOf();
	const history = regionHistory(await statusEvents(), regionId, asOf);
	const events = eventsFor(await statusEvents(), regionId, asOf);
	// Only the events that moved the region between states: the rest do not answer "was my data used?".
	const turning = events.filter((e) => e.training !== undefined || e.settingOffered !== undefined);
	// The claims of the event that set today's state are cited by the status sentence just above.
	const current = regionStatus(await statusEvents(), regionId, asOf).since;
	const seen = new Set<string>(current?.claims.map((c) => c.id));
	const claimRefs = turning.flatMap((e) => e.claims).filter((c) => !seen.has(c.id) && seen.add(c.id));
	const disputed = [...new Set(turning.flatMap((e) => e.conflicts.map((c) => c.id)))]
		.map((id) => must(conflicts, id, `content/events.yaml (events of ${regionId}).conflicts`))
		.filter((k) => k.data.regions.length === 0 || k.data.regions.some((r) => r.id === regionId));
	return {
		asOf,
		...historyAnswer(history, region.data.inSentence),
		periods: periodLines(history),
		cites: await citesFor(claimRefs, `content/events.yaml (events of ${regionId}).claims`),
		disputes: disputed.map((k) => ({ title: k.data.title, href: `/sources/#conflict-${k.id}` })),
	};
}

/** Fails the build, naming files and fields, unless every region × platform pair has exactly one walkthrough. */
export async function checkedWalkthroughs() {
	const { walkthroughs } = await site();
	const coverage = walkthroughs.map((w) => ({
		entry: w,
		file: fileOf(w, 'walkthroughs'),
		platforms: w.data.platforms.map((p) => p.id),
		regions: w.data.regions.map((r) => r.id),
	}));
	const problems = findCoverageProblems(
		coverage,
		(await regionList()).map((r) => r.id),
		(await platformList()).map((p) => p.id),
	);
	if (problems.length > 0) throw new Error(`Walkthrough coverage is broken:\n- ${problems.join('\n- ')}`);
	return coverage;
}

/** Fails unless a screen suits the device it is drawn on: desktop screens in a browser window, phone screens on a phone. */
function checkDevice(screen: CollectionEntry<'screens'>, device: Device, where: string) {
	if ((screen.data.frame === 'desktop') !== (device === 'desktop')) {
		throw new Error(`${where} shows the ${screen.data.frame} screen "${screen.id}" on a platform drawn as ${device}`);
	}
}

/** Screen data as the drawing code takes it, on the platform's device. */
export function drawingOf(screen: CollectionEntry<'screens'>, device: Device): ScreenDrawing {
	const { layout, title, address, highlightAvatar, me, rows, alt } = screen.data;
	return { frame: device, layout, title, address, highlightAvatar, me, rows, alt };
}

/** Where a screen's drawing on one device is served, in the page's language (src/pages/[...lang]/screens/). */
export function screenPath(id: string, device: Device): string {
	return pathIn(currentLang(), `/screens/${device}/${id}.svg`);
}

/** Every drawing some walkthrough shows: each step's screen on the device of each of its platforms. */
export async function screenDrawings(): Promise<{ device: Device; id: string; drawing: ScreenDrawing }[]> {
	const { walkthroughs, platforms, screens } = await site();
	const seen = new Map<string, { device: Device; id: string; drawing: ScreenDrawing }>();
	for (const w of walkthroughs) {
		const file = fileOf(w, 'walkthroughs');
		for (const platform of w.data.platforms) {
			const device = must(platforms, platform, `${file}: platforms`).data.frame;
			w.data.steps.forEach((step, i) => {
				const screen = must(screens, step.screen, `${file}: steps[${i}].screen`);
				checkDevice(screen, device, `${file}: steps[${i}].screen`);
				seen.set(screenPath(screen.id, device), { device, id: screen.id, drawing: drawingOf(screen, device) });
			});
		}
	}
	return [...seen.values()];
}

/** A step's picture: a real screenshot when content/screens.yaml has one (resized and re-encoded), else the drawing. */
export async function pictureOf(screen: CollectionEntry<'screens'>, device: Device): Promise<Picture> {
	const { screenshot, screenshotAlt, alt, frame } = screen.data;
	if (screenshot && screenshotAlt) {
		// The schema's image() is Astro's, so this is the full ImageMetadata that getImage wants.
		const image = await getImage({ src: screenshot as ImageMetadata, width: Math.min(screenshot.width, SCREENSHOT_MAX_WIDTH), format: 'webp' });
		const width = Number(image.attributes['width']);
		const height = Number(image.attributes['height']);
		return { src: image.src, alt: screenshotAlt, width, height, kind: 'screenshot', frame };
	}
	return { src: screenPath(screen.id, device), alt, ...screenSize(drawingOf(screen, device)), kind: 'drawing', frame };
}

/** The statements that answer the home page's question, in the order content/statements.yaml gives them. */
export async function leadStatements(): Promise<StatementView[]> {
	const { statements } = await site();
	return Promise.all(
		[...statements.values()]
			.filter((s) => s.data.group === 'lead')
			.sort((a, b) => a.data.position - b.data.position)
			.map(async (s) => ({
				id: s.id,
				group: s.data.group,
				text: s.data.text,
				link: s.data.link,
				cites: await citesFor(s.data.claims, `content/statements.yaml: ${s.id}.claims`),
			})),
	);
}

/** The setting's own address, from the `direct-link` statement, with the claims behind it. */
export async function directLink(): Promise<{ href: string; cites: Cite[] }> {
	const { statements } = await site();
	const statement = must(statements, 'direct-link', 'the direct link (content/statements.yaml)');
	if (!statement.data.link) throw new Error('content/statements.yaml: direct-link needs a "link" with the setting\'s address');
	return { href: statement.data.link.href, cites: await citesFor(statement.data.claims, 'content/statements.yaml: direct-link.claims') };
}

/** A region's caveat on its status (content/regions.yaml), with its claims, or undefined. */
export async function caveatOf(region: CollectionEntry<'regions'>): Promise<{ text: string; cites: Cite[] } | undefined> {
	const caveat = region.data.caveat;
	return caveat && { text: caveat.text, cites: await citesFor(caveat.claims, `content/regions.yaml: ${region.id}.caveat.claims`) };
}

/** Builds the whole walkthrough for one pair. */
export async function guideView(regionId: string, platformId: string): Promise<GuideView> {
	const { regions, platforms, screens } = await site();
	const region = must(regions, regionId, 'guide page');
	const platform = must(platforms, platformId, 'guide page');
	const chosen = selectWalkthrough(await checkedWalkthroughs(), regionId, platformId);
	if (!chosen) throw new Error(`no walkthrough for ${regionId}/${platformId}`);
	const file = chosen.file;
	const w = chosen.entry.data;

	const steps = await Promise.all(
		w.steps.map(async (step, i) => {
			const where = `${file}: steps[${i}]`;
			const screen = must(screens, step.screen, `${where}.screen`);
			checkDevice(screen, platform.data.frame, `${where}.screen`);
			return {
				id: step.id,
				title: step.title,
				parts: labelledText(step.text, step.labels, `${where}.labels`),
				picture: await pictureOf(screen, platform.data.frame),
				cites: await citesFor(step.claims, `${where}.claims`),
			};
		}),
	);

	const status = await statusOf(regionId);
	const statusCites = status.since ? await citesFor(status.since.claims, `content/events.yaml: ${status.since.id}.claims`) : [];
	return {
		region: named(region),
		platform: named(platform),
		path: pathIn(currentLang(), guidePath(regionId, platformId)),
		title: guideTitle(named(platform), named(region)),
		description: guideDescription(named(platform), region.data.inSentence, steps.length),
		status: {
			sentence: statusSentence(status, region.data.inSentence),
			training: status.training ?? 'unknown',
			cites: statusCites,
			caveat: await caveatOf(region),
		},
		history: await historyOf(regionId),
		directLink: await directLink(),
		steps,
		otherPath: w.otherPath ? { text: w.otherPath.text, cites: await citesFor(w.otherPath.claims, `${file}: otherPath.claims`) } : undefined,
		notShowing: await statementsFor(regionId, ['not-showing']),
	};
}

/** The statements that apply to a region, from the given groups, in file order, each with the claims behind it. */
export async function statementsFor(regionId: string, groups: readonly StatementGroup[]): Promise<StatementView[]> {
	const { statements } = await site();
	const applicable = [...statements.values()]
		.filter((s) => groups.includes(s.data.group) && (s.data.regions.length === 0 || s.data.regions.some((r) => r.id === regionId)))
		.sort((a, b) => a.data.position - b.data.position);
	return Promise.all(
		applicable.map(async (s) => ({
			id: s.id,
			group: s.data.group,
			text: s.data.text,
			link: s.data.link,
			cites: await citesFor(s.data.claims, `content/statements.yaml: ${s.id}.claims`),
		})),
	);
}

/** A step's text with its on-screen labels marked; a label the text does not contain word for word fails the build. */
function labelledText(text: string, labels: readonly string[], where: string): TextPart[] {
	const { parts, missing } = markLabels(text, labels);
	if (missing.length > 0) throw new Error(`${where}: ${missing.map((l) => `"${l}"`).join(', ')} must appear word for word in the step's text`);
	return parts;
}

/** Static paths for every region × platform pair. */
export async function guidePairs() {
	const [regions, platforms] = await Promise.all([regionList(), platformList()]);
	return regions.flatMap((region) => platforms.map((platform) => ({ params: { region: region.id, platform: platform.id } })));
}

/** The change log (/changes/ and its feed), newest first, every reference resolved: a dangling one fails the build. */
export async function changeList() {
	const { changes, regions, platforms, events, categories, sources } = await site();
	const nameOf = <T extends { data: unknown }>(map: Map<string, T>, name: (data: T['data']) => string) =>
		new Map([...map].map(([id, e]) => [id, name(e.data)]));
	const names: PageNames = {
		regions: nameOf(regions, (d) => d.name),
		platforms: nameOf(platforms, (d) => d.name),
		categories: nameOf(categories, (d) => d.name),
		sources: nameOf(sources, (d) => d.name),
	};
	const entries = newestFirst([...changes.values()].map((entry) => ({ ...entry.data, id: entry.id })));
	return Promise.all(
		entries.map(async (change) => {
			const where = (field: string) => `content/changes.yaml: ${change.id}.${field}`;
			const affected = {
				regions: change.regions.map((ref) => ({ id: ref.id, name: must(regions, ref, where('regions')).data.name })),
				pages: change.pages,
				categories: change.categories.map((ref) => ({ id: ref.id, name: must(categories, ref, where('categories')).data.name })),
				events: change.events.map((ref) => ({ id: ref.id, title: must(events, ref, where('events')).data.title })),
			};
			let affects;
			try {
				affects = affectsLinks(affected, names);
			} catch (error) {
				throw new Error(`${where('pages')}: ${(error as Error).message}`);
			}
			return { ...change, cites: await citesFor(change.claims, where('claims')), affects };
		}),
	);
}
