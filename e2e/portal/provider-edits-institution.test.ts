/**
 * A provider (manager of institution A) keeps the institution's profile
 * current: a wrong postal code is refused with a message at the field and
 * nothing is saved; opening hours are added and removed without JavaScript and
 * show on the public page. Provider B may neither see nor change A's profile.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	accounts,
	baseUrl,
	expectNoAxeViolations,
	launchBrowser,
	newContext,
	signIn
} from '../helpers';
import { expectNoAxeViolationsAsRendered } from './portal-helpers';

const hoursRows = (page: Page) => page.locator('fieldset.hours-row');

/** Days of the opening-hours rows on the public institution page. */
async function publicHoursDays(page: Page, slug: string): Promise<string[]> {
	await page.goto(`/einrichtungen/${slug}`);
	return (
		await page.locator('section[aria-labelledby="inst-hours"] tbody th').allTextContents()
	).map((t) => t.trim());
}

describe('a provider edits the institution profile', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('shows the form to a manager, with links to the public page, team and API tokens', async () => {
		const a = accounts().providerA;
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, a);
		await page.goto(`/portal/einrichtungen/${a.institution.slug}`);
		expect(await page.locator('main h1').textContent()).toBe(a.institution.name);
		expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe(a.institution.name);
		const main = page.locator('main');
		expect(
			await main.getByRole('link', { name: 'Öffentliche Seite ansehen' }).getAttribute('href')
		).toBe(`/einrichtungen/${a.institution.slug}`);
		expect(
			await main.getByRole('link', { name: 'Team und Einladungen' }).getAttribute('href')
		).toBe(`/portal/einrichtungen/${a.institution.slug}/team`);
		expect(await main.getByRole('link', { name: 'API-Tokens' }).getAttribute('href')).toBe(
			`/portal/einrichtungen/${a.institution.slug}/api-tokens`
		);
		const navLink = page
			.getByRole('navigation', { name: 'Portal-Navigation' })
			.getByRole('link', { name: a.institution.name });
		expect(await navLink.getAttribute('aria-current')).toBe('page');
		await expectNoAxeViolations(page);
		await context.close();
	});

	it('refuses a bad postal code without saving, then adds and removes opening hours (no JavaScript)', async () => {
		const a = accounts().providerA;
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await signIn(page, a);
		const profile = `/portal/einrichtungen/${a.institution.slug}`;
		await page.goto(profile);
		const postal = page.getByLabel('Postleitzahl');
		const originalPostal = await postal.inputValue();
		const originalStreet = await page.getByLabel('Straße und Hausnummer').inputValue();
		const daysBefore = await publicHoursDays(page, a.institution.slug);

		// 1. A four-digit postal code: error summary, message at the field, nothing saved.
		await page.goto(profile);
		await page.getByLabel('Straße und Hausnummer').fill('Geänderte Straße 99');
		await page.getByLabel('Postleitzahl').fill('3822');
		await page.getByRole('button', { name: 'Profil speichern' }).click();
		await page.waitForLoadState();
		const summary = page.locator('#error-summary');
		expect(await summary.textContent()).toContain('Bitte eine fünfstellige Postleitzahl angeben.');
		expect(await summary.getByRole('link').first().getAttribute('href')).toBe('#inst-postalCode');
		expect(await postal.getAttribute('aria-invalid')).toBe('true');
		expect(await postal.getAttribute('aria-describedby')).toContain('inst-postalCode-error');
		expect(await page.locator('#inst-postalCode-error').textContent()).toContain(
			'fünfstellige Postleitzahl'
		);
		// What was typed stays in the form.
		expect(await postal.inputValue()).toBe('3822');
		expect(await page.getByLabel('Straße und Hausnummer').inputValue()).toBe('Geänderte Straße 99');
		await expectNoAxeViolationsAsRendered(browser, page);

		await page.goto(profile);
		expect(await postal.inputValue()).toBe(originalPostal);
		expect(await page.getByLabel('Straße und Hausnummer').inputValue()).toBe(originalStreet);

		// 2. Add an opening-hours row (a server round trip), fill it and save.
		const rowsBefore = await hoursRows(page).count();
		await page.getByRole('button', { name: 'Weitere Öffnungszeit hinzufügen' }).click();
		await page.waitForLoadState();
		expect(await hoursRows(page).count()).toBe(rowsBefore + 1);
		expect(new URL(page.url()).hash).toBe('#inst-hours');
		const i = rowsBefore;
		await page.locator(`#inst-hours-${i}-days`).fill('Sa');
		await page.locator(`#inst-hours-${i}-opens`).fill('10:00');
		await page.locator(`#inst-hours-${i}-closes`).fill('12:30');
		await expectNoAxeViolationsAsRendered(browser, page);
		await page.getByRole('button', { name: 'Profil speichern' }).click();
		await page.waitForURL((u) => u.searchParams.get('saved') === '1');
		expect(await page.getByRole('status').textContent()).toContain('Das Profil ist gespeichert');
		expect(await page.locator(`#inst-hours-${i}-days`).inputValue()).toBe('Sa');
		expect(await publicHoursDays(page, a.institution.slug)).toEqual([...daysBefore, 'Sa']);

		// 3. Remove it again: the row goes at once, and is gone for good after saving.
		await page.goto(profile);
		await page.getByRole('button', { name: `Öffnungszeit ${i + 1} entfernen` }).click();
		await page.waitForLoadState();
		expect(await hoursRows(page).count()).toBe(rowsBefore);
		await page.getByRole('button', { name: 'Profil speichern' }).click();
		await page.waitForURL((u) => u.searchParams.get('saved') === '1');
		expect(await publicHoursDays(page, a.institution.slug)).toEqual(daysBefore);
		await context.close();
	});

	it('gives provider B a 403 on A’s profile and token page, also for a direct POST', async () => {
		const { providerA: a, providerB: b } = accounts();
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, b);
		for (const path of [
			`/portal/einrichtungen/${a.institution.slug}`,
			`/portal/einrichtungen/${a.institution.slug}/api-tokens`
		]) {
			const res = await page.goto(path);
			expect(res?.status(), path).toBe(403);
			expect(await page.locator('main').textContent()).not.toContain('Profil speichern');
			await expectNoAxeViolations(page);
		}
		const res = await page.request.post(`/portal/einrichtungen/${a.institution.slug}?/save`, {
			headers: { origin: baseUrl() },
			form: { name: 'Übernommen von B', type: 'verein', street: 'Weg 1', postalCode: '38226' }
		});
		expect(res.status()).toBe(403);
		await page.goto(`/einrichtungen/${a.institution.slug}`);
		expect(await page.locator('main h1').textContent()).toBe(a.institution.name);

		const unknown = await page.goto('/portal/einrichtungen/gibt-es-nicht');
		expect(unknown?.status()).toBe(404);
		await context.close();
	});

	it('lets staff open any institution profile', async () => {
		const a = accounts().providerA;
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().coordinator);
		const res = await page.goto(`/portal/einrichtungen/${a.institution.slug}`);
		expect(res?.status()).toBe(200);
		expect(await page.locator('main').textContent()).toContain('Ihre Rolle: Bildungsbüro');
		expect(await page.getByRole('button', { name: 'Profil speichern' }).count()).toBe(1);
		await context.close();
	});
});
