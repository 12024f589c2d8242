/**
 * A provider signs in and works from the portal's start page: sees the
 * institution and the offers counted by status, follows a count into the
 * filtered list, filters it by title, and confirms an offer that needs
 * re-checking with one click ("Noch aktuell") — without JavaScript too.
 * The site header shows "Anmelden" to visitors and "Portal"/"Abmelden" (and
 * "Verwaltung" for staff) to signed-in users.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, expectNoAxeViolations, launchBrowser, newContext, signIn } from '../helpers';
import type { E2eAccount } from '../fixtures';
import { expectNoAxeViolationsAsRendered, todayDe } from './portal-helpers';

const accountNav = (page: Page) => page.getByRole('navigation', { name: 'Benutzerkonto' });
const portalNav = (page: Page) => page.getByRole('navigation', { name: 'Portal-Navigation' });

/** The status counts on the dashboard: label → number. */
async function statusCounts(page: Page): Promise<Map<string, number>> {
	const links = page.locator('section[aria-labelledby="status-heading"] ul a');
	const out = new Map<string, number>();
	for (const text of await links.allTextContents()) {
		const hit = /^\s*([\d.]+)\s+(.+?)\s*$/.exec(text);
		if (hit) out.set(hit[2]!, Number(hit[1]!.replace(/\./g, '')));
	}
	return out;
}

describe('a provider works from the portal dashboard', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('shows "Anmelden" to visitors and "Portal" and "Abmelden" once signed in', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto('/');
		await expect
			.poll(() => accountNav(page).getByRole('link').allTextContents())
			.toEqual([expect.stringContaining('Anmelden')]);
		await accountNav(page).getByRole('link', { name: 'Anmelden' }).click();
		await page.waitForURL('**/anmelden');

		await signIn(page, accounts().providerA);
		await page.goto('/angebote');
		const nav = accountNav(page);
		expect(await nav.getByRole('link', { name: 'Portal' }).getAttribute('href')).toBe('/portal');
		expect(await nav.getByRole('link', { name: 'Anmelden' }).count()).toBe(0);
		expect(await nav.getByRole('link', { name: 'Verwaltung' }).count()).toBe(0);
		await expectNoAxeViolations(page);

		await nav.getByRole('button', { name: 'Abmelden' }).click();
		await page.waitForURL('**/anmelden');
		await expect
			.poll(() => accountNav(page).getByRole('link', { name: 'Anmelden' }).count())
			.toBe(1);
		const res = await page.goto('/portal');
		expect(new URL(page.url()).pathname).toBe('/anmelden');
		expect(res?.status()).toBe(200);
		await context.close();
	});

	it('sees the institution and the offers by status, and filters the list', async () => {
		const a = accounts().providerA;
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, a);
		expect(new URL(page.url()).pathname).toBe('/portal');
		expect(await page.locator('main h1').count()).toBe(1);
		expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');

		// Portal navigation: the overview is the current page; the institution is listed.
		const nav = portalNav(page);
		expect(await nav.getByRole('link', { name: 'Übersicht' }).getAttribute('aria-current')).toBe(
			'page'
		);
		expect(await nav.getByRole('link', { name: a.institution.name }).getAttribute('href')).toBe(
			`/portal/einrichtungen/${a.institution.slug}`
		);
		expect(await nav.getByRole('link', { name: 'Verwaltung' }).count()).toBe(0);

		// My institution with my role and a link to its profile.
		const card = page.locator('section[aria-labelledby="institutions-heading"]');
		expect(await card.getByRole('link', { name: a.institution.name }).getAttribute('href')).toBe(
			`/portal/einrichtungen/${a.institution.slug}`
		);
		expect(await card.textContent()).toContain('Ihre Rolle: Leitung');

		const counts = await statusCounts(page);
		expect([...counts.keys()]).toEqual([
			'Änderungen erbeten',
			'Entwürfe',
			'In Prüfung',
			'Änderung in Prüfung',
			'Veröffentlicht',
			'Abgelehnt',
			'Archiviert'
		]);
		const total = [...counts.values()].reduce((s, n) => s + n, 0);
		const published = counts.get('Veröffentlicht')!;
		expect(published).toBeGreaterThan(0);
		expect(
			await page
				.getByRole('link', { name: `Alle Angebote (${total.toLocaleString('de-DE')})` })
				.count()
		).toBe(1);
		await expectNoAxeViolations(page);

		// The count leads to the list filtered by that status, with as many rows.
		await page
			.locator('section[aria-labelledby="status-heading"]')
			.getByRole('link', { name: /Veröffentlicht/ })
			.click();
		await page.waitForURL((u) => u.pathname === '/portal/angebote');
		expect(new URL(page.url()).searchParams.get('status')).toBe('published');
		expect(await page.locator('#results-heading').textContent()).toContain(`${published} Angebot`);
		const rows = page.locator('table tbody tr');
		expect(await rows.count()).toBe(Math.min(published, 50));
		for (const status of await rows.locator('td:nth-child(3)').allTextContents()) {
			expect(status).toContain('Veröffentlicht');
		}
		expect(await page.locator('table caption').textContent()).toContain('Seite 1 von 1');
		expect(
			await portalNav(page)
				.getByRole('link', { name: 'Angebote', exact: true })
				.getAttribute('aria-current')
		).toBe('page');
		await expectNoAxeViolations(page);

		// Text filter on the title (case ignored), combined with the status filter.
		const firstTitle = (await rows.first().locator('th').textContent())!.trim();
		const word = firstTitle.split(/\s+/).find((w) => w.length >= 5) ?? firstTitle;
		await page.getByLabel('Titel enthält').fill(word.toUpperCase());
		await page.getByRole('button', { name: 'Filter anwenden' }).click();
		await page.waitForURL((u) => u.searchParams.get('q') === word.toUpperCase());
		expect(new URL(page.url()).searchParams.get('status')).toBe('published');
		const titles = await page.locator('table tbody th').allTextContents();
		expect(titles.length).toBeGreaterThan(0);
		for (const t of titles) expect(t.toLowerCase()).toContain(word.toLowerCase());
		// Every title links to the editor.
		expect(await page.locator('table tbody th a').first().getAttribute('href')).toMatch(
			/^\/portal\/angebote\/[0-9a-f-]{36}$/
		);

		// A filter that matches nothing shows an empty state with a way out.
		await page.getByLabel('Titel enthält').fill('gibt-es-sicher-nicht-xyz');
		await page.getByRole('button', { name: 'Filter anwenden' }).click();
		await page.waitForURL((u) => u.searchParams.get('q') === 'gibt-es-sicher-nicht-xyz');
		expect(await page.locator('main').textContent()).toContain('Keine passenden Angebote');
		expect(
			await page.getByRole('link', { name: 'Neues Angebot anlegen' }).getAttribute('href')
		).toBe('/portal/angebote/neu');
		await expectNoAxeViolations(page);
		await context.close();
	});

	/** Signs in without JavaScript and returns the first offer under "Bitte prüfen", if any. */
	async function dashboardWithoutJs(account: E2eAccount) {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await signIn(page, account);
		const first = page.locator('section[aria-labelledby="check-heading"] li').first();
		const href = (await first.count())
			? await first.locator('a').first().getAttribute('href')
			: null;
		return { context, page, href };
	}

	it('confirms an offer that needs re-checking with one click, without JavaScript', async () => {
		// The demo data leaves about a quarter of all offers stale; A or B has one to check.
		let run = await dashboardWithoutJs(accounts().providerA);
		if (!run.href) {
			await run.context.close();
			run = await dashboardWithoutJs(accounts().providerB);
		}
		const { context, page, href } = run;
		expect(href, 'no offer to re-check for provider A or B').toMatch(
			/^\/portal\/angebote\/[0-9a-f-]{36}$/
		);
		const section = page.locator('section[aria-labelledby="check-heading"]');
		const item = section.locator('li', { has: page.locator(`a[href="${href}"]`) });
		expect(await item.textContent()).toMatch(/Zuletzt geprüft: (\d+\. \S+ \d{4}|nie)/);
		expect((await item.locator('.kern-badge').textContent())?.trim()).toMatch(
			/^((Veraltet (seit|ab)|Öffentlich ausgeblendet seit) \d+\. \S+ \d{4}|Veraltet)$/
		);
		await expectNoAxeViolationsAsRendered(browser, page);

		await item.getByRole('button', { name: /^Noch aktuell/ }).click();
		await page.waitForLoadState();
		expect(await page.getByRole('status').textContent()).toContain('ist als aktuell bestätigt');
		expect(await section.locator(`a[href="${href}"]`).count()).toBe(0);
		await expectNoAxeViolationsAsRendered(browser, page);

		// The list shows today as "zuletzt geprüft".
		const id = href!.split('/').pop()!;
		await page.goto('/portal/angebote?status=published');
		let row = page.locator('tr', { has: page.locator(`a[href="/portal/angebote/${id}"]`) });
		for (let p = 2; (await row.count()) === 0 && p <= 5; p++) {
			await page.goto(`/portal/angebote?status=published&page=${p}`);
			row = page.locator('tr', { has: page.locator(`a[href="/portal/angebote/${id}"]`) });
		}
		expect(await row.locator('td:nth-child(4)').textContent()).toContain(todayDe());
		await context.close();
	});

	it('points staff without an institution to the back office', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().coordinator);
		await page.goto('/portal');
		const main = page.locator('main');
		expect(await main.textContent()).toContain('Sie arbeiten für das Bildungsbüro');
		expect(await main.getByRole('link', { name: 'Zur Verwaltung' }).getAttribute('href')).toBe(
			'/admin'
		);
		expect(
			await portalNav(page).getByRole('link', { name: 'Verwaltung' }).getAttribute('href')
		).toBe('/admin');
		expect(await accountNav(page).getByRole('link', { name: 'Verwaltung' }).count()).toBe(1);
		await expectNoAxeViolations(page);

		await page.goto('/portal/angebote');
		expect(await page.locator('main').textContent()).toContain('Zur Verwaltung');
		await expectNoAxeViolations(page);
		await context.close();
	});
});
