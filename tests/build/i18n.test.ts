import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { distFiles, documentFor, fileFor, readPage } from '../helpers/dist';
import { langOfPath, OTHER_LANGS } from '../helpers/langs';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** An element's text as a reader sees it, without its sources note. */
const seen = (el: Element | null | undefined) => {
	const copy = el?.cloneNode(true) as Element | undefined;
	for (const note of copy?.querySelectorAll('.cites') ?? []) note.remove();
	return text(copy);
};

// Every reader page, in English (root) and written out by hand: 70 per language.
const REGIONS = ['us', 'canada', 'eu-eea', 'switzerland', 'uk', 'hong-kong', 'other'];
const PLATFORMS = ['desktop', 'ios', 'android', 'mobile-web'];
const CATEGORIES = [
	'feedback',
	'gai-usage-data',
	'general-collection',
	'groups-data',
	'jobs-data',
	'login-credentials',
	'member-content',
	'payment-data',
	'private-messages',
	'profile-data',
	'salary-and-applications',
	'under-18',
];
const READER_PAGES = [
	'/',
	'/about/',
	'/guide/',
	'/data/',
	'/timeline/',
	...REGIONS.flatMap((r) => PLATFORMS.map((p) => `/guide/${r}/${p}/`)),
	...[...REGIONS, ...PLATFORMS].map((x) => `/guide/${x}/`),
	...CATEGORIES.map((c) => `/data/${c}/`),
	...REGIONS.map((r) => `/timeline/${r}/`),
	...REGIONS.map((r) => `/regions/${r}/`),
];

describe('the guide in German and French', () => {
	test.each(OTHER_LANGS)('every reader page exists in /%s/, in its language', (lang) => {
		expect(READER_PAGES).toHaveLength(70);
		const missing = READER_PAGES.filter((p) => !fileFor(`/${lang}${p}`));
		expect(missing).toEqual([]);
		for (const path of ['/', '/guide/uk/ios/', '/data/private-messages/', '/timeline/', '/regions/switzerland/', '/about/'])
			expect(documentFor(`/${lang}${path}`).documentElement.getAttribute('lang'), path).toBe(lang);
	});

	test('each version names the others, with x-default the English one, and the switcher keeps region and device', () => {
		const doc = documentFor('/de/guide/uk/ios/');
		const alternates = [...doc.querySelectorAll('link[rel=alternate][hreflang]')].map(
			(l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`,
		);
		expect(alternates).toEqual(['en /guide/uk/ios/', 'de /de/guide/uk/ios/', 'fr /fr/guide/uk/ios/', 'x-default /guide/uk/ios/']);
		const switcher = [...doc.querySelectorAll('header a[lang]')].map((a) => `${text(a)} ${a.getAttribute('href')}`);
		expect(switcher).toEqual(['English /guide/uk/ios/', 'Deutsch /de/guide/uk/ios/', 'Français /fr/guide/uk/ios/']);
		expect(doc.querySelector('header a[lang=de]')?.getAttribute('aria-current')).toBe('true');
	});

	test('a German guide speaks German, with LinkedIn’s German labels and German dates', () => {
		const doc = documentFor('/de/guide/eu-eea/desktop/');
		expect(text(doc.querySelector('h1'))).toBe('LinkedIn-KI-Training abschalten: Browser am Computer, EU / EWR');
		expect(seen(doc.querySelector('[data-status]'))).toBe(
			'Ja. LinkedIn verwendet seit dem 3. November 2025 die Daten von Mitgliedern in der EU und im EWR, um seine KI-Modelle zur Erstellung von Inhalten zu trainieren, es sei denn, die Mitglieder haben die Einstellung ausgeschaltet. Sie können das ausschalten.',
		);
		const steps = [...doc.querySelectorAll('#walkthrough ol[data-steps] > li label')].map(text);
		expect(steps[0]).toBe('Schritt 1. Menü „Sie“ öffnen');
		expect(steps.at(-1)).toBe('Schritt 5. Schalter auf „Aus“ stellen');
		// Labels documented in German are marked as such; the pronoun "Sie" is not taken for the menu "Sie".
		expect([...doc.querySelectorAll('#walkthrough ol[data-steps] q')].map(text)).toEqual([
			'Sie',
			'Einstellungen & Datenschutz',
			'Datenschutz',
			'So verwendet LinkedIn Ihre Daten',
			'Daten zur Verbesserung generativer KI',
			'Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen',
			'Aus',
			'Aus',
		]);
	});

	test('a French guide speaks French, with every French label a source gives, the switch’s included', () => {
		const doc = documentFor('/fr/guide/eu-eea/desktop/');
		expect(text(doc.querySelector('h1'))).toBe('Désactiver l’entraînement de l’IA de LinkedIn : Navigateur sur ordinateur, UE / EEE');
		expect(seen(doc.querySelector('[data-status]'))).toContain('depuis le 3 novembre 2025');
		expect([...doc.querySelectorAll('#walkthrough ol[data-steps] q')].map(text)).toEqual([
			'Vous',
			'Préférences et confidentialité',
			'Confidentialité des données',
			'Comment LinkedIn utilise vos données',
			'Données pour l’amélioration de l’IA générative',
			'Utiliser mes données pour entraîner des modèles d’IA de création de contenu',
		]);
	});

	test('the French app steps keep the one English label no source gives in French, briefly, and name «Réglages» only for the gear it names', () => {
		const doc = documentFor('/fr/guide/canada/android/');
		const steps = [...doc.querySelectorAll('#walkthrough ol[data-steps] > li')];
		// Blick's «Réglages» is the gear on your own profile, not the item at the bottom of the side menu.
		expect(seen(steps[1])).toContain('Settings dans l’appli en anglais');
		expect(seen(steps[1])).not.toContain('Réglages');
		expect(text(doc.querySelector('#walkthrough'))).toContain('la roue dentée « Réglages »');
		expect([...(steps[4]?.querySelectorAll('q') ?? [])].map(text)).toEqual(['Utiliser mes données pour entraîner des modèles d’IA de création de contenu']);
	});

	test.each(OTHER_LANGS)('/%s/ steps name no English label without saying so, and make no excuses', (lang) => {
		for (const path of ['/guide/eu-eea/desktop/', '/guide/canada/android/', '/guide/uk/mobile-web/']) {
			const steps = seen(documentFor(`/${lang}${path}`).querySelector('#walkthrough ol[data-steps]'));
			expect(steps, path).not.toMatch(/pas pu vérifier|nicht überprüfen|nicht prüfen|entsprechend übersetzt|\bOff\b|Use my data|How LinkedIn uses/);
		}
	});

	test('a step cites the sources of the labels it quotes in the page’s language', () => {
		const names = (path: string, step: number) => {
			const doc = documentFor(path);
			const li = doc.querySelectorAll('#walkthrough ol[data-steps] > li')[step];
			const note = doc.getElementById(li?.querySelector('button[popovertarget]')?.getAttribute('popovertarget') ?? '');
			return [...(note?.querySelectorAll('a') ?? [])].map(text);
		};
		expect(names('/de/guide/eu-eea/ios/', 4)).toEqual(expect.arrayContaining(['Sonntagsblatt', 'MEINRECHT']));
		expect(names('/fr/guide/eu-eea/desktop/', 4)).toEqual(expect.arrayContaining(['vert.eco']));
		expect(names('/fr/guide/eu-eea/desktop/', 3)).toEqual(expect.arrayContaining(['cookie-com.com']));
		expect(names('/guide/eu-eea/desktop/', 4)).not.toContain('vert.eco');
	});

	test('the drawings as served: no label cut with an ellipsis, and no English filler in German or French', () => {
		const FILLER = [
			'Account preferences',
			'Sign in & security',
			'Visibility',
			'Advertising data',
			'Notifications',
			'Learn more',
			'Get a copy of your data',
			'Account',
		];
		const svgs = distFiles().filter((f) => /\/screens\/.+\.svg$/.test(f));
		expect(svgs.length).toBeGreaterThanOrEqual(3 * 17);
		for (const path of svgs) {
			const texts = [...parseHTML(readPage(path)).document.querySelectorAll('text')].map((t) => t.textContent ?? '');
			expect(
				texts.filter((t) => t.includes('…')),
				path,
			).toEqual([]);
			if (langOfPath(path) !== 'en') for (const word of FILLER) expect(texts, path).not.toContain(word);
		}
		expect(readPage('/fr/screens/desktop/desktop-data-privacy.svg')).not.toContain('How LinkedIn uses your data');
	});

	test('links on a German page stay German, except to pages that exist in English only', () => {
		const doc = documentFor('/de/guide/uk/ios/');
		const internal = [...doc.querySelectorAll('a[href^="/"]')].filter((a) => !a.hasAttribute('lang')).map((a) => a.getAttribute('href')!);
		const english = internal.filter((href) => !href.startsWith('/de/') && !/^\/(sources|changes)\/|\.(ics|xml)$/.test(href));
		expect(internal.length).toBeGreaterThan(20);
		expect(english).toEqual([]);
		expect(doc.querySelector('#walkthrough ol[data-steps] img')?.getAttribute('src')).toMatch(/^\/de\/screens\//);
		// The QR code opens the German page too.
		expect(doc.querySelector('#walkthrough [data-qr] img')?.getAttribute('src')).toBe('/de/guide/uk/ios/qr.svg');
	});

	test('pages whose content stays English say so in the page’s language, inside its navigation', () => {
		const german = documentFor('/de/sources/l1/');
		expect(text(german.querySelector('main'))).toContain('Die Quellen und Aussagen auf dieser Seite stehen auf Englisch');
		expect(text(german.querySelector('nav'))).toContain('Zeitleiste');
		expect(german.querySelector('main .text-lg[lang="en"]')).not.toBeNull();
		expect(text(documentFor('/fr/changes/').querySelector('main'))).toContain('Les sources et les affirmations de cette page sont en anglais');
		expect(text(documentFor('/sources/l1/').querySelector('main'))).not.toContain('in English');
	});
});
