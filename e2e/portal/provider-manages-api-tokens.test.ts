/**
 * A provider creates an API token for the institution's own system: it is
 * shown exactly once, the list shows only its prefix and "zuletzt benutzt:
 * nie", and revoking asks for confirmation first — all without JavaScript.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, expectNoAxeViolations, launchBrowser, newContext, signIn } from '../helpers';
import { expectNoAxeViolationsAsRendered, todayDe } from './portal-helpers';

describe('a provider manages API tokens', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('shows the token page with usage help (JavaScript on)', async () => {
		const a = accounts().providerA;
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, a);
		const res = await page.goto(`/portal/einrichtungen/${a.institution.slug}/api-tokens`);
		expect(res?.status()).toBe(200);
		expect(res?.headers()['cache-control']).toBe('no-store');
		expect(await page.locator('main h1').textContent()).toBe('API-Tokens');
		const help = page.locator('section[aria-labelledby="help-heading"]');
		expect(await help.locator('pre').textContent()).toContain('Authorization: Bearer <token>');
		expect(await help.locator('pre').textContent()).toContain('/api/v1/offers');
		expect(await help.getByRole('link').getAttribute('href')).toBe('/api/openapi.json');
		await expectNoAxeViolations(page);
		await context.close();
	});

	it('creates a token shown once, lists its prefix, and revokes it after confirmation (no JavaScript)', async () => {
		const a = accounts().providerA;
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await signIn(page, a);
		const tokensPage = `/portal/einrichtungen/${a.institution.slug}/api-tokens`;
		await page.goto(tokensPage);
		const name = `Kursverwaltung ${Date.now()}`;

		// Without a name: a message at the field, no token.
		await page.getByRole('button', { name: 'Token erstellen' }).click();
		await page.waitForLoadState();
		expect(await page.locator('#token-name-error').textContent()).toContain(
			'Bitte geben Sie dem Token einen Namen.'
		);
		expect(await page.getByLabel('Name des Tokens').getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('[data-testid="new-token"]').count()).toBe(0);

		await page.getByLabel('Name des Tokens').fill(name);
		await page.getByRole('button', { name: 'Token erstellen' }).click();
		await page.waitForLoadState();
		const token = (await page.locator('[data-testid="new-token"]').textContent())!.trim();
		expect(token).toMatch(/^bl_[A-Za-z0-9_-]{40,}$/);
		expect(page.url()).not.toContain(token);
		expect(await page.locator('#new-token').textContent()).toContain(
			'Es wird nur dieses eine Mal angezeigt'
		);
		const row = page.locator('tbody tr', { has: page.locator('th', { hasText: name }) });
		const cells = await row.locator('td').allTextContents();
		expect(cells[0]).toBe(`${token.slice(0, 10)}…`);
		expect(cells[1]).toBe(todayDe());
		expect(cells[2]).toBe('nie');
		expect(cells[3]).toBe('Aktiv');
		await expectNoAxeViolationsAsRendered(browser, page);

		// Shown once: a reload of the page has the token in the list, but not the token itself.
		await page.goto(tokensPage);
		expect(await page.content()).not.toContain(token);
		expect(await page.locator('[data-testid="new-token"]').count()).toBe(0);
		expect(await row.locator('td').first().textContent()).toBe(`${token.slice(0, 10)}…`);

		// Revoking asks first; "Abbrechen" changes nothing.
		await row.getByRole('button', { name: `Widerrufen „${name}“` }).click();
		await page.waitForLoadState();
		const confirm = page.locator('#confirm-revoke');
		expect(await confirm.textContent()).toContain(`Token „${name}“ wirklich widerrufen?`);
		expect(await confirm.textContent()).toContain(`${token.slice(0, 10)}…`);
		await expectNoAxeViolationsAsRendered(browser, page);
		await confirm.getByRole('link', { name: 'Abbrechen' }).click();
		await page.waitForLoadState();
		expect(await page.locator('#confirm-revoke').count()).toBe(0);
		expect(await row.locator('td').nth(3).textContent()).toBe('Aktiv');

		await row.getByRole('button', { name: `Widerrufen „${name}“` }).click();
		await page.waitForLoadState();
		await page.getByRole('button', { name: 'Ja, Token widerrufen' }).click();
		await page.waitForURL((u) => u.searchParams.get('revoked') === '1');
		expect(await page.getByRole('status').textContent()).toContain('Das Token ist widerrufen.');
		expect(await row.locator('td').nth(3).textContent()).toBe(`Widerrufen am ${todayDe()}`);
		expect(await row.getByRole('button').count()).toBe(0);
		await expectNoAxeViolationsAsRendered(browser, page);
		await context.close();
	});
});
