/**
 * A resident types what they mean — plural or singular, part of a compound
 * word, with a typo, without umlauts — and finds the offers, in the finder page
 * and through the API, on the real demo data.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoAxeViolations, launchBrowser, newContext } from '../helpers';

interface ApiItem {
	title: string;
	description: string;
	topics: string[];
}
interface ApiList {
	total: number;
	items: ApiItem[];
	suggestion: string | null;
}

async function api(query: string): Promise<ApiList> {
	const res = await fetch(`${baseUrl()}/api/v1/offers?${query}`);
	expect(res.status).toBe(200);
	return (await res.json()) as ApiList;
}

/** Titles of the first page of /angebote for a query, as a resident sees them. */
async function pageTitles(browser: Browser, query: string): Promise<string[]> {
	const context = await newContext(browser);
	const page = await context.newPage();
	const res = await page.goto(`/angebote?${query}`);
	expect(res?.status()).toBe(200);
	const titles = await page.locator('main h3 a').allTextContents();
	await context.close();
	return titles.map((t) => t.trim());
}

const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe('a resident searches in German', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it.each([
		['Schwimmkurse', /Schwimmkurs/],
		['Sprachkurse', /Sprachkurs/],
		['Schwimkurs', /Schwimmkurs/],
		['Integratonskurs', /Integrationskurs/]
	])('„%s“ puts matching titles first, on the page and in the API', async (text, title) => {
		const top = await pageTitles(browser, q(text));
		expect(top.length).toBeGreaterThan(0);
		expect(top[0]).toMatch(title);
		const body = await api(`${q(text)}&pageSize=5`);
		expect(body.items[0]?.title).toMatch(title);
		expect(body.items[0]?.title).toBe(top[0]);
	});

	it('finds the singular title for a plural query and the plural for a singular one', async () => {
		const plural = await api(`${q('Schwimmkurse')}&pageSize=100`);
		const singular = await api(`${q('Schwimmkurs')}&pageSize=100`);
		expect(plural.total).toBe(singular.total);
		expect(plural.items.some((i) => /Schwimmkurs\b/.test(i.title))).toBe(true);
	});

	it('finds compound words by their parts: „Kurs“ → Schwimmkurs, „Förderung“ → Sprachförderung', async () => {
		const kurs = await api(`${q('Kurs')}&topic=bewegung&pageSize=100`);
		expect(kurs.items.some((i) => /Schwimmkurs/.test(i.title))).toBe(true);
		const foerderung = await api(`${q('Förderung')}&pageSize=100`);
		expect(foerderung.items.some((i) => /Sprachförderung/.test(i.title))).toBe(true);
		const onPage = await pageTitles(browser, `${q('Förderung')}&pageSize=100`);
		expect(onPage.some((t) => /Sprachförderung/.test(t))).toBe(true);
	});

	it('folds umlauts and ß: „fur“ finds „für“, „Strasse“ finds „Straße“', async () => {
		const fuer = await api(q('für'));
		const fur = await api(q('fur'));
		expect(fuer.total).toBeGreaterThan(0);
		expect(fur.total).toBe(fuer.total);
		const strasse = await api(q('Straße'));
		expect(strasse.total).toBeGreaterThan(0);
		expect((await api(q('Strasse'))).total).toBe(strasse.total);
	});

	it('ranks a match in the title before a match only in the description', async () => {
		const body = await api(`${q('Elterncafé')}&pageSize=100`);
		const inTitle = body.items.map((i) => /Elterncaf/i.test(i.title));
		const firstWithout = inTitle.indexOf(false);
		expect(inTitle[0]).toBe(true);
		if (firstWithout !== -1) expect(inTitle.slice(firstWithout).every((t) => !t)).toBe(true);
	});

	it('offers „Meinten Sie …?“ for misspelt words, on the page and in the API', async () => {
		const body = await api(q('Schwimmkurz Lebenstet'));
		expect(body.suggestion).toBe('Schwimmkurs Lebenstedt');
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(`/angebote?${q('Schwimmkurz Lebenstet')}`);
		const link = page.locator('main a', { hasText: 'Schwimmkurs Lebenstedt' });
		await expect.poll(() => link.count()).toBeGreaterThan(0);
		await link.first().click();
		await page.waitForURL(/q=Schwimmkurs(\+|%20)Lebenstedt/);
		await expect.poll(() => page.locator('main h3 a').count()).toBeGreaterThan(0);
		await expectNoAxeViolations(page);
		await context.close();
	});
});
