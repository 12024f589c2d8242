/**
 * A provider creates an offer with two single dates — the second row added
 * with "Termin hinzufügen" — and submits it for review, once with JavaScript
 * and once without. Bad input shows messages at the fields and an error
 * summary, keeps what was typed and saves nothing. The preview shows the
 * offer as the public will see it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, expectNoAxeViolations, launchBrowser, newContext, signIn } from '../helpers';
import {
	axeOnSnapshot,
	axeWithSession,
	fillBasics,
	nextYearDates,
	offerIdOf
} from './editor-helpers';

describe('a provider creates an offer with two dates', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const javaScriptEnabled of [true, false]) {
		it(`and submits it for review (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			const context = await newContext(browser, { javaScriptEnabled });
			const page = await context.newPage();
			const a = accounts().providerA;
			await signIn(page, a);
			/** axe on the page as it is now (with JS) or on its URL / snapshot (without). */
			const axe = async (snapshot = false) => {
				if (javaScriptEnabled) await expectNoAxeViolations(page);
				else if (snapshot) await axeOnSnapshot(browser, page);
				else await axeWithSession(browser, context, page.url());
			};

			// The empty form.
			await page.goto('/portal/angebote/neu');
			expect(await page.locator('h1').textContent()).toBe('Neues Angebot');
			expect(await page.locator('main').textContent()).toContain(a.institution.name);
			await axe();

			// Submitting bad input: messages at the fields, a summary linking to them, nothing saved.
			const title = `Gesprächskreis ${javaScriptEnabled ? 'mit' : 'ohne'} JS ${Date.now()}`;
			await page.locator('#f-title').fill(title);
			await page.getByLabel('kostenpflichtig').check();
			await page.locator('#f-cost-amount').fill('zwölf Euro');
			const response = page.waitForResponse((r) => r.request().method() === 'POST');
			await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
			expect((await response).status()).toBe(400);
			await page.waitForLoadState('load');
			expect(new URL(page.url()).pathname).toBe('/portal/angebote/neu');
			const summary = page.locator('.error-summary');
			expect(await summary.textContent()).toContain('Bitte prüfen Sie Ihre Angaben');
			const links = await summary
				.locator('a')
				.evaluateAll((as) => as.map((el) => [el.getAttribute('href'), el.textContent]));
			const hrefs = links.map(([href]) => href);
			expect(hrefs).toEqual(
				expect.arrayContaining([
					'#f-description',
					'#f-format',
					'#f-topics',
					'#f-lifePhases',
					'#f-schedule-dates-0-date',
					'#f-cost-amount'
				])
			);
			expect(links.find(([h]) => h === '#f-cost-amount')?.[1]).toContain('Preis in Euro');
			// Every linked field exists and names its message.
			for (const href of hrefs) {
				const field = page.locator(href!);
				expect(await field.count(), href!).toBe(1);
				const described = (await field.getAttribute('aria-describedby')) ?? '';
				if (!href!.startsWith('#f-topics') && !href!.startsWith('#f-lifePhases'))
					expect(described, href!).toContain('-error');
			}
			expect(await page.locator('#f-cost-amount-error').textContent()).toContain('12,50');
			expect(await page.locator('#f-title').inputValue()).toBe(title);
			expect(await page.locator('#f-cost-amount').inputValue()).toBe('zwölf Euro');
			await axe(true);

			// Fill in properly; the first date, then a second row without losing anything.
			const { winter, summer } = nextYearDates();
			await fillBasics(page, title);
			await page.locator('#f-cost-amount').fill('12,50');
			await page.locator('#f-schedule-dates-0-date').fill(winter);
			await page.locator('#f-schedule-dates-0-start').fill('15:00');
			await page.locator('#f-schedule-dates-0-end').fill('16:30');
			await page.getByRole('button', { name: 'Termin hinzufügen' }).click();
			await page.locator('#f-schedule-dates-1-date').waitFor();
			expect(await page.locator('#f-schedule-dates-0-date').inputValue()).toBe(winter);
			expect(await page.locator('#f-schedule-dates-0-end').inputValue()).toBe('16:30');
			expect(await page.locator('#f-title').inputValue()).toBe(title);
			expect(await page.locator('#f-cost-amount').inputValue()).toBe('12,50');
			expect(await page.locator('.error-summary').count()).toBe(0);
			await axe(true);
			await page.locator('#f-schedule-dates-1-date').fill(summer);
			await page.locator('#f-schedule-dates-1-start').fill('15:00');
			await page.locator('#f-schedule-dates-1-note').fill('im Garten');
			await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
			await page.waitForURL(/\/portal\/angebote\/[0-9a-f-]{36}\?eingereicht=1/);

			// The saved editor: a success message, the status, the two dates kept.
			const id = offerIdOf(page);
			const main = page.locator('main');
			expect(await main.textContent()).toContain('zur Prüfung eingereicht');
			expect(await page.locator('[data-status]').textContent()).toContain('In Prüfung');
			expect(await page.locator('h1').textContent()).toBe(title);
			expect(await page.locator('#f-schedule-dates-1-date').inputValue()).toBe(summer);
			expect(await page.locator('#f-schedule-dates-1-start').inputValue()).toBe('15:00');
			expect(await page.locator('#f-cost-amount').inputValue()).toBe('12,50');
			await axe();

			// The preview: the public offer page, framed, with both dates at 15:00 local time.
			await page.getByRole('link', { name: 'Vorschau ansehen' }).click();
			await page.waitForURL(`**/portal/angebote/${id}/vorschau`);
			expect(await page.locator('h1').textContent()).toBe(title);
			const preview = (await main.textContent()) ?? '';
			expect(preview).toContain('Vorschau – so sieht Ihr Angebot nach der Freigabe aus');
			expect(preview).toContain('15:00–16:30 Uhr');
			expect(preview).toMatch(/\d{4}, 15:00 Uhr/);
			expect(preview).toContain('im Garten');
			expect(preview).toContain('12,50');
			expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
			await axe();
			await page.getByRole('link', { name: 'Zurück zum Bearbeiten' }).first().click();
			await page.waitForURL(`**/portal/angebote/${id}`);
			await context.close();
		});
	}

	it('is told clearly when the offer belongs to another institution', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().providerA);
		await page.goto('/portal/angebote/neu');
		await fillBasics(page, `Nur für A ${Date.now()}`);
		await page.locator('#f-schedule-type').check();
		await page.locator('#f-schedule-dates-0-date').fill(nextYearDates().winter);
		await page.locator('#f-schedule-dates-0-start').fill('10:00');
		await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
		await page.waitForURL(/\?gespeichert=1/);
		const url = new URL(page.url()).pathname;
		expect(await page.locator('main').textContent()).toContain('Das Angebot wurde gespeichert.');
		expect(await page.locator('[data-status]').textContent()).toContain('Entwurf');
		await context.close();

		const other = await newContext(browser);
		const pageB = await other.newPage();
		await signIn(pageB, accounts().providerB);
		for (const path of [url, `${url}/vorschau`, `${url}/archivieren`]) {
			const res = await pageB.goto(path);
			expect(res?.status(), path).toBe(403);
			expect(await pageB.locator('main').textContent()).toContain('nicht zuständig');
		}
		await expectNoAxeViolations(pageB);
		// A form action posted directly is refused the same way.
		const posted = await pageB.request.post(`${url}?/duplicate`, {
			form: {},
			headers: { origin: new URL(pageB.url()).origin }
		});
		expect(posted.status()).toBe(403);
		expect((await pageB.goto('/portal/angebote/keine-uuid'))?.status()).toBe(404);
		await other.close();
	});

	it('speaks English under /en', async () => {
		const context = await newContext(browser, { locale: 'en-GB' });
		const page = await context.newPage();
		await signIn(page, accounts().providerA);
		await page.goto('/en/portal/angebote/neu');
		expect(await page.locator('h1').textContent()).toBe('New offer');
		await page.getByRole('button', { name: 'Submit for review' }).click();
		await page.locator('.error-summary').waitFor();
		expect(new URL(page.url()).pathname).toBe('/en/portal/angebote/neu');
		expect(await page.locator('.error-summary').textContent()).toContain(
			'Title: Please fill in this field.'
		);
		expect(await page.locator('#f-title-error').textContent()).toContain(
			'Please fill in this field.'
		);
		await expectNoAxeViolations(page);
		await context.close();
	});

	it('sends visitors who are not signed in to the sign-in page', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page: Page = await context.newPage();
		await page.goto('/portal/angebote/neu');
		expect(new URL(page.url()).pathname).toBe('/anmelden');
		await context.close();
	});
});
