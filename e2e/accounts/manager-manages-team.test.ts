/**
 * A manager looks after the team of their institution: invites a colleague,
 * revokes an invitation and removes a member, each after a confirmation step;
 * the new colleague changes their password on /portal/konto. Another
 * institution's manager cannot open the team page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, expectNoAxeViolations, launchBrowser, newContext, signIn } from '../helpers';
import {
	acceptInvitation,
	expectMainToContain,
	freshEmail,
	invitationLink,
	mainText,
	newPassword
} from './journey';

describe('a manager manages the team', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('invites, revokes and removes with confirmation; the colleague changes their password', async () => {
		const { providerA } = accounts();
		const teamPath = `/portal/einrichtungen/${providerA.institution.slug}/team`;
		const colleague = freshEmail('kollegin');
		const withdrawn = freshEmail('zurueckgezogen');
		const first = newPassword('team-eins');
		const second = newPassword('team-zwei');

		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, providerA);
		const res = await page.goto(teamPath);
		expect(res?.status()).toBe(200);
		await expectMainToContain(page, providerA.email);
		await expectNoAxeViolations(page);

		// Invalid input: the error summary links to the field.
		await page.getByLabel('E-Mail-Adresse').fill('kein-at');
		await page.getByRole('button', { name: 'Einladung verschicken' }).click();
		await expectMainToContain(page, 'Bitte geben Sie eine gültige E-Mail-Adresse ein');
		expect(await page.locator('.kern-alert--danger a[href="#team-invite-email"]').count()).toBe(1);
		await expectNoAxeViolations(page);

		// Two invitations.
		for (const [email, role] of [
			[colleague, 'Bearbeiter*in'],
			[withdrawn, 'Verwalter*in']
		] as const) {
			await page.getByLabel('E-Mail-Adresse').fill(email);
			await page.getByLabel(role).check();
			await page.getByRole('button', { name: 'Einladung verschicken' }).click();
			await expectMainToContain(page, 'Die Einladung ist verschickt.');
			await expectMainToContain(page, email);
		}
		await expectNoAxeViolations(page);

		// Revoke one, after confirming.
		const withdrawnLink = await invitationLink(withdrawn);
		await page
			.locator('tr', { hasText: withdrawn })
			.getByRole('link', { name: /Widerrufen/ })
			.click();
		await expectMainToContain(page, 'Einladung widerrufen?');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Ja, widerrufen' }).click();
		await expectMainToContain(page, 'Die Einladung wurde widerrufen.');
		expect(await mainText(page)).not.toContain(withdrawn);
		const revoked = await newContext(browser);
		const revokedPage = await revoked.newPage();
		await revokedPage.goto(withdrawnLink);
		await expectMainToContain(revokedPage, 'Die Einladung wurde zurückgezogen.');
		await revoked.close();

		// The colleague accepts and changes the password on the account page.
		const invited = await acceptInvitation(browser, await invitationLink(colleague), {
			name: 'Karla Kollegin',
			password: first
		});
		const own = invited.page;
		await own.goto('/portal/konto');
		await expectMainToContain(own, providerA.institution.name);
		await expectNoAxeViolations(own);
		await own.getByLabel('Bisheriges Passwort').fill('falsch-geraten-123');
		await own.getByLabel('Neues Passwort', { exact: true }).fill(second);
		await own.getByLabel('Neues Passwort wiederholen').fill(second);
		await own.getByRole('button', { name: 'Passwort ändern' }).click();
		await expectMainToContain(own, 'Das bisherige Passwort stimmt nicht.');
		await expectNoAxeViolations(own);
		await own.getByLabel('Bisheriges Passwort').fill(first);
		await own.getByLabel('Neues Passwort', { exact: true }).fill(second);
		await own.getByLabel('Neues Passwort wiederholen').fill(second);
		await own.getByRole('button', { name: 'Passwort ändern' }).click();
		await expectMainToContain(own, 'Ihr Passwort wurde geändert.');
		await expectNoAxeViolations(own);

		// The manager removes the colleague, after confirming.
		await page.goto(teamPath);
		await expectMainToContain(page, 'Karla Kollegin');
		await page
			.locator('tr', { hasText: 'Karla Kollegin' })
			.getByRole('link', { name: /Entfernen/ })
			.click();
		await expectMainToContain(page, 'Aus dem Team entfernen?');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Ja, entfernen' }).click();
		await expectMainToContain(page, 'Die Person wurde aus dem Team entfernt.');
		expect(await mainText(page)).not.toContain('Karla Kollegin');

		// The colleague's portal no longer lists the institution.
		await own.goto('/portal/konto');
		await expectMainToContain(own, 'Sie gehören noch zu keiner Einrichtung.');

		await invited.context.close();
		await context.close();
	});

	it('refuses the team page of another institution (403)', async () => {
		const { providerA, providerB } = accounts();
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, providerB);
		const res = await page.goto(`/portal/einrichtungen/${providerA.institution.slug}/team`);
		expect(res?.status()).toBe(403);
		await context.close();
	});
});
