/**
 * Helpers for the portal's end-to-end tests: axe on a page exactly as a
 * browser without JavaScript received it (also after a form POST), for
 * signed-in users.
 */
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, newContext } from '../helpers';

/**
 * Runs axe (1280 and 320 px) on the HTML `page` shows now — typically a page
 * reached without JavaScript, e.g. the answer to a form POST. axe needs
 * JavaScript, so the same HTML is served once more to a JavaScript-enabled page
 * with the same cookies, at the same URL.
 */
export async function expectNoAxeViolationsAsRendered(browser: Browser, page: Page): Promise<void> {
	const html = await page.content();
	const url = page.url();
	const context = await newContext(browser, { storageState: await page.context().storageState() });
	try {
		const copy = await context.newPage();
		await copy.route(
			(u) => u.href === url,
			(route) =>
				route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
			{ times: 1 }
		);
		await copy.goto(url);
		await expectNoAxeViolations(copy);
	} finally {
		await context.close();
	}
}

/** Today as the German interface writes it ("26. November 2026"). */
export const todayDe = (): string =>
	new Intl.DateTimeFormat('de-DE', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Berlin'
	}).format(new Date());
