/**
 * Policies hold even for hand-made requests: a coordinator is offered only the
 * provider role, and a direct POST for an admin or coordinator account, a role
 * change or disabling an admin is refused and changes nothing. Providers and
 * anonymous visitors do not get in at all.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	accounts,
	baseUrl,
	expectNoAxeViolations,
	launchBrowser,
	newContext,
	signIn
} from '../helpers';
import { E2E_PASSWORD } from '../fixtures';

/** A form POST as a browser without JavaScript sends it (same origin), with the page's cookies. */
const post = (page: Page, path: string, form: Record<string, string>) =>
	page.request.post(path, {
		form,
		headers: { origin: baseUrl(), accept: 'text/html' },
		maxRedirects: 0
	});

/** The admin page of the account with this e-mail address, as seen in the list. */
async function userPath(page: Page, email: string): Promise<string> {
	await page.goto(`/admin/benutzer?q=${encodeURIComponent(email)}`);
	const href = await page.locator('tbody tr th a').first().getAttribute('href');
	return href!;
}

describe('a coordinator cannot hand out staff roles', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('sees only the provider role and a direct POST with role=admin creates nothing', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().coordinator);
		await page.goto('/admin/benutzer/neu');
		const options = page.getByLabel('Rolle', { exact: true }).locator('option');
		expect(
			await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
		).toEqual(['provider']);
		await expectNoAxeViolations(page);

		const stamp = Date.now().toString(36);
		for (const role of ['admin', 'coordinator']) {
			const email = `chef-${role}-${stamp}@e2e.example`;
			const res = await post(page, '/admin/benutzer/neu', {
				email,
				role,
				password: E2E_PASSWORD,
				membershipRole: 'editor'
			});
			expect(res.status(), role).toBe(403);
			expect(await res.text()).toContain('Diese Rolle dürfen Sie nicht vergeben.');
		}
		await page.goto(`/admin/benutzer?q=${encodeURIComponent(`chef-`)}${stamp}`);
		expect(await page.locator('main').innerText()).toContain('Keine Konten gefunden.');

		// An unknown role is a plain input error.
		const odd = await post(page, '/admin/benutzer/neu', {
			email: `odd-${stamp}@e2e.example`,
			role: 'superuser'
		});
		expect(odd.status()).toBe(400);

		// The form's own provider path still works.
		const ok = await post(page, '/admin/benutzer/neu', {
			email: `anbieter-${stamp}@e2e.example`,
			role: 'provider',
			membershipRole: 'editor'
		});
		expect(ok.status()).toBe(303);
		await context.close();
	});

	it('cannot change roles or disable staff, also not by a direct POST', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().coordinator);

		const own = await userPath(page, accounts().coordinator.email);
		await page.goto(own);
		expect(await page.locator('main').innerText()).toContain(
			'Rollen ändern nur Administratorinnen und Administratoren.'
		);
		expect(await page.getByRole('button', { name: 'Rolle speichern' }).count()).toBe(0);
		await expectNoAxeViolations(page);
		const promote = await post(page, `${own}?/role`, { role: 'admin' });
		expect(promote.status()).toBe(403);

		const admin = await userPath(page, accounts().admin.email);
		await page.goto(admin);
		expect(await page.locator('main').innerText()).toContain(
			'Konten des Bildungsbüros sperrt nur die Administration.'
		);
		const disable = await post(page, `${admin}?/disable`, {});
		expect(disable.status()).toBe(403);
		await page.goto(admin);
		const status = await page
			.locator('.kern-description-list-item', { hasText: 'Status' })
			.locator('dd')
			.innerText();
		expect(status).toContain('Aktiv');

		await page.goto(own);
		expect(
			await page
				.locator('.kern-description-list-item', { hasText: 'Rolle' })
				.locator('dd')
				.innerText()
		).toBe('Koordination (Bildungsbüro)');
		await context.close();
	});

	it('keeps providers and anonymous visitors out of the management pages', async () => {
		const anonymous = await newContext(browser);
		const anon = await anonymous.newPage();
		for (const path of ['/admin/benutzer', '/admin/einrichtungen', '/admin/seiten']) {
			await anon.goto(path);
			expect(new URL(anon.url()).pathname, path).toBe('/anmelden');
		}
		const res = await post(anon, '/admin/benutzer/neu', { email: 'x@e2e.example', role: 'admin' });
		expect(res.status()).toBe(303);
		expect(res.headers()['location']).toBe('/anmelden');
		await anonymous.close();

		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().providerB);
		for (const path of ['/admin/benutzer', '/admin/einrichtungen/neu', '/admin/seiten']) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(403);
		}
		const created = await post(page, '/admin/einrichtungen/neu', {
			name: 'Anbieter-Einrichtung',
			type: 'verein',
			street: 'Weg 1',
			postalCode: '38226',
			locality: 'Salzgitter',
			districtSlug: 'lebenstedt'
		});
		expect(created.status()).toBe(403);
		await context.close();
	});
});
