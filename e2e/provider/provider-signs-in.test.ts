/**
 * A provider opens the sign-in page: it is accessible, works without
 * JavaScript, and a wrong password gets a clear German message that does not
 * reveal whether the account exists.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	expectNoAxeViolations,
	expectNoAxeViolationsAt,
	launchBrowser,
	newContext
} from '../helpers';

describe('a provider signs in', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const javaScriptEnabled of [true, false]) {
		it(`gets a generic message for a wrong password (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			const context = await newContext(browser, { javaScriptEnabled });
			const page = await context.newPage();
			const res = await page.goto('/anmelden');
			expect(res?.status()).toBe(200);
			if (javaScriptEnabled) await expectNoAxeViolations(page);
			await page.getByLabel(/E-Mail/).fill('niemand@example.org');
			await page.getByLabel(/Passwort/).fill('falsches-passwort-123');
			await page.locator('main form button[type="submit"]').click();
			await expect
				.poll(() => page.locator('main').textContent())
				.toContain('E-Mail-Adresse oder Passwort ist falsch');
			expect(await page.getByLabel(/E-Mail/).inputValue()).toBe('niemand@example.org');
			if (javaScriptEnabled) await expectNoAxeViolations(page);
			else await expectNoAxeViolationsAt(browser, page.url());
			expect(await context.cookies()).not.toContainEqual(
				expect.objectContaining({ name: 'bl_session' })
			);
			await context.close();
		});
	}

	it('sends a visitor who is not signed in from /portal to the sign-in page', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto('/portal');
		expect(new URL(page.url()).pathname).toBe('/anmelden');
		await context.close();
	});
});
