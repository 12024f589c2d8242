/**
 * The education office invites a provider to an institution; the provider
 * opens the mailed link in a browser without JavaScript, sets name and
 * password, and lands signed in in the portal as a member of the institution.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	accounts,
	expectNoAxeViolations,
	expectNoAxeViolationsAt,
	launchBrowser,
	newContext,
	signIn
} from '../helpers';
import {
	expectMainToContain,
	expectNoAxeViolationsSignedIn,
	freshEmail,
	invitationLink,
	newPassword
} from './journey';

describe('a coordinator invites a provider who accepts without JavaScript', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('invites on /admin/einladungen, the invitee sets a password and is signed in', async () => {
		const { coordinator, providerB } = accounts();
		const institution = providerB.institution;
		const email = freshEmail('eingeladen');
		const password = newPassword('ohne-js');

		// The coordinator invites (JavaScript on).
		const staff = await newContext(browser);
		const admin = await staff.newPage();
		await signIn(admin, coordinator);
		const res = await admin.goto('/admin/einladungen');
		expect(res?.status()).toBe(200);
		await expectNoAxeViolations(admin);
		await admin.getByLabel('E-Mail-Adresse').fill(email);
		await admin.locator('#admin-invite-institution').selectOption(institution.id);
		await admin.getByLabel('Bearbeiter*in').check();
		await admin.getByRole('button', { name: 'Einladung verschicken' }).click();
		await expectMainToContain(admin, 'Die Einladung ist verschickt.');
		await expectNoAxeViolations(admin);
		const row = admin.locator('table tr', { hasText: email });
		await expect.poll(() => row.innerText()).toContain(institution.name);

		// The mail arrives at the SMTP server, German, naming the institution and the city.
		const link = await invitationLink(email);
		expect(link).toMatch(/\/einladung\/[A-Za-z0-9_-]{43}$/);

		// The invitee, without JavaScript.
		const invitee = await newContext(browser, { javaScriptEnabled: false });
		const page = await invitee.newPage();
		const opened = await page.goto(link);
		expect(opened?.status()).toBe(200);
		await expectNoAxeViolationsAt(browser, link);
		await expectMainToContain(page, institution.name);
		await expectMainToContain(page, email);

		// Two different passwords: a clear German message, nothing created.
		await page.getByLabel('Ihr Name').fill('Erika Eingeladen');
		await page.getByLabel('Passwort', { exact: true }).fill(password);
		await page.getByLabel('Passwort wiederholen').fill(`${password}x`);
		await page.getByRole('button', { name: 'Einladung annehmen' }).click();
		await expectMainToContain(page, 'Die beiden Passwörter stimmen nicht überein.');
		expect(await page.getByLabel('Ihr Name').inputValue()).toBe('Erika Eingeladen');
		expect(
			await page.locator('.kern-alert--danger a[href="#invite-password-repeat"]').count()
		).toBe(1);

		// The same error state, checked with axe (a native form post, so it renders alike).
		{
			const js = await newContext(browser);
			const p = await js.newPage();
			await p.goto(link);
			await p.getByLabel('Ihr Name').fill('Erika Eingeladen');
			await p.getByLabel('Passwort', { exact: true }).fill('passwort1234');
			await p.getByLabel('Passwort wiederholen').fill('passwort1234');
			await p.getByRole('button', { name: 'Einladung annehmen' }).click();
			await expectMainToContain(p, 'zu leicht zu erraten');
			await expectNoAxeViolations(p);
			await js.close();
		}

		await page.getByLabel('Passwort', { exact: true }).fill(password);
		await page.getByLabel('Passwort wiederholen').fill(password);
		await page.getByRole('button', { name: 'Einladung annehmen' }).click();
		await page.waitForURL((u) => u.pathname === '/portal');
		expect(await invitee.cookies()).toContainEqual(
			expect.objectContaining({ name: 'bl_session', httpOnly: true, sameSite: 'Lax' })
		);
		await expectNoAxeViolationsSignedIn(browser, invitee, '/portal');

		// The account page lists the new membership.
		await page.goto('/portal/konto');
		await expectMainToContain(page, institution.name);
		await expectMainToContain(page, 'Bearbeiter*in');
		await expectNoAxeViolationsSignedIn(browser, invitee, '/portal/konto');

		// The link is used up.
		await page.goto(link);
		await expectMainToContain(page, 'Die Einladung wurde bereits angenommen.');
		await expectNoAxeViolationsAt(browser, link);

		// The invitation is no longer open for the office.
		await admin.goto('/admin/einladungen');
		expect(await admin.locator('main').innerText()).not.toContain(email);

		await invitee.close();
		await staff.close();
	});

	it('shows a friendly message for a broken invitation link', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		const res = await page.goto('/einladung/kaputt');
		expect(res?.status()).toBe(200);
		await expectMainToContain(page, 'Dieser Einladungslink ist ungültig.');
		await expectNoAxeViolationsAt(browser, '/einladung/kaputt');
		await context.close();
	});

	it('keeps /admin/einladungen for staff: a provider gets 403', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().providerA);
		const res = await page.goto('/admin/einladungen');
		expect(res?.status()).toBe(403);
		await context.close();
	});
});
