import { describe, expect, test } from 'vitest';
import { HAS_BROWSER, useSite } from '../helpers/e2e';

describe.skipIf(!HAS_BROWSER)('search', () => {
	const site = useSite();

	/** Results of the data page's own search box, whose results region is named in the page's language. */
	async function searchPageFor(query: string, path: string) {
		const watched = await site.open(path);
		const input = watched.page.getByRole('searchbox').last();
		await input.focus();
		await input.fill(query);
		const results = watched.page.locator('form[data-search=page] [role=region] ol > li a');
		await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
		return { ...watched, results };
	}

	async function searchFor(query: string, path = '/data/') {
		const watched = await site.open(path);
		const input = watched.page.getByRole('searchbox').last();
		await input.focus();
		await input.fill(query);
		const results = watched.page.locator('[role=region][aria-label="Search results"] ol > li a');
		await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
		return { ...watched, results };
	}

	test.each([
		['salary', '/data/salary-and-applications/'],
		['resume', '/data/jobs-data/'],
		['CV', '/data/jobs-data/'],
		['DMs', '/data/private-messages/'],
		['InMail', '/data/private-messages/'],
		['password', '/data/login-credentials/'],
		['prompts', '/data/gai-usage-data/'],
		// Questions as people type them: the words a page lacks ("is", "for", and "ai", which the salary page
		// never says) must not lose the answer.
		['is my salary used for ai', '/data/salary-and-applications/'],
		['does linkedin use my private messages', '/data/private-messages/'],
		['Is LinkedIn training AI on my DMs?', '/data/private-messages/'],
	])('“%s” puts %s first', async (query, expected) => {
		const { results, problems } = await searchFor(query);
		expect(new URL((await results.first().getAttribute('href'))!, 'http://x').pathname).toBe(expected);
		expect(problems).toEqual([]);
	});

	test.each([
		['photo', '/data/profile-data/'],
		['comments', '/data/member-content/'],
		['my DMs', '/data/private-messages/'],
		['direct messages', '/data/private-messages/'],
		['inbox', '/data/private-messages/'],
		['messages', '/data/private-messages/'],
	])('“%s” finds %s among the first results', async (query, expected) => {
		const { results, problems } = await searchFor(query);
		const hrefs = await results.evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs).toContain(expected);
		expect(problems).toEqual([]);
	});

	test.each([
		['delete my data', '/data/'],
		['object', '/data/'],
		['complaint', '/data/'],
		['Widerspruch', '/de/data/'],
		['Beschwerde', '/de/data/'],
		['Löschen', '/de/data/'],
		['opposition', '/fr/data/'],
		['plainte', '/fr/data/'],
		['supprimer mes données', '/fr/data/'],
	])('“%s” on %s finds a rights page in that language among the first three results', async (query, path) => {
		const { problems, results } = await searchPageFor(query, path);
		const hrefs = await results.evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		const prefix = path.replace(/data\/$/, '');
		expect(
			hrefs.some((h) => h.startsWith(`${prefix}rights/`)),
			hrefs.join(' '),
		).toBe(true);
		expect(problems).toEqual([]);
	});

	test.each([
		['Lebenslauf', '/de/data/', '/de/data/jobs-data/'],
		['Direktnachrichten', '/de/data/', '/de/data/private-messages/'],
		['messages privés', '/fr/data/', '/fr/data/private-messages/'],
		['Wird mein Gehalt für KI verwendet?', '/de/data/', '/de/data/salary-and-applications/'],
		['Werden meine privaten Nachrichten für das KI-Training genutzt?', '/de/data/', '/de/data/private-messages/'],
		['est-ce que mes messages privés sont utilisés ?', '/fr/data/', '/fr/data/private-messages/'],
		['Est-ce que LinkedIn utilise mon salaire pour entraîner l’IA ?', '/fr/data/', '/fr/data/salary-and-applications/'],
	])('in its own language: “%s” on %s puts %s first', async (query, path, expected) => {
		const { problems, results } = await searchPageFor(query, path);
		expect(new URL((await results.first().getAttribute('href'))!, 'http://x').pathname).toBe(expected);
		// Only pages in the reader's language come back.
		const all = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(all.every((p) => p.startsWith(path.slice(0, 4)))).toBe(true);
		expect(problems).toEqual([]);
	});

	const pathOf = (href: string | null) => new URL(href!, 'http://x').pathname;
	/** Each result's excerpt as a reader sees it, once the results for `query` are on screen. */
	async function excerptsFor(query: string) {
		const { page, results, problems } = await searchFor(query);
		const excerpts = await page.locator('[role=region][aria-label="Search results"] ol > li p').allTextContents();
		return { results, excerpts, problems };
	}

	test.each(['opt out', 'turn off', 'switch off', 'disable', 'AI training', 'how do I turn off ai training'])(
		'“%s” puts a guide first, not an article',
		async (query) => {
			const { results, problems } = await searchFor(query);
			expect(pathOf(await results.first().getAttribute('href'))).toMatch(/^\/guide\//);
			expect(problems).toEqual([]);
		},
	);

	test('each result has a clean title and a plain address on this site', async () => {
		const { results, problems } = await searchFor('opt out');
		const links = await results.evaluateAll((as) => as.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })));
		expect(links.length).toBeGreaterThan(3);
		for (const { text, href } of links) {
			expect(text.trim().length, href).toBeGreaterThan(5);
			expect(text, href).not.toMatch(/LinkedIn AI Training Opt-Out Guide|<|&\w+;/);
			// The home page ("/") is a plain address too; answers listed first can bring it into the top results.
			expect(href).toMatch(/^\/([a-z0-9/-]*\/)?$/);
		}
		expect(problems).toEqual([]);
	});

	test('a source found by its publisher has an excerpt that reads as sentences, without the run-together details', async () => {
		const { results, excerpts, problems } = await excerptsFor('Windows Report');
		expect(pathOf(await results.first().getAttribute('href'))).toBe('/sources/p15/');
		expect(excerpts[0]).toContain('private messages');
		for (const text of excerpts) {
			expect(text).not.toMatch(/Published by\S/);
			expect(text).not.toMatch(/[a-z0-9)](Date|Kind|Address|Last checked)/);
		}
		expect(problems).toEqual([]);
	});

	test.each([
		['DMs', 'DMs, DM, direct messages'],
		['CV', 'resume, résumé, CV'],
		['resume', 'resume, résumé, CV'],
		['salary', 'salary, pay, compensation'],
		['password', 'password, passwords, login'],
		['opt out', 'opt out, opt-out, turn off'],
		['disable', 'opt out, opt-out, turn off'],
	])('“%s” shows no keyword list in any excerpt', async (query, list) => {
		const { excerpts, problems } = await excerptsFor(query);
		expect(excerpts.length).toBeGreaterThan(0);
		for (const text of excerpts) expect(text).not.toContain(list);
		expect(problems).toEqual([]);
	});

	/** Each result as a reader sees it: its address, its title and its excerpt. */
	async function resultsFor(query: string, path = '/data/') {
		const { page, problems } = await searchFor(query, path);
		const rows = await page.locator('[role=region][aria-label="Search results"] ol > li').evaluateAll((lis) =>
			lis.map((li) => ({
				path: new URL(li.querySelector('a')!.href).pathname,
				title: li.querySelector('a')!.textContent ?? '',
				excerpt: li.querySelector('p')?.textContent ?? '',
			})),
		);
		return { page, rows, problems };
	}

	test('a question typed in the header box of a phone finds its answer first', async () => {
		const { page, problems } = await site.open('/', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		const input = page.getByRole('searchbox').first();
		await input.focus();
		await input.fill('is my salary used for ai');
		const first = page.locator('form[data-search=header] [role=region] ol > li a').first();
		await expect.poll(() => first.getAttribute('href'), { timeout: 10_000 }).toBe('/data/salary-and-applications/');
		expect(await first.textContent()).toBe('Not used (excluded): Salary data and job applications');
		expect(problems).toEqual([]);
	});

	test('results are titled by what they are: a category by its status, a source as a source', async () => {
		const messages = await resultsFor('private messages');
		const title = (path: string) => messages.rows.find((r) => r.path === path)?.title;
		expect(title('/data/private-messages/')).toBe('Not used (excluded): Private messages and InMail');
		expect(title('/data/groups-data/')).toBe('Used for training: Groups data');
		for (const { path, title: shown } of messages.rows) {
			if (/^\/data\/[a-z0-9-]+\/$/.test(path)) expect(shown, path).toMatch(/^(Used for training|Not used \(excluded\)|Collected, not the training list): \S/);
			if (path.startsWith('/sources/') && path !== '/sources/') expect(shown, path).toMatch(/^Source: \S/);
		}
		const outlet = await resultsFor('Windows Report');
		expect(outlet.rows[0]).toMatchObject({ path: '/sources/p15/', title: 'Source: Windows Report' });
		expect([...messages.problems, ...outlet.problems]).toEqual([]);
	});

	test('titles are in the reader’s language', async () => {
		const { page, problems } = await site.open('/de/data/');
		const input = page.getByRole('searchbox').last();
		await input.focus();
		await input.fill('Lebenslauf');
		const first = page.locator('form[data-search=page] [role=region] ol > li a').first();
		await expect
			.poll(() => first.textContent(), { timeout: 10_000 })
			.toBe('Für das Training verwendet: Jobbezogene Daten, die Sie zur Wiederverwendung speichern');
		expect(problems).toEqual([]);
	});

	test.each(['private messages', 'messages', 'salary', 'opt out'])('for “%s”, answers come before the evidence behind them', async (query) => {
		const { rows, problems } = await resultsFor(query);
		const evidence = (path: string) => /^\/(sources|disagreements|changes|about)\//.test(path);
		const firstEvidence = rows.findIndex((r) => evidence(r.path));
		expect(firstEvidence, rows.map((r) => r.path).join(' ')).not.toBe(0);
		if (firstEvidence > 0)
			expect(
				rows.slice(firstEvidence).every((r) => evidence(r.path)),
				rows.map((r) => r.path).join(' '),
			).toBe(true);
		expect(problems).toEqual([]);
	});

	test('the Groups excerpt for “private messages” does not put “Used for training” in front of the messages it excludes', async () => {
		const { rows, problems } = await resultsFor('private messages');
		const groups = rows.find((r) => r.path === '/data/groups-data/')!;
		expect(groups.excerpt).not.toContain('Used for training');
		expect(groups.excerpt).toContain('private inbox messages, which are excluded');
		// The sentence it needs is there, not cut after its subject.
		expect(groups.excerpt).not.toMatch(/^from /);
		expect(problems).toEqual([]);
	});

	test.each(['private messages', 'salary', 'resume', 'opt out', 'Windows Report'])(
		'for “%s”, no excerpt starts in the middle of a sentence without saying so',
		async (query) => {
			const { rows, problems } = await resultsFor(query);
			expect(rows.length).toBeGreaterThan(0);
			for (const { path, excerpt } of rows) expect(excerpt, path).toMatch(/^(…|[\p{Lu}\p{N}“"«„(]|i[A-Z])/u);
			expect(problems).toEqual([]);
		},
	);

	test('an excerpt does not repeat the title it sits under', async () => {
		const { rows, problems } = await resultsFor('salary');
		const salary = rows.find((r) => r.path === '/data/salary-and-applications/')!;
		expect(salary.excerpt).not.toMatch(/^Salary data and job applications\./);
		expect(salary.excerpt).toMatch(/^Salary figures you provide/);
		expect(problems).toEqual([]);
	});

	test('words that are each on some page but never together find pages with some of them, and say so', async () => {
		const { page, rows, problems } = await resultsFor('can linkedin read my DMs');
		expect(rows[0]?.path).toBe('/data/private-messages/');
		expect(await page.locator('[role=region][aria-label="Search results"] > p').first().textContent()).toBe(
			'No page has every word of “can linkedin read my DMs”. These have some of them:',
		);
		expect(problems).toEqual([]);
	});

	test('a query and a filter together: "messages" among exclusions is the private-messages category', async () => {
		const { page, results, problems } = await searchFor('messages');
		await page.getByRole('checkbox', { name: 'Not used (excluded)' }).check();
		await expect
			.poll(async () => results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
			.toEqual(['/data/private-messages/']);
		expect(problems).toEqual([]);
	});

	test('the header search works on any page and results lead to the right page', async () => {
		const { page, results, problems } = await searchFor('salary', '/timeline/');
		await results.first().click();
		await page.waitForURL(/\/data\/salary-and-applications\/$/);
		expect(problems).toEqual([]);
	});

	test('filtering to excluded shows only exclusions', async () => {
		const { page, problems } = await site.open('/data/');
		await page.getByRole('searchbox').last().focus();
		await page.getByRole('checkbox', { name: 'Not used (excluded)' }).check();
		const results = page.locator('[role=region][aria-label="Search results"] ol > li');
		await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
		const texts = await results.allTextContents();
		expect(texts.length).toBe(5);
		for (const t of texts) expect(t).toContain('Not used (excluded)');
		expect(problems).toEqual([]);
	});

	test('without JavaScript the header search leads to the data page, which lists everything', async () => {
		const { page, problems } = await site.open('/about/', { javaScriptEnabled: false });
		await page.getByRole('searchbox').first().fill('salary');
		await page.getByRole('button', { name: 'Search' }).first().click();
		await page.waitForURL(/\/data\/\?q=salary$/);
		expect(await page.locator('article[data-status]').count()).toBeGreaterThanOrEqual(12);
		expect(problems).toEqual([]);
	});

	test('without JavaScript a search sent to the data page says search needs it and where to look instead', async () => {
		const { page, problems } = await site.open('/data/?q=x', { javaScriptEnabled: false });
		// Playwright's getByText does not look inside <noscript>, so the note is found by its attribute.
		const note = page.locator('[data-noscript-search]');
		expect(await note.isVisible()).toBe(true);
		expect(await note.textContent()).toContain('Search needs JavaScript, which is off in this browser.');
		const links = await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links).toEqual(['/guide/', '/timeline/', '/sources/']);
		expect(await page.locator('article[data-status]').count()).toBeGreaterThanOrEqual(12);
		expect(problems).toEqual([]);
	});

	test('with JavaScript the no-JavaScript note stays hidden', async () => {
		const { page, problems } = await site.open('/data/?q=salary');
		expect(await page.locator('[data-noscript-search]').count()).toBe(0);
		expect(problems).toEqual([]);
	});

	test('the search code loads only when a search box is focused', async () => {
		const { page, problems } = await site.open('/timeline/');
		const requested: string[] = [];
		page.on('request', (r) => requested.push(r.url()));
		await page.waitForTimeout(300);
		expect(requested.filter((u) => u.includes('pagefind'))).toEqual([]);
		await page.getByRole('searchbox').first().focus();
		await page.getByRole('searchbox').first().fill('InMail');
		await expect.poll(() => requested.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
		expect(problems).toEqual([]);
	});
});
