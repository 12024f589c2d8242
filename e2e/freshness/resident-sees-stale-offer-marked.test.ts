/**
 * A resident browsing the finder can tell which offers were not confirmed for
 * a long time: their cards say "Angaben evtl. veraltet" (text, not colour
 * alone) and their page warns before the facts; fresh offers carry no mark.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext } from '../helpers';
import { isFresh, isStale, publicOffers, type PublicOffer } from './public-offers';

describe('a resident looking at an offer nobody confirmed for months', () => {
	let browser: Browser;
	let stale: PublicOffer;
	let fresh: PublicOffer;

	beforeAll(async () => {
		browser = await launchBrowser();
		const all = await publicOffers();
		// An institution with both a stale and a fresh offer, so one result list shows both.
		const byInstitution = new Map<string, PublicOffer[]>();
		for (const o of all) {
			byInstitution.set(o.institution.slug, [...(byInstitution.get(o.institution.slug) ?? []), o]);
		}
		for (const list of byInstitution.values()) {
			const s = list.find((o) => isStale(o));
			const f = list.find((o) => isFresh(o));
			if (s && f) {
				stale = s;
				fresh = f;
				break;
			}
		}
		expect(stale, 'the demo data has stale offers').toBeDefined();
	});
	afterAll(async () => {
		await browser?.close();
	});

	const card = (page: Page, o: PublicOffer) =>
		page.locator(`article:has(a[href="/angebote/${o.slug}"])`);

	it('sees the mark on the stale result and not on the fresh one', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(`/angebote?provider=${stale.institution.slug}&pageSize=100`);
		await expect.poll(() => card(page, stale).count()).toBe(1);
		const staleCard = (await card(page, stale).innerText()).replace(/\s+/g, ' ');
		expect(staleCard).toContain('Angaben evtl. veraltet');
		expect(staleCard).toMatch(/Zuletzt geprüft am \d{1,2}\. \p{L}+ \d{4}/u);
		const freshCard = await card(page, fresh).innerText();
		expect(freshCard).not.toContain('Angaben evtl. veraltet');
		expect(freshCard).toContain('Zuletzt geprüft am');
		await expectNoAxeViolations(page);
		await context.close();
	});

	it('is warned on the offer page, near the top and in the "zuletzt geprüft" row', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		const res = await page.goto(`/angebote/${stale.slug}`);
		expect(res?.status()).toBe(200);
		const notice = page.locator('#freshness-notice');
		expect(await notice.innerText()).toMatch(
			/Diese Angaben wurden seit dem \d{1,2}\. \p{L}+ \d{4} nicht bestätigt und sind vielleicht nicht mehr aktuell/u
		);
		// The notice comes before the facts and the description.
		const order = await page.evaluate(() => {
			const n = document.getElementById('freshness-notice');
			const d = document.getElementById('description-heading');
			return n && d ? n.compareDocumentPosition(d) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
		});
		expect(order).toBeTruthy();
		const row = page.locator('.kern-description-list-item', { hasText: 'Zuletzt geprüft' });
		expect(await row.innerText()).toContain('Angaben evtl. veraltet');
		await expectNoAxeViolations(page);

		await page.goto(`/angebote/${fresh.slug}`);
		expect(await page.locator('#freshness-notice').count()).toBe(0);
		const freshRow = page.locator('.kern-description-list-item', { hasText: 'Zuletzt geprüft' });
		expect(await freshRow.innerText()).not.toContain('Angaben evtl. veraltet');
		await context.close();
	});

	it('reads the same in English', async () => {
		const context = await newContext(browser, { locale: 'en-GB' });
		const page = await context.newPage();
		await page.goto(`/en/angebote/${stale.slug}`);
		expect(await page.locator('#freshness-notice').innerText()).toContain(
			'have not been confirmed since'
		);
		await expectNoAxeViolations(page);
		await context.close();
	});
});
