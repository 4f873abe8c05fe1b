import { describe, expect, test } from 'vitest';
import { documentFor, pagePaths } from '../helpers/dist';
import { OTHER_LANGS } from '../helpers/langs';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const REGIONS = ['us', 'canada', 'eu-eea', 'switzerland', 'uk', 'hong-kong', 'other'];
// Every EU member state, and Iceland, Liechtenstein and Norway.
const EU_EEA = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK'.split(' ');

describe('rights pages', () => {
	test('every region has one, in every language', () => {
		const pages = new Set(pagePaths());
		for (const prefix of ['', ...OTHER_LANGS.map((l) => `/${l}`)])
			for (const region of REGIONS) expect(pages.has(`${prefix}/rights/${region}/`), `${prefix}/rights/${region}/`).toBe(true);
	});

	test.each([
		['/rights/uk/', 'After switching off: your rights in the UK'],
		['/de/rights/switzerland/', 'Nach dem Ausschalten: Ihre Rechte in der Schweiz'],
		// Spaces compared as spaces: the French no-break space before the colon reads as one.
		['/fr/rights/hong-kong/', 'Après la désactivation : vos droits à Hong Kong'],
	])('%s is headed “%s”, and says once that it is not legal advice', (path, heading) => {
		const doc = documentFor(path);
		expect(text(doc.querySelector('h1'))).toBe(heading);
		expect(doc.querySelectorAll('[data-not-advice]')).toHaveLength(1);
	});

	test('where the law gives a letter, the page has the three, readable without JavaScript; the US and everywhere else say why there is none', () => {
		for (const region of ['eu-eea', 'switzerland', 'uk', 'canada', 'hong-kong']) {
			const doc = documentFor(`/rights/${region}/`);
			expect(
				[...doc.querySelectorAll('pre[data-letter]')].map((pre) => pre.getAttribute('data-letter')),
				region,
			).toEqual(['objection', 'reminder', 'complaint']);
			for (const pre of doc.querySelectorAll('pre[data-letter]')) {
				expect(pre.textContent, region).toContain('[your name]');
				expect(pre.textContent, region).not.toMatch(/\{\w+\}/);
			}
		}
		expect(documentFor('/rights/uk/').querySelector('pre[data-letter=objection]')?.textContent).toContain('To: Data Protection Officer, LinkedIn Corporation');
		expect(documentFor('/rights/eu-eea/').querySelector('pre[data-letter=objection]')?.textContent).toContain('Under Article 21(1) GDPR I object');
		expect(documentFor('/de/rights/canada/').querySelector('pre[data-letter=objection]')?.textContent).toContain('Ich widerrufe meine Einwilligung');
		for (const region of ['us', 'other']) {
			const doc = documentFor(`/rights/${region}/`);
			expect(doc.querySelectorAll('pre[data-letter]'), region).toHaveLength(0);
			expect(text(doc.querySelector('[data-no-letter]')), region).toMatch(/^There is no objection letter for/);
		}
	});

	test('the EU and EEA page leads to a list of every country’s authorities, each with a complaint link', () => {
		const rights = documentFor('/rights/eu-eea/');
		expect(rights.querySelector('[data-regulators] a')?.getAttribute('href')).toBe('/rights/eu-eea/authorities/');
		const doc = documentFor('/rights/eu-eea/authorities/');
		expect([...doc.querySelectorAll('details[data-country]')].map((d) => d.getAttribute('data-country')).sort()).toEqual(EU_EEA);
		for (const article of doc.querySelectorAll('[data-regulator]'))
			expect(article.querySelector('a[href^="https://"]'), article.getAttribute('data-regulator')!).not.toBeNull();
		// Germany: one authority per Land, for complaints about companies.
		expect(doc.querySelectorAll('details[data-country=DE] [data-regulator]').length).toBeGreaterThanOrEqual(16);
	});

	test.each([
		['/rights/uk/', "Information Commissioner's Office"],
		['/rights/switzerland/', 'Federal Data Protection and Information Commissioner'],
		['/rights/canada/', 'Office of the Privacy Commissioner of Canada'],
		['/rights/hong-kong/', 'Office of the Privacy Commissioner for Personal Data'],
	])('%s names its authority, %s, on the page', (path, name) => {
		expect(text(documentFor(path).querySelector('[data-regulators] h3'))).toContain(name);
	});
});

describe('the rights kit, as a reader finds it', () => {
	test.each([
		['', 'Austria'],
		['/de', 'Belgien'],
		['/fr', 'Allemagne'],
	])('%s/rights/eu-eea/ lists every country as a plain link to its authorities, in the page’s alphabetical order, first %s', (prefix, first) => {
		const links = [...documentFor(`${prefix}/rights/eu-eea/`).querySelectorAll('[data-by-country] a')];
		expect(text(links[0])).toBe(first);
		expect(links.map((a) => a.getAttribute('href')!.replace(/^.*#country-/, '')).sort()).toEqual(EU_EEA);
		for (const a of links) expect(a.getAttribute('href')!.startsWith(`${prefix}/rights/eu-eea/authorities/#country-`)).toBe(true);
	});

	test.each([
		['/rights/eu-eea/', 46],
		['/rights/uk/', ['uk-ico']],
		['/rights/switzerland/', ['ch-fdpic']],
		['/rights/canada/', ['ca-opc']],
		['/rights/hong-kong/', ['hk-pcpd']],
		['/rights/us/', []],
		['/rights/other/', []],
	] as const)('%s names the right authorities', (path, expected) => {
		const doc = documentFor(path === '/rights/eu-eea/' ? '/rights/eu-eea/authorities/' : path);
		const ids = [...doc.querySelectorAll('[data-regulator]')].map((a) => a.getAttribute('data-regulator'));
		if (typeof expected === 'number') {
			expect(ids).toHaveLength(expected);
			expect(ids.filter((id) => id?.startsWith('de-'))).toHaveLength(17);
		} else expect(ids).toEqual(expected);
	});

	test('the directory keeps each authority’s notes: Italy’s certified e-mail, Poland’s ePUAP inbox', () => {
		const doc = documentFor('/fr/rights/eu-eea/authorities/');
		expect(text(doc.querySelector('[data-regulator=it-garante]'))).toContain('only by certified e-mail (PEC) to protocollo@pec.gpdp.it');
		expect(text(doc.querySelector('[data-regulator=pl-uodo]'))).toContain("electronically to the office's ePUAP inbox");
		// A plain day is written in the page's language; "Autumn 2025, before 3 November" stays as recorded.
		expect(text(doc.querySelector('[data-regulator=it-garante]'))).toContain('S’est exprimée sur l’entraînement de l’IA de LinkedIn (28 octobre 2025)');
	});

	test.each([
		['/rights/uk/', 'uk-ico', 'Takes complaints about companies such as LinkedIn.', 'Complaint form'],
		['/de/rights/canada/', 'ca-opc', 'Nimmt Beschwerden über Unternehmen wie LinkedIn an.', 'So beschweren Sie sich'],
		['/fr/rights/hong-kong/', 'hk-pcpd', 'Reçoit les plaintes visant des entreprises comme LinkedIn.', 'Formulaire de plainte'],
		['/rights/switzerland/', 'ch-fdpic', 'Takes reports, not complaints.', 'How to report'],
	])('%s: %s is described as what it is, never as passing complaints to Ireland', (path, id, role, link) => {
		const entry = documentFor(path).querySelector(`[data-regulator=${id}]`);
		expect(text(entry)).toContain(role);
		expect(text(entry)).not.toMatch(/Ireland|irische|irlandaise/);
		expect(text(entry?.querySelector('a[href^="https://"]'))).toBe(link);
	});

	test('the objection form: Italy’s description, with the option’s Italian wording, on the EU page; elsewhere, that we know nothing of it', () => {
		const eu = text(documentFor('/rights/eu-eea/').querySelector('#object')?.parentElement);
		expect(eu).toContain(
			"(in Italian “Opposizione al trattamento per l'addestramento dei modelli di IA finalizzati alla creazione di contenuti”; we found no English wording)",
		);
		expect(eu).toContain('tick a box to confirm, and then get a confirmation by e-mail');
		expect(eu).toContain('We could not open the form to check.');
		for (const path of ['/rights/uk/', '/rights/switzerland/']) {
			const section = text(documentFor(path).querySelector('#object')?.parentElement);
			expect(section, path).toContain('We could not open the objection form ourselves, and none of our sources for this region says what it asks');
			expect(section, path).not.toContain('Opposizione');
		}
	});

	test('the reminder and the complaint have their own fields, and without JavaScript show their placeholders', () => {
		const doc = documentFor('/rights/eu-eea/');
		expect(text(doc.querySelector('label[for=letter-sent]'))).toBe('The day you sent your first letter');
		expect(text(doc.querySelector('label[for=letter-reference]'))).toBe('The reference number LinkedIn gave you');
		expect(doc.querySelector('#letter-reference')?.getAttribute('aria-describedby')).toBe('letter-later-hint');
		const reminder = doc.querySelector('pre[data-letter=reminder]')?.textContent ?? '';
		expect(reminder).toContain('Subject: Reminder: my objection of [date you sent it]');
		expect(reminder).toContain('to the use of my personal data for AI training (reference: [if you received one]).');
		expect(documentFor('/de/rights/uk/').querySelector('pre[data-letter=complaint]')?.textContent).toContain(
			'Am [Datum Ihres Schreibens] habe ich nach Art. 21 Abs. 1 UK GDPR widersprochen (Aktenzeichen: [falls Sie eines erhalten haben])',
		);
	});
});

describe('the guide points to the rights page', () => {
	test.each(REGIONS)(
		'every %s guide’s “done” block links its rights page; where the law gives a right to object, it says a written objection covers more',
		(region) => {
			for (const platform of ['desktop', 'ios', 'android', 'mobile-web']) {
				const line = documentFor(`/guide/${region}/${platform}/`).querySelector('[data-done] [data-rights-line]');
				expect(line?.querySelector('a')?.getAttribute('href')).toBe(`/rights/${region}/`);
				expect(text(line).startsWith('A written objection covers more than the setting:'), `${region}/${platform}`).toBe(
					['eu-eea', 'switzerland', 'uk'].includes(region),
				);
			}
			expect(documentFor(`/de/guide/${region}/ios/`).querySelector('[data-done] [data-rights-line] a')?.getAttribute('href')).toBe(`/de/rights/${region}/`);
			expect(documentFor(`/regions/${region}/`).querySelector('[data-rights-link] a')?.getAttribute('href')).toBe(`/rights/${region}/`);
		},
	);

	test.each([
		['us', ['also-microsoft-ads', 'also-research']],
		['other', ['also-microsoft-ads', 'also-research']],
		['uk', ['also-uk-data-sharing', 'also-research']],
		['eu-eea', ['also-research']],
		['switzerland', ['also-research']],
	])('the %s “done” block offers its related settings as ticks kept with the steps: %o', (region, ticks) => {
		const done = documentFor(`/guide/${region}/desktop/`).querySelector('[data-done]');
		expect([...(done?.querySelectorAll('input[data-tick]') ?? [])].map((box) => box.getAttribute('data-tick'))).toEqual(ticks);
		for (const box of done?.querySelectorAll('input[data-tick]') ?? [])
			expect(box.closest('li')?.querySelector('a[href^="https://www.linkedin.com/"]')).not.toBeNull();
	});
});
