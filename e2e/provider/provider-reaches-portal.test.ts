/** The fixture accounts can sign in; a provider lands in the portal. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, launchBrowser, newContext, signIn } from '../helpers';

describe('a provider with an account', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('signs in and sees the institution in the portal', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		const a = accounts().providerA;
		await signIn(page, a);
		expect(new URL(page.url()).pathname).toBe('/portal');
		expect(await page.locator('main').textContent()).toContain(a.institution.name);
		await context.close();
	});
});
