/**
 * A resident reads the legal pages: Impressum, Datenschutz, the accessibility
 * statement and the contact page are one click away in every page's footer,
 * and switching the language keeps the page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	expectNoAxeViolations,
	expectNoAxeViolationsAt,
	launchBrowser,
	newContext
} from '../helpers';

const PAGES = [
	{ link: 'Impressum', path: '/impressum', h1: 'Impressum' },
	{ link: 'Datenschutz', path: '/datenschutz', h1: 'Datenschutz' },
	{ link: 'Barrierefreiheit', path: '/barrierefreiheit', h1: 'Erklärung zur Barrierefreiheit' },
	{ link: 'Kontakt', path: '/kontakt', h1: 'Kontakt' }
];

const footerLink = (page: Page, name: string) =>
	page
		.getByRole('contentinfo')
		.getByRole('navigation', { name: 'Service und Rechtliches' })
		.getByRole('link', { name, exact: true });

const h1 = async (page: Page) => (await page.locator('main h1').innerText()).trim();

describe('a resident reads the legal pages', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('reaches every legal page from the footer', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto('/');
		for (const legal of PAGES) {
			await footerLink(page, legal.link).click();
			await page.waitForURL((url) => url.pathname === legal.path);
			expect(await h1(page)).toBe(legal.h1);
			expect(await page.title()).toContain(legal.h1);
			await expectNoAxeViolations(page);
		}
		await context.close();
	});

	it('names what the law requires', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/impressum');
		const imprint = await page.locator('main').innerText();
		expect(imprint).toContain('§ 5');
		expect(imprint).toContain('§ 18');
		await page.goto('/datenschutz');
		const privacy = await page.locator('main').innerText();
		expect(privacy).toContain('Art. 6 Abs. 1 Buchstabe e DSGVO');
		expect(privacy).toContain('Landesbeauftragte für den Datenschutz Niedersachsen');
		await page.goto('/barrierefreiheit');
		const statement = await page.locator('main').innerText();
		expect(statement).toMatch(/WCAG\) 2\.1/);
		expect(statement).toContain('Schlichtung');
		expect(await page.locator('main a[href^="mailto:"]').count()).toBeGreaterThan(0);
		await context.close();
	});

	for (const javaScriptEnabled of [true, false]) {
		it(`switches to English and back on the same page (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			const context = await newContext(browser, { javaScriptEnabled });
			const page = await context.newPage();
			await page.goto('/barrierefreiheit');
			const languages = page.getByRole('navigation', { name: 'Sprache wählen' });
			await languages.getByRole('link', { name: 'English' }).click();
			await page.waitForURL((url) => url.pathname === '/en/barrierefreiheit');
			expect(await page.getAttribute('html', 'lang')).toBe('en');
			expect(await h1(page)).toBe('Accessibility statement');
			if (javaScriptEnabled) await expectNoAxeViolations(page);
			else await expectNoAxeViolationsAt(browser, page.url());

			await page
				.getByRole('navigation', { name: 'Choose language' })
				.getByRole('link', { name: 'Deutsch' })
				.click();
			await page.waitForURL((url) => url.pathname === '/barrierefreiheit');
			expect(await page.getAttribute('html', 'lang')).toBe('de');
			expect(await h1(page)).toBe('Erklärung zur Barrierefreiheit');
			await context.close();
		});
	}
});
