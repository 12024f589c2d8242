/**
 * Steps shared by the accounts journeys: invite someone through the team page
 * or the staff page, read the link from the mail, accept it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations, linkInMail, newContext, waitForMail } from '../helpers';

let n = 0;
/** A fresh address per run, so journeys never meet the fixture accounts. */
export const freshEmail = (name: string) => `${name}-${Date.now().toString(36)}-${++n}@e2e.example`;

/** A strong password for accounts the tests create themselves. */
export const newPassword = (tag: string) => `Holunder-Fahrrad-${tag}-Leuchtturm`;

/** Waits for the invitation mail to `email` and returns its link. */
export async function invitationLink(email: string): Promise<string> {
	const mail = await waitForMail((m) => m.to.includes(email) && m.subject.startsWith('Einladung'));
	return linkInMail(mail);
}

/** Accepts an invitation with JavaScript on and returns the signed-in page. */
export async function acceptInvitation(
	browser: Browser,
	link: string,
	opts: { name: string; password: string }
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await newContext(browser);
	const page = await context.newPage();
	await page.goto(link);
	await page.getByLabel('Ihr Name').fill(opts.name);
	await page.getByLabel('Passwort', { exact: true }).fill(opts.password);
	await page.getByLabel('Passwort wiederholen').fill(opts.password);
	await page.getByRole('button', { name: 'Einladung annehmen' }).click();
	await page.waitForURL((u) => u.pathname === '/portal');
	return { context, page };
}

/**
 * Runs axe on a page that needs the session of `context` (which may have
 * JavaScript off): a JavaScript-enabled context with the same cookies.
 */
export async function expectNoAxeViolationsSignedIn(
	browser: Browser,
	context: BrowserContext,
	url: string
): Promise<void> {
	const withJs = await newContext(browser, { storageState: await context.storageState() });
	try {
		const page = await withJs.newPage();
		await page.goto(url);
		await expectNoAxeViolations(page);
	} finally {
		await withJs.close();
	}
}

export const mainText = (page: Page) => page.locator('main').innerText();

export async function expectMainToContain(page: Page, text: string): Promise<void> {
	await expect.poll(() => mainText(page)).toContain(text);
}
