/**
 * Who may enter the back office: nobody signed out, no provider; coordinators
 * everything but the outbox (and the settings); admins everything. Also the
 * quality checks and the outbox as their users see them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	accounts,
	baseUrl,
	expectNoAxeViolations,
	launchBrowser,
	newContext,
	signIn
} from '../helpers';

const NAV = 'Bereiche des Bildungsbüros';

describe('the back office', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('sends people who are not signed in to the sign-in page', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/admin/pruefung');
		expect(new URL(page.url()).pathname).toBe('/anmelden');
		await context.close();
	});

	it('turns providers away with a clear message', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().providerA);
		for (const path of ['/admin', '/admin/pruefung', '/admin/protokoll', '/admin/qualitaet']) {
			const res = await page.goto(path);
			expect(res?.status(), path).toBe(403);
			expect(await page.locator('main').textContent()).toContain('dem Bildungsbüro vorbehalten');
		}
		await expectNoAxeViolations(page);

		// Posting a decision directly is refused as well, and changes nothing.
		const staff = await newContext(browser);
		const staffPage = await staff.newPage();
		await signIn(staffPage, accounts().coordinator);
		await staffPage.goto('/admin/pruefung');
		const href = await staffPage.locator('table.queue tbody th a').first().getAttribute('href');
		const offerId = href!.split('/').pop()!;
		for (const [path, form] of [
			[`/admin/pruefung/${offerId}?/approve`, { comment: '' }],
			['/admin/pruefung?/bulk', { ids: offerId, confirm: '1' }]
		] as const) {
			const res = await page.request.post(path, { form, headers: { origin: baseUrl() } });
			expect(res.status(), path).toBe(403);
		}
		await staffPage.reload();
		expect(await staffPage.locator(`table.queue tbody th a[href$="${offerId}"]`).count()).toBe(1);
		await staff.close();
		await context.close();
	});

	it('lets coordinators see the quality checks but not the outbox', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().coordinator);

		await page.goto('/admin/qualitaet');
		const nav = page.getByRole('navigation', { name: NAV });
		expect(await nav.getByRole('link', { name: 'Qualität' }).getAttribute('aria-current')).toBe(
			'page'
		);
		expect(await nav.getByRole('link', { name: 'Postausgang' }).count()).toBe(0);
		for (const heading of [
			'Mögliche Doppelungen',
			'Lange nicht bestätigt',
			'Fehlende empfohlene Angaben',
			'Alle Termine vorbei'
		]) {
			expect(await page.getByRole('heading', { name: heading }).count(), heading).toBe(1);
		}
		// Seeded data has stale offers (a quarter is older than six months); each links to its editor.
		const stale = page.locator('section[aria-labelledby="stale"] tbody a');
		expect(await stale.count()).toBeGreaterThan(0);
		expect(await stale.first().getAttribute('href')).toMatch(/^\/portal\/angebote\/[0-9a-f-]{36}$/);
		await expectNoAxeViolations(page);

		// A quarter of the seeded offers is older than six months: far more than the 20 shown.
		const section = page.locator('section[aria-labelledby="stale"]');
		expect(await section.textContent()).toMatch(/20 von \d+ angezeigt/);
		await section.getByRole('link', { name: /^Alle \d+ anzeigen$/ }).click();
		await page.waitForURL((u) => u.searchParams.get('all') === 'stale');
		expect(await stale.count()).toBeGreaterThan(20);

		const res = await page.goto('/admin/postausgang');
		expect(res?.status()).toBe(403);
		expect(await page.locator('main').textContent()).toContain('Administratorinnen');
		await context.close();
	});

	it('shows admins the outbox and every section', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().admin);
		await page.goto('/admin/outbox');
		expect(new URL(page.url()).pathname).toBe('/admin/postausgang');
		expect(await page.locator('h1').textContent()).toBe('Postausgang');
		const nav = page.getByRole('navigation', { name: NAV });
		const labels = await nav.getByRole('link').allTextContents();
		expect(labels.map((l) => l.trim())).toEqual([
			'Übersicht',
			'Prüfung',
			'Qualität',
			'Einrichtungen',
			'Benutzer',
			'Einladungen',
			'Seiten',
			'Protokoll',
			'Postausgang',
			'Einstellungen'
		]);
		await expectNoAxeViolations(page);
		expect((await page.goto('/admin/postausgang/not-a-uuid'))?.status()).toBe(404);
		await context.close();
	});

	it('works without JavaScript and in English', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await signIn(page, accounts().coordinator);
		for (const [path, h1] of [
			['/admin', 'Übersicht des Bildungsbüros'],
			['/admin/pruefung', 'Prüfung'],
			['/admin/qualitaet', 'Qualitätsprüfungen'],
			['/admin/protokoll', 'Protokoll'],
			['/en/admin/pruefung', 'Review']
		] as const) {
			const res = await page.goto(path);
			expect(res?.status(), path).toBe(200);
			expect((await page.locator('h1').textContent())?.trim(), path).toBe(h1);
		}
		// A bad filter is explained at the field, not answered with an error page.
		const res = await page.goto('/admin/protokoll?from=2026-13-45');
		expect(res?.status()).toBe(200);
		expect(await page.getByRole('alert').textContent()).toContain('JJJJ-MM-TT');
		expect(await page.getByLabel('Von (Datum)').getAttribute('aria-invalid')).toBe('true');
		expect((await page.goto('/admin/pruefung/123'))?.status()).toBe(404);
		await context.close();
	});
});
