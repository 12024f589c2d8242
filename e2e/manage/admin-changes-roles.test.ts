/**
 * An admin creates a provider account, changes its role, disables it — which
 * signs the person out everywhere — and enables it again; memberships are
 * changed and removed with a confirmation step.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, expectNoAxeViolations, launchBrowser, newContext, signIn } from '../helpers';
import { E2E_PASSWORD } from '../fixtures';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const email = `rollen-${Date.now().toString(36)}@e2e.example`;
/** The value next to a key in the account's description list. */
const dd = (page: Page, key: string) =>
	page
		.locator('.kern-description-list-item')
		.filter({ has: page.getByText(key, { exact: true }) })
		.locator('dd')
		.innerText();

describe('an admin manages users and roles', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('creates an account, changes its role, disables and enables it', async () => {
		const adminContext = await newContext(browser);
		const page = await adminContext.newPage();
		await signIn(page, accounts().admin);
		await page.goto('/admin/benutzer');
		expect(await page.locator('main h1').innerText()).toBe('Benutzer und Rollen');
		await expectNoAxeViolations(page);

		await page.getByRole('link', { name: 'Neues Konto anlegen' }).click();
		await page.waitForURL((u) => u.pathname === '/admin/benutzer/neu');
		const roleOptions = await page
			.getByLabel('Rolle', { exact: true })
			.locator('option')
			.allTextContents();
		expect(roleOptions).toEqual([
			'Bitte wählen',
			'Administration',
			'Koordination (Bildungsbüro)',
			'Anbieter'
		]);
		await expectNoAxeViolations(page);
		const inst = accounts().providerA.institution;
		await page.getByLabel('E-Mail-Adresse').fill(email);
		await page.getByRole('textbox', { name: /^Name/ }).fill('Rita Rollentest');
		await page.getByLabel('Rolle', { exact: true }).selectOption('provider');
		await page.getByRole('combobox', { name: /^Einrichtung/ }).selectOption(inst.slug);
		await page.getByRole('radio', { name: 'Redaktion' }).check();
		await page.getByLabel('Passwort').fill(E2E_PASSWORD);
		await page.getByRole('button', { name: 'Konto anlegen' }).click();
		await page.waitForURL((u) => /^\/admin\/benutzer\/[0-9a-f-]{36}$/.test(u.pathname));
		const userPath = new URL(page.url()).pathname;
		expect(await page.getByRole('status').innerText()).toContain('Das Konto wurde angelegt.');
		expect(await dd(page, 'Status')).toContain('Aktiv');
		await expectNoAxeViolations(page);

		// The new person signs in elsewhere.
		const userContext = await newContext(browser);
		const userPage = await userContext.newPage();
		await signIn(userPage, { email, password: E2E_PASSWORD, role: 'provider' });
		expect(new URL(userPage.url()).pathname).toBe('/portal');

		// Role change.
		await page.getByRole('combobox', { name: 'Rolle', exact: true }).selectOption('coordinator');
		await page.getByRole('button', { name: 'Rolle speichern' }).click();
		await page.waitForURL((u) => u.searchParams.get('erledigt') === 'rolle');
		expect(await page.getByRole('status').innerText()).toContain('Die Rolle wurde geändert.');
		expect(await dd(page, 'Rolle')).toBe('Koordination (Bildungsbüro)');

		// Disable — only after confirming.
		await page.getByRole('link', { name: 'Konto sperren' }).click();
		await page.waitForURL((u) => u.searchParams.get('bestaetigen') === 'sperren');
		const confirm = page.getByRole('region', { name: /wirklich sperren/ });
		expect(await confirm.innerText()).toContain('auf allen Geräten abgemeldet');
		expect(await dd(page, 'Status')).toContain('Aktiv');
		await expectNoAxeViolations(page);
		await confirm.getByRole('button', { name: 'Ja, Konto sperren' }).click();
		await page.waitForURL((u) => u.searchParams.get('erledigt') === 'gesperrt');
		expect(await dd(page, 'Status')).toContain('Gesperrt');
		expect(await dd(page, 'Angemeldete Geräte')).toBe('0');

		// The disabled person's session is gone.
		await userPage.goto('/portal');
		expect(new URL(userPage.url()).pathname).toBe('/anmelden');

		await page.getByRole('link', { name: 'Konto entsperren' }).click();
		await page.getByRole('button', { name: 'Ja, Konto entsperren' }).click();
		await page.waitForURL((u) => u.searchParams.get('erledigt') === 'entsperrt');
		expect(await dd(page, 'Status')).toContain('Aktiv');
		await signIn(userPage, { email, password: E2E_PASSWORD, role: 'coordinator' });
		expect(new URL(userPage.url()).pathname).toBe('/portal');

		// Memberships: change the role, remove with confirmation, add again.
		const memberships = page.locator('section', { has: page.locator('#memberships-heading') });
		await memberships.getByLabel(`Rolle in ${inst.name}`).selectOption('manager');
		await memberships
			.getByRole('button', { name: new RegExp(`^Ändern\\s*: ${escapeRe(inst.name)}$`) })
			.click();
		await page.waitForURL((u) => u.searchParams.get('erledigt') === 'mitgliedschaft-rolle');
		expect(await page.getByLabel(`Rolle in ${inst.name}`).inputValue()).toBe('manager');
		await page
			.getByRole('link', { name: new RegExp(`^Entfernen\\s*: ${escapeRe(inst.name)}$`) })
			.click();
		const removal = page.getByRole('region', { name: /entfernen\?/ });
		await expectNoAxeViolations(page);
		await removal.getByRole('button', { name: 'Ja, entfernen' }).click();
		await page.waitForURL((u) => u.searchParams.get('erledigt') === 'mitgliedschaft-entfernt');
		expect(await memberships.innerText()).toContain('gehört zu keiner Einrichtung');
		await page.getByLabel('Einrichtung', { exact: true }).selectOption({ label: inst.name });
		await page.getByRole('button', { name: 'Hinzufügen' }).click();
		await page.waitForURL((u) => u.searchParams.get('erledigt') === 'mitgliedschaft-neu');
		expect(await page.getByLabel(`Rolle in ${inst.name}`).inputValue()).toBe('editor');

		// The list finds the account by e-mail, with role and status.
		await page.goto(`/admin/benutzer?q=${encodeURIComponent(email)}`);
		const rows = page.locator('tbody tr');
		expect(await rows.count()).toBe(1);
		const row = await rows.first().innerText();
		expect(row).toContain('Koordination (Bildungsbüro)');
		expect(row).toContain('Aktiv');
		expect((await page.getByRole('link', { name: 'Rita Rollentest' }).getAttribute('href'))!).toBe(
			userPath
		);
		await userContext.close();
		await adminContext.close();
	});

	it('works without JavaScript: filters, the new-account form and the confirmation step', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await signIn(page, accounts().admin);
		await page.goto('/admin/benutzer');
		await page.getByLabel('Rolle', { exact: true }).selectOption('admin');
		await page.getByRole('button', { name: 'Filter anwenden' }).click();
		await page.waitForURL((u) => u.searchParams.get('role') === 'admin');
		const roles = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
		expect(roles.length).toBeGreaterThan(0);
		expect(roles.every((r) => r.trim() === 'Administration')).toBe(true);

		// Invited account: no password.
		await page.goto('/admin/benutzer/neu');
		const invited = `eingeladen-${Date.now().toString(36)}@e2e.example`;
		await page.getByLabel('E-Mail-Adresse').fill(invited);
		await page.getByLabel('Rolle', { exact: true }).selectOption('provider');
		await page.getByRole('button', { name: 'Konto anlegen' }).click();
		await page.waitForURL((u) => u.searchParams.has('angelegt'));
		expect(await dd(page, 'Status')).toContain('Eingeladen, noch ohne Passwort');
		expect(await page.getByRole('link', { name: 'Zu den Einladungen' }).getAttribute('href')).toBe(
			'/admin/einladungen'
		);
		await page.getByRole('link', { name: 'Konto sperren' }).click();
		await page.getByRole('button', { name: 'Ja, Konto sperren' }).click();
		await page.waitForURL((u) => u.searchParams.get('erledigt') === 'gesperrt');
		expect(await dd(page, 'Status')).toContain('Gesperrt');
		await context.close();
	});
});
