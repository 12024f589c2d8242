/** Steps the offer-editor journeys share. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations, newContext } from '../helpers';

/** Dates next year, on either side of the switch to summer time (last Sunday of March). */
export function nextYearDates() {
	const year = new Date().getFullYear() + 1;
	return { winter: `${year}-03-10`, summer: `${year}-04-14`, year };
}

/** "14. April 2027" as the portal writes dates. */
export const germanDate = (iso: string) =>
	new Intl.DateTimeFormat('de', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Berlin'
	}).format(new Date(iso));

/**
 * axe for a page reached without JavaScript: the same URL in a JavaScript
 * context with the same session (axe itself needs JavaScript).
 */
export async function axeWithSession(
	browser: Browser,
	from: BrowserContext,
	url: string
): Promise<void> {
	const context = await newContext(browser, { storageState: await from.storageState() });
	try {
		const page = await context.newPage();
		await page.goto(url);
		await expectNoAxeViolations(page);
	} finally {
		await context.close();
	}
}

/**
 * axe for the page a no-JavaScript form post produced (it has no URL of its
 * own): its HTML without scripts, shown at the same address.
 */
export async function axeOnSnapshot(browser: Browser, from: Page): Promise<void> {
	const html = (await from.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
	const context = await newContext(browser, { storageState: await from.context().storageState() });
	try {
		const page = await context.newPage();
		await page.goto(new URL(from.url()).pathname);
		await page.setContent(html, { waitUntil: 'load' });
		await expectNoAxeViolations(page);
	} finally {
		await context.close();
	}
}

/** Fills the required fields of the offer form (everything but the dates). */
export async function fillBasics(page: Page, title: string): Promise<void> {
	await page.locator('#f-title').fill(title);
	await page.locator('#f-summary').fill('Gemeinsam Deutsch sprechen, ohne Druck');
	await page
		.locator('#f-description')
		.fill('Ein offener Gesprächskreis für alle, die im Alltag sicherer Deutsch sprechen möchten.');
	await page.locator('#f-format').selectOption('kurs');
	await page.getByLabel('Sprache und Sprachförderung').check();
	await page.getByLabel('Erwachsene', { exact: true }).check();
}

/** The offer id in an editor URL. */
export function offerIdOf(page: Page): string {
	const id = /\/portal\/angebote\/([0-9a-f-]{36})/.exec(page.url())?.[1];
	expect(id, page.url()).toBeTruthy();
	return id!;
}
