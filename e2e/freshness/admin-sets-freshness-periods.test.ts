/**
 * The admin sets how long offers stay fresh at /admin/einstellungen: a bad
 * value is explained and nothing changes; a shorter grace period hides a long
 * unconfirmed offer from the public at once (friendly 410 page, API 404, gone
 * from the finder) and the defaults bring it back. Coordinators may not
 * change system settings; anonymous visitors are sent to sign in.
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
import { DEFAULTS, isStale, publicOffers, type PublicOffer } from './public-offers';

type Periods = typeof DEFAULTS;

async function fillAndSave(page: Page, values: Record<keyof Periods, string | number>) {
	await page.getByLabel('Tage bis „veraltet“').fill(String(values.staleAfterDays));
	await page.getByLabel('Erinnerung (Tage vorher)').fill(String(values.reminderDaysBefore));
	await page.getByLabel('Tage bis zum Ausblenden').fill(String(values.graceDays));
	const [response] = await Promise.all([
		page.waitForNavigation(),
		page.getByRole('button', { name: 'Einstellungen speichern' }).click()
	]);
	return response;
}

const fieldValues = (page: Page) =>
	Promise.all(
		['staleAfterDays', 'reminderDaysBefore', 'graceDays'].map((n) =>
			page.locator(`input[name="${n}"]`).inputValue()
		)
	);

describe('system settings for freshness', () => {
	let browser: Browser;
	let target: PublicOffer;

	beforeAll(async () => {
		browser = await launchBrowser();
		const stale = (await publicOffers()).filter((o) => isStale(o)).sort((a, b) => b.age - a.age);
		expect(stale.length, 'the demo data has stale offers').toBeGreaterThan(0);
		target = stale[0]!;
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('sends anonymous visitors to sign in', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto('/admin/einstellungen');
		expect(new URL(page.url()).pathname).toBe('/anmelden');
		await context.close();
	});

	it('refuses coordinators with 403, also when they post the form directly', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().coordinator);
		const res = await page.goto('/admin/einstellungen');
		expect(res?.status()).toBe(403);
		expect(await page.locator('main').innerText()).toContain(
			'Systemeinstellungen ändern nur Administratorinnen und Administratoren.'
		);
		await expectNoAxeViolations(page);
		const post = await page.request.post('/admin/einstellungen', {
			form: { staleAfterDays: '30', reminderDaysBefore: '7', graceDays: '0' },
			headers: { origin: baseUrl() },
			maxRedirects: 0
		});
		expect(post.status()).toBe(403);
		await context.close();
	});

	it('lets the admin change the periods: bad values are explained, good ones apply at once', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().admin);
		await page.goto('/admin/einstellungen');
		expect(await fieldValues(page)).toEqual(['182', '14', '60']);
		expect(await page.locator('main').innerText()).toContain(
			'Ein Angebot gilt nach 182 Tagen ohne Bestätigung als veraltet'
		);
		await expectNoAxeViolations(page);

		// Bad: not a number, and a reminder that would come after the offer went stale.
		let res = await fillAndSave(page, {
			staleAfterDays: 'viele',
			reminderDaysBefore: 14,
			graceDays: 60
		});
		expect(res?.status()).toBe(400);
		const summary = page.locator('#settings-errors');
		expect(await summary.innerText()).toContain('Es wurde nichts gespeichert.');
		expect(await summary.locator('a[href="#settings-staleAfterDays"]').innerText()).toContain(
			'Bitte eine ganze Zahl von 7 bis 3650 angeben.'
		);
		expect(await page.locator('#settings-staleAfterDays').getAttribute('aria-invalid')).toBe(
			'true'
		);
		expect(await page.locator('#settings-staleAfterDays').inputValue()).toBe('viele');
		await expectNoAxeViolations(page);
		res = await fillAndSave(page, { staleAfterDays: 30, reminderDaysBefore: 30, graceDays: 60 });
		expect(res?.status()).toBe(400);
		expect(await page.locator('#settings-reminderDaysBefore-error').innerText()).toContain(
			'Die Erinnerung muss vor dem Veralten kommen'
		);
		await page.goto('/admin/einstellungen');
		expect(await fieldValues(page)).toEqual(['182', '14', '60']);

		// Good: a grace period short enough to hide the target offer.
		const grace = Math.floor(target.age - DEFAULTS.staleAfterDays) - 2;
		try {
			res = await fillAndSave(page, { ...DEFAULTS, graceDays: grace });
			expect(new URL(page.url()).searchParams.get('gespeichert')).toBe('1');
			const main = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
			expect(main).toContain('Die Einstellungen wurden gespeichert');
			expect(main).toMatch(/Angebote, die dadurch ein- oder ausgeblendet wurden: [1-9]\d*/);
			expect(main).toContain(`Nach weiteren ${grace} Tagen`);
			expect(await fieldValues(page)).toEqual(['182', '14', String(grace)]);
			await expectNoAxeViolations(page);

			// The public no longer sees the offer: page, API, finder.
			const visitor = await newContext(browser);
			const pub = await visitor.newPage();
			const gone = await pub.goto(`/angebote/${target.slug}`);
			expect(gone?.status()).toBe(410);
			expect(await pub.locator('h1').innerText()).toBe(
				'Dieses Angebot wird gerade nicht angezeigt'
			);
			expect(await pub.locator('main').innerText()).toContain(
				'weil es länger nicht bestätigt wurde'
			);
			await expectNoAxeViolations(pub);
			expect((await fetch(`${baseUrl()}/api/v1/offers/${target.id}`)).status).toBe(404);
			const listed = await publicOffers(`&provider=${target.institution.slug}`);
			expect(listed.map((o) => o.id)).not.toContain(target.id);
			await visitor.close();
		} finally {
			await page.goto('/admin/einstellungen');
			await fillAndSave(page, DEFAULTS);
		}
		expect(await fieldValues(page)).toEqual(['182', '14', '60']);
		expect((await fetch(`${baseUrl()}/api/v1/offers/${target.id}`)).status).toBe(200);
		const back = await publicOffers(`&provider=${target.institution.slug}`);
		expect(back.map((o) => o.id)).toContain(target.id);
		await context.close();
	});
});
