/**
 * A coordinator creates an institution — first with a bad postal code, which
 * the form reports at the field and in the summary while keeping every value —
 * adds and removes opening-hours rows, then edits the profile; the public page
 * shows the change. The same form works without JavaScript.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, expectNoAxeViolations, launchBrowser, newContext, signIn } from '../helpers';

const unique = Date.now().toString(36);
const NAME = `Lernwerkstatt Testfeld ${unique}`;

const h1 = async (page: Page) => (await page.locator('main h1').innerText()).trim();

describe('a coordinator manages institutions', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('finds institutions with their offers and members', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().coordinator);
		await page.goto('/admin/einrichtungen');
		expect(await h1(page)).toBe('Einrichtungen verwalten');
		await expectNoAxeViolations(page);

		const a = accounts().providerA.institution;
		await page.getByLabel('Name enthält').fill(a.name);
		await page.getByRole('button', { name: 'Filter anwenden' }).click();
		await page.waitForURL((u) => u.searchParams.get('q') === a.name);
		const row = page.locator('tbody tr', { has: page.getByRole('link', { name: a.name }) });
		await expect.poll(() => row.count()).toBe(1);
		// providerA is a manager of institution A: at least one member.
		const members = Number((await row.locator('td').nth(3).innerText()).trim());
		expect(members).toBeGreaterThanOrEqual(1);
		await expectNoAxeViolations(page);

		await row.getByRole('link', { name: a.name }).click();
		await page.waitForURL((u) => u.pathname === `/admin/einrichtungen/${a.slug}`);
		expect(await h1(page)).toBe(a.name);
		const memberLink = page
			.locator('#inst-members')
			.locator('..')
			.getByRole('link', { name: 'anbieter-a', exact: true });
		expect(await memberLink.getAttribute('href')).toMatch(/^\/admin\/benutzer\/[0-9a-f-]{36}$/);
		expect(
			await page
				.getByRole('link', { name: 'Team und Einladungen der Einrichtung' })
				.getAttribute('href')
		).toBe(`/portal/einrichtungen/${a.slug}/team`);
		expect(
			await page
				.getByRole('link', { name: 'Öffentliche Seite der Einrichtung' })
				.getAttribute('href')
		).toBe(`/einrichtungen/${a.slug}`);
		await expectNoAxeViolations(page);
		await context.close();
	});

	it('creates an institution after fixing a bad field, then edits it', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().coordinator);
		await page.goto('/admin/einrichtungen');
		await page.getByRole('link', { name: 'Neue Einrichtung anlegen' }).click();
		await page.waitForURL((u) => u.pathname === '/admin/einrichtungen/neu');
		await expectNoAxeViolations(page);

		await page.getByLabel('Name', { exact: true }).fill(NAME);
		await page.getByLabel('Art der Einrichtung').selectOption('verein');
		await page.getByLabel('Straße und Hausnummer').fill('Am Testweg 1');
		await page.getByLabel('Postleitzahl').fill('3822');
		await page.getByLabel('Stadtteil').selectOption('lebenstedt');
		const row1 = page.getByRole('group', { name: 'Öffnungszeit 1' });
		await row1.getByLabel('Tage').fill('Mo–Fr');
		await row1.getByLabel('Von').fill('08:00');
		await row1.getByLabel('Bis').fill('16:00');
		await page.getByRole('checkbox', { name: 'Türkisch' }).check();

		// A second row: the server re-renders the form with every value kept.
		await page.getByRole('button', { name: 'Weitere Öffnungszeit hinzufügen' }).click();
		await expect.poll(() => page.getByRole('group', { name: /^Öffnungszeit \d$/ }).count()).toBe(2);
		expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe(NAME);
		expect(await page.getByLabel('Postleitzahl').inputValue()).toBe('3822');
		expect(await page.getByRole('checkbox', { name: 'Türkisch' }).isChecked()).toBe(true);
		const row2 = page.getByRole('group', { name: 'Öffnungszeit 2' });
		await row2.getByLabel('Tage').fill('Sa');
		await row2.getByLabel('Von').fill('09:00');
		await row2.getByLabel('Bis').fill('12:00');

		await page.getByRole('button', { name: 'Einrichtung anlegen' }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Eingaben' });
		await summary.waitFor();
		const summaryLink = summary.getByRole('link', { name: /fünfstellige Postleitzahl/ });
		expect(await summaryLink.getAttribute('href')).toBe('#inst-postalCode');
		const postal = page.getByLabel('Postleitzahl');
		expect(await postal.getAttribute('aria-invalid')).toBe('true');
		const describedBy = (await postal.getAttribute('aria-describedby'))!;
		expect(await page.locator(`#${describedBy}`).innerText()).toContain(
			'fünfstellige Postleitzahl'
		);
		expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe(NAME);
		expect(await row2.getByLabel('Tage').inputValue()).toBe('Sa');
		await expectNoAxeViolations(page);

		await postal.fill('38226');
		await page.getByRole('button', { name: 'Einrichtung anlegen' }).click();
		await page.waitForURL((u) => u.searchParams.has('angelegt'));
		const slug = new URL(page.url()).pathname.split('/').at(-1)!;
		expect(await h1(page)).toBe(NAME);
		expect(await page.getByRole('status').innerText()).toContain('Die Einrichtung wurde angelegt.');
		await expectNoAxeViolations(page);

		// Edit: a phone number, and the Saturday row goes.
		await page.getByLabel('Telefon').fill('05341 839-0');
		await page.getByRole('button', { name: 'Öffnungszeit 2 entfernen' }).click();
		await expect.poll(() => page.getByRole('group', { name: /^Öffnungszeit \d$/ }).count()).toBe(1);
		expect(await page.getByLabel('Telefon').inputValue()).toBe('05341 839-0');
		await page.getByRole('button', { name: 'Speichern', exact: true }).click();
		await page.waitForURL((u) => u.searchParams.has('gespeichert'));
		expect(await page.getByRole('status').innerText()).toContain('Gespeichert.');

		await page.goto(`/einrichtungen/${slug}`);
		const text = await page.locator('main').innerText();
		expect(text).toContain(NAME);
		expect(text).toContain('05341 839-0');
		expect(text).toContain('Mo–Fr');
		expect(text).not.toContain('09:00');
		await context.close();
	});

	it('keeps every value when adding a row without JavaScript, and Enter saves', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await signIn(page, accounts().coordinator);
		await page.goto('/admin/einrichtungen');
		expect(await h1(page)).toBe('Einrichtungen verwalten');
		await page.goto('/admin/einrichtungen/neu');
		const name = `${NAME} ohne JS`;
		await page.getByLabel('Name', { exact: true }).fill(name);
		await page.getByLabel('Art der Einrichtung').selectOption('bibliothek');
		await page.getByLabel('Straße und Hausnummer').fill('Bücherweg 2');
		await page.getByLabel('Postleitzahl').fill('38259');
		await page.getByLabel('Stadtteil').selectOption('salder');
		await page.getByRole('button', { name: 'Weitere Öffnungszeit hinzufügen' }).click();
		await page.waitForLoadState();
		expect(await page.getByRole('group', { name: /^Öffnungszeit \d$/ }).count()).toBe(2);
		expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe(name);
		expect(await page.getByLabel('Stadtteil').inputValue()).toBe('salder');
		await page.getByRole('button', { name: 'Öffnungszeit 1 entfernen' }).click();
		await page.waitForLoadState();
		expect(await page.getByRole('group', { name: /^Öffnungszeit \d$/ }).count()).toBe(1);

		// Enter in a text field saves (not "remove row"): blank rows are left out.
		await page.getByLabel('Name', { exact: true }).press('Enter');
		await page.waitForURL((u) => u.searchParams.has('angelegt'));
		expect(await h1(page)).toBe(name);
		await context.close();
	});
});
