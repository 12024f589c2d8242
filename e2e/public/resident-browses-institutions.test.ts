/**
 * A resident looks for an institution near home: from the home page to the
 * directory, narrows it by type and district, opens a profile and finds the
 * institution's offers there — with JavaScript and without.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	expectNoAxeViolations,
	expectNoAxeViolationsAt,
	launchBrowser,
	newContext
} from '../helpers';

/** "Volkshochschule (12)" → 12 */
const countIn = (label: string) =>
	Number(/\((\d[\d.]*)\)\s*$/.exec(label.trim())?.[1]?.replace(/\./g, '') ?? 0);

/** The type checkbox with the most institutions; returns its value. */
async function checkLargestType(page: Page): Promise<string> {
	const boxes = page.locator('input[name="type"]');
	let best = { value: '', count: -1 };
	for (let i = 0; i < (await boxes.count()); i++) {
		const box = boxes.nth(i);
		const id = await box.getAttribute('id');
		const count = countIn(await page.locator(`label[for="${id}"]`).innerText());
		if (count > best.count) best = { value: (await box.getAttribute('value')) ?? '', count };
	}
	expect(best.count).toBeGreaterThan(0);
	await page.locator(`input[name="type"][value="${best.value}"]`).check();
	return best.value;
}

/** Selects the district with the most institutions (counts already respect the type filter). */
async function selectLargestDistrict(page: Page): Promise<string> {
	const options = await page
		.locator('select[name="district"] option')
		.evaluateAll((els) =>
			els.map((e) => ({ value: (e as HTMLOptionElement).value, label: e.textContent ?? '' }))
		);
	const best = options
		.filter((o) => o.value !== '')
		.map((o) => ({ ...o, count: countIn(o.label) }))
		.sort((a, b) => b.count - a.count)[0];
	expect(best?.count).toBeGreaterThan(0);
	await page.getByLabel('Stadtteil', { exact: true }).selectOption(best!.value);
	return best!.value;
}

/** The first result card that lists at least one offer. */
const resultWithOffers = (page: Page) =>
	page
		.locator('.results .kern-card')
		.filter({ has: page.locator('li', { hasText: /^[1-9][\d.]* Angebot/ }) })
		.first()
		.locator('h3 a');

async function browse(page: Page, checkAxe: (page: Page) => Promise<void>) {
	await page.goto('/');
	await checkAxe(page);
	await page
		.getByRole('navigation', { name: 'Hauptnavigation' })
		.getByRole('link', { name: 'Einrichtungen' })
		.click();
	await page.waitForURL(/\/einrichtungen$/);
	expect((await page.locator('main h1').innerText()).trim()).toBe('Einrichtungen');
	await checkAxe(page);

	const type = await checkLargestType(page);
	await page.getByRole('button', { name: 'Filter anwenden' }).click();
	await page.waitForURL(new RegExp(`[?&]type=${type}`));
	expect(await page.locator(`input[name="type"][value="${type}"]`).isChecked()).toBe(true);

	const district = await selectLargestDistrict(page);
	await page.getByRole('button', { name: 'Filter anwenden' }).click();
	await page.waitForURL(new RegExp(`[?&]district=${district}`));
	expect(page.url()).toMatch(new RegExp(`[?&]type=${type}`));
	expect(await page.locator('#results-heading').innerText()).toMatch(
		/^\d+ Einrichtung(en)? gefunden$/
	);
	expect(await page.locator('.results .kern-card').count()).toBeGreaterThan(0);
	// Every active filter can be removed with one link.
	expect(await page.getByRole('link', { name: /Filter entfernen/ }).count()).toBe(2);
	await checkAxe(page);

	const link = resultWithOffers(page);
	expect(await link.count()).toBe(1);
	const name = (await link.innerText()).trim();
	await link.click();
	await page.waitForURL(/\/einrichtungen\/[a-z0-9-]+$/);
	expect((await page.locator('main h1').innerText()).trim()).toBe(name);
	const offers = page.locator('section[aria-labelledby="inst-offers"] a[href*="/angebote/"]');
	expect(await offers.count()).toBeGreaterThan(0);
	await checkAxe(page);
}

describe('a resident browses the institution directory', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('filters by type and district and opens an institution with its offers', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await browse(page, expectNoAxeViolations);
		await context.close();
	});

	it('works without JavaScript', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await browse(page, (p) => expectNoAxeViolationsAt(browser, p.url()));
		await context.close();
	});

	it('pages through long lists with numbered links', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/einrichtungen?pageSize=2');
		const pages = page.getByRole('navigation', { name: 'Seiten' });
		if ((await pages.count()) === 0) return; // fewer than three institutions in this data set
		expect(await pages.locator('a[aria-current="page"]').innerText()).toMatch(/1/);
		await pages.getByRole('link', { name: 'Nächste Seite' }).click();
		await page.waitForURL(/[?&]page=2/);
		expect(page.url()).toMatch(/[?&]pageSize=2/);
		expect(
			await page
				.getByRole('navigation', { name: 'Seiten' })
				.locator('a[aria-current="page"]')
				.innerText()
		).toMatch(/2/);
		await expectNoAxeViolationsAt(browser, page.url());
		await context.close();
	});

	it('answers an unknown institution with a 404 page in German', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		const response = await page.goto('/einrichtungen/gibt-es-nicht');
		expect(response?.status()).toBe(404);
		expect((await page.locator('main h1').innerText()).trim()).toBe('Seite nicht gefunden');
		await expectNoAxeViolations(page);
		await context.close();
	});
});
