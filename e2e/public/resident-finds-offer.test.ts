/**
 * A resident looks for a swimming course for their child: searches, narrows
 * the results to their district and to free offers, opens one and takes its
 * dates into their calendar — with the mouse, with the keyboard alone, and
 * with JavaScript switched off.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	baseUrl,
	expectNoAxeViolations,
	expectNoAxeViolationsAt,
	launchBrowser,
	newContext
} from '../helpers';

const SEARCH = 'Schwimmkurse';

/** The calendar file's text, unfolded and unescaped (RFC 5545). */
async function icsText(download: Download): Promise<string> {
	const file = await download.path();
	const raw = await readFile(file, 'utf8');
	return raw.replace(/\r?\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1');
}

function expectCalendarOf(ics: string, title: string) {
	expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
	expect(ics).toContain(title);
}

/** Presses Tab until the focused element matches, like a keyboard user looking for it. */
async function tabTo(page: Page, matches: string, max = 150): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const found = await page.evaluate(
			(selector) => document.activeElement?.matches(selector) ?? false,
			matches
		);
		if (found) return;
	}
	throw new Error(`Mit der Tabulatortaste nicht erreichbar: ${matches}`);
}

/**
 * Starting vitest re-syncs .svelte-kit/generated; a dev server on the same
 * checkout (E2E_BASE_URL) then reloads its open pages. Keep one page open
 * until it has been quiet for a few seconds, so the journeys are not cut off.
 */
async function settleDevServer(browser: Browser): Promise<void> {
	const context = await newContext(browser);
	const page = await context.newPage();
	let lastLoad = Date.now();
	page.on('load', () => (lastLoad = Date.now()));
	await page.goto('/angebote');
	const deadline = Date.now() + 20_000;
	while (Date.now() - lastLoad < 4000 && Date.now() < deadline) await page.waitForTimeout(250);
	await context.close();
}

/** The first result whose title is a swimming course. */
const swimmingResult = (page: Page) =>
	page
		.locator('.finder__list h3 a')
		.filter({ hasText: /schwimm/i })
		.first();

describe('a resident finds a free swimming course in Lebenstedt', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
		if (process.env.E2E_BASE_URL) await settleDevServer(browser);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('searches, narrows by district and cost, opens an offer and downloads its dates', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto('/angebote');
		await expect.poll(() => page.locator('main h1').count()).toBe(1);
		await expectNoAxeViolations(page);

		await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill(SEARCH);
		await page.getByRole('button', { name: 'Suchen' }).click();
		await page.waitForURL(/[?&]q=Schwimmkurse/);
		await expect.poll(() => swimmingResult(page).count()).toBe(1);
		await expectNoAxeViolations(page);

		await page.getByRole('checkbox', { name: /^Lebenstedt \(\d+\)/ }).check();
		await page.waitForURL(/[?&]district=lebenstedt/);
		await page.getByRole('checkbox', { name: /^Kostenlos \(\d+\)/ }).check();
		await page.waitForURL(/[?&]free=1/);
		expect(page.url()).toMatch(/[?&]q=Schwimmkurse/);
		await expect
			.poll(() => page.getByRole('link', { name: /Kostenlos – Filter entfernen/ }).count())
			.toBe(1);
		await expect.poll(() => swimmingResult(page).count()).toBe(1);
		await expectNoAxeViolations(page);

		const title = (await swimmingResult(page).innerText()).trim();
		await swimmingResult(page).click();
		await page.waitForURL(/\/angebote\/[a-z0-9-]+$/);
		expect((await page.locator('main h1').innerText()).trim()).toBe(title);
		await expectNoAxeViolations(page);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('a[download][href$="/kalender.ics"]').click()
		]);
		expectCalendarOf(await icsText(download), title);

		// The back button returns to the narrowed search.
		await page.goBack();
		await page.waitForURL(/[?&]free=1/);
		expect(await page.getByRole('checkbox', { name: /^Kostenlos/ }).isChecked()).toBe(true);
		await context.close();
	});

	it('works with the keyboard alone', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto('/angebote');
		await expect.poll(() => page.locator('main h1').count()).toBe(1);

		await tabTo(page, 'input[name="q"]');
		await page.keyboard.type(SEARCH);
		await page.keyboard.press('Enter');
		await page.waitForURL(/[?&]q=Schwimmkurse/);

		await tabTo(page, 'input[name="district"][value="lebenstedt"]');
		await page.keyboard.press('Space');
		await page.waitForURL(/[?&]district=lebenstedt/);
		// Focus stays on the checkbox while the results update.
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
			'lebenstedt'
		);

		await tabTo(page, 'input[name="free"]');
		await page.keyboard.press('Space');
		await page.waitForURL(/[?&]free=1/);
		await expectNoAxeViolations(page);

		await expect.poll(() => swimmingResult(page).count()).toBe(1);
		const title = (await swimmingResult(page).innerText()).trim();
		const href = await swimmingResult(page).getAttribute('href');
		await tabTo(page, `.finder__list a[href="${href}"]`);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/angebote\/[a-z0-9-]+$/);
		expect((await page.locator('main h1').innerText()).trim()).toBe(title);
		await expectNoAxeViolations(page);

		await tabTo(page, 'a[download][href$="/kalender.ics"]');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.keyboard.press('Enter')
		]);
		expectCalendarOf(await icsText(download), title);
		await context.close();
	});

	it('works without JavaScript', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/angebote');
		await expectNoAxeViolationsAt(browser, page.url());

		await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill(SEARCH);
		await page.getByRole('button', { name: 'Suchen' }).click();
		await page.waitForURL(/[?&]q=Schwimmkurse/);
		expect(await swimmingResult(page).count()).toBe(1);

		await page.getByRole('checkbox', { name: /^Lebenstedt \(\d+\)/ }).check();
		await page.getByRole('checkbox', { name: /^Kostenlos \(\d+\)/ }).check();
		await page.getByRole('button', { name: 'Filter anwenden' }).click();
		await page.waitForURL(/[?&]free=1/);
		expect(page.url()).toMatch(/[?&]district=lebenstedt/);
		expect(page.url()).toMatch(/[?&]q=Schwimmkurse/);
		expect(await page.getByRole('checkbox', { name: /^Kostenlos/ }).isChecked()).toBe(true);
		expect(await swimmingResult(page).count()).toBe(1);
		await expectNoAxeViolationsAt(browser, page.url());

		const title = (await swimmingResult(page).innerText()).trim();
		await swimmingResult(page).click();
		await page.waitForURL(/\/angebote\/[a-z0-9-]+$/);
		expect((await page.locator('main h1').innerText()).trim()).toBe(title);
		await expectNoAxeViolationsAt(browser, page.url());

		const icsHref = await page.locator('a[download][href$="/kalender.ics"]').getAttribute('href');
		expect(icsHref).toBeTruthy();
		const res = await fetch(new URL(icsHref!, baseUrl()));
		expect(res.status).toBe(200);
		const ics = (await res.text()).replace(/\r?\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1');
		expectCalendarOf(ics, title);
		await context.close();
	});
});
