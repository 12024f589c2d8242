import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoAxeViolations, launchBrowser, newContext } from '../helpers';

describe('a resident opens the portal', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('answers the health check once the database is ready', async () => {
		const res = await fetch(`${baseUrl()}/healthz`);
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ status: 'ok' });
	});

	it('shows the home page in German with a main landmark and no axe violations', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		const response = await page.goto('/');
		expect(response?.status()).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe('de');
		await expect.poll(() => page.locator('main h1').count()).toBe(1);
		await expectNoAxeViolations(page);
		await context.close();
	});

	it('serves the English interface under /en with lang="en"', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto('/en/');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await context.close();
	});
});
