/**
 * A provider (invited by their manager, so the fixture accounts keep their
 * passwords) forgets the password: asks for a link, the mail arrives at the
 * SMTP server, sets a new password and signs in with it. The answer never
 * reveals whether an address has an account; the link works once.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	accounts,
	expectNoAxeViolations,
	launchBrowser,
	linkInMail,
	newContext,
	receivedMails,
	signIn,
	waitForMail
} from '../helpers';
import {
	acceptInvitation,
	expectMainToContain,
	freshEmail,
	invitationLink,
	mainText,
	newPassword
} from './journey';

describe('a provider resets a forgotten password', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('requests a link, sets a new password and signs in with it', async () => {
		const { providerA } = accounts();
		const email = freshEmail('vergesslich');
		const first = newPassword('erstes');
		const second = newPassword('zweites');

		// Their manager invites them on the team page; they accept.
		const managerCtx = await newContext(browser);
		const manager = await managerCtx.newPage();
		await signIn(manager, providerA);
		await manager.goto(`/portal/einrichtungen/${providerA.institution.slug}/team`);
		await manager.getByLabel('E-Mail-Adresse').fill(email);
		await manager.getByRole('button', { name: 'Einladung verschicken' }).click();
		await expectMainToContain(manager, 'Die Einladung ist verschickt.');
		const invited = await acceptInvitation(browser, await invitationLink(email), {
			name: 'Vera Vergesslich',
			password: first
		});
		await invited.context.close();
		await managerCtx.close();

		// Signed out, they follow "Passwort vergessen?" from the sign-in page.
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto('/anmelden');
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
		await page.waitForURL((u) => u.pathname === '/passwort-vergessen');
		await expectNoAxeViolations(page);

		// A malformed address gets a field message.
		await page.getByLabel('E-Mail-Adresse').fill('vera-at-example');
		await page.getByRole('button', { name: 'Link anfordern' }).click();
		await expectMainToContain(page, 'Bitte geben Sie eine gültige E-Mail-Adresse ein');
		await expectNoAxeViolations(page);

		// An unknown address and the real one get the same answer.
		await page.getByLabel('E-Mail-Adresse').fill('niemand-hier@e2e.example');
		await page.getByRole('button', { name: 'Link anfordern' }).click();
		await expectMainToContain(page, 'Wenn ein Konto mit dieser E-Mail-Adresse existiert');
		const unknownAnswer = await mainText(page);
		await page.goto('/passwort-vergessen');
		await page.getByLabel('E-Mail-Adresse').fill(email);
		await page.getByRole('button', { name: 'Link anfordern' }).click();
		await expectMainToContain(page, 'Wenn ein Konto mit dieser E-Mail-Adresse existiert');
		expect(await mainText(page)).toBe(unknownAnswer);
		await expectNoAxeViolations(page);

		// Only the real account got a mail.
		const mail = await waitForMail(
			(m) => m.to.includes(email) && m.subject.startsWith('Neues Passwort festlegen')
		);
		expect(mail.decoded).toContain('Bildungslandschaft Salzgitter');
		expect(receivedMails().some((m) => m.to.includes('niemand-hier@e2e.example'))).toBe(false);
		const link = linkInMail(mail);
		expect(new URL(link).pathname).toMatch(/^\/passwort-neu\/[A-Za-z0-9_-]{43}$/);

		// The link opens the form; the rules are explained; a weak password is refused.
		await page.goto(link);
		await expectMainToContain(page, email);
		await expectMainToContain(page, 'Mindestens 12 Zeichen');
		await expectNoAxeViolations(page);
		await page.getByLabel('Neues Passwort', { exact: true }).fill('passwort1234');
		await page.getByLabel('Neues Passwort wiederholen').fill('passwort1234');
		await page.getByRole('button', { name: 'Passwort speichern' }).click();
		await expectMainToContain(page, 'zu leicht zu erraten');
		await expectNoAxeViolations(page);

		await page.getByLabel('Neues Passwort', { exact: true }).fill(second);
		await page.getByLabel('Neues Passwort wiederholen').fill(second);
		await page.getByRole('button', { name: 'Passwort speichern' }).click();
		await page.waitForURL((u) => u.pathname === '/anmelden');
		await expectMainToContain(page, 'Ihr Passwort wurde geändert.');
		await expectNoAxeViolations(page);

		// The new password works.
		await signIn(page, { email, password: second, role: 'provider' });
		expect(new URL(page.url()).pathname).toBe('/portal');

		// The link works only once.
		const again = await newContext(browser);
		const reuse = await again.newPage();
		await reuse.goto(link);
		await expectMainToContain(reuse, 'Dieser Link wurde bereits verwendet.');
		await expect
			.poll(() => reuse.getByRole('link', { name: 'Neuen Link anfordern' }).count())
			.toBe(1);
		await expectNoAxeViolations(reuse);
		await again.close();
		await context.close();
	});
});
