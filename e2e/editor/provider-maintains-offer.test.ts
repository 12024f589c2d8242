/**
 * A provider keeps a published offer true: confirms it is still current with
 * one click ("zuletzt geprüft" moves to today), changes it (the published
 * version stays online while the change waits for review), and a bad change
 * saves nothing. Duplicating makes a new draft; archiving asks first.
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
import { germanDate, offerIdOf } from './editor-helpers';

interface ApiOffer {
	id: string;
	slug: string;
	title: string;
	lastVerifiedAt: string | null;
}

/** Published offers of provider A's institution, from the public API. */
async function publishedOffersOfA(): Promise<ApiOffer[]> {
	const slug = accounts().providerA.institution.slug;
	const res = await fetch(`${baseUrl()}/api/v1/offers?provider=${slug}&pageSize=50`);
	expect(res.status).toBe(200);
	const body = (await res.json()) as { items: ApiOffer[] };
	return body.items;
}

describe('a provider maintains a published offer', () => {
	let browser: Browser;
	let page: Page;
	beforeAll(async () => {
		browser = await launchBrowser();
		const context = await newContext(browser);
		page = await context.newPage();
		await signIn(page, accounts().providerA);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('confirms it is still current, and “zuletzt geprüft” moves to today', async () => {
		const today = germanDate(new Date().toISOString());
		const offer = (await publishedOffersOfA()).find(
			(o) => o.lastVerifiedAt && germanDate(o.lastVerifiedAt) !== today
		);
		expect(offer, 'institution A needs a published offer not verified today').toBeTruthy();
		await page.goto(`/portal/angebote/${offer!.id}`);
		const verified = page.getByTestId('last-verified');
		expect(await verified.textContent()).toContain(germanDate(offer!.lastVerifiedAt!));
		expect(await page.locator('[data-status]').textContent()).toContain('Veröffentlicht');
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: 'Angaben sind noch aktuell' }).click();
		await page.waitForURL(/\?bestaetigt=1/);
		expect(await verified.textContent()).toContain(`zuletzt geprüft am ${today}`);
		expect(await page.locator('main').textContent()).toContain(
			`Die Angaben gelten jetzt als geprüft am ${today}`
		);
		// The public page says so too.
		const pub = await page.context().newPage();
		await pub.goto(`/angebote/${offer!.slug}`);
		expect(await pub.locator('main').textContent()).toContain(today);
		await pub.close();
	});

	it('saves nothing when a change is invalid, and keeps the published version while a change waits', async () => {
		const offer = (await publishedOffersOfA())[0]!;
		await page.goto(`/portal/angebote/${offer.id}`);
		const title = page.locator('#f-title');
		const original = await title.inputValue();

		// Invalid: no title, a broken e-mail address.
		await title.fill('');
		await page.locator('#f-registration-email').fill('keine adresse');
		await page.getByRole('button', { name: 'Änderung zur Prüfung einreichen' }).click();
		await page.locator('.error-summary').waitFor();
		expect(await page.locator('#f-title-error').textContent()).toContain('Bitte füllen Sie');
		expect(await page.locator('#f-registration-email-error').textContent()).toContain('E-Mail');
		expect(await page.locator('#f-registration-email').inputValue()).toBe('keine adresse');
		await expectNoAxeViolations(page);
		await page.goto(`/portal/angebote/${offer.id}`);
		expect(await title.inputValue()).toBe(original);
		expect(await page.getByTestId('change-state').count()).toBe(0);

		// A valid change goes to review; the public page still shows the published title.
		const changed = `${original} – neu`.slice(0, 200);
		await title.fill(changed);
		await page.getByRole('button', { name: 'Änderung zur Prüfung einreichen' }).click();
		await page.waitForURL(/\?eingereicht=1/);
		expect(await page.getByTestId('change-state').textContent()).toContain(
			'Ihre Änderung wartet auf Prüfung – die veröffentlichte Fassung bleibt sichtbar.'
		);
		expect(await title.inputValue()).toBe(changed);
		await expectNoAxeViolations(page);
		const pub = await page.context().newPage();
		await pub.goto(`/angebote/${offer.slug}`);
		expect(await pub.locator('h1').textContent()).toBe(original);
		await pub.close();
		// The preview shows the change.
		await page.goto(`/portal/angebote/${offer.id}/vorschau`);
		expect(await page.locator('h1').textContent()).toBe(changed);

		// A note to the reviewer in the thread; an empty one is refused.
		await page.goto(`/portal/angebote/${offer.id}`);
		await page.getByRole('button', { name: 'Antwort senden' }).click();
		await page.locator('#reply-error').waitFor();
		await expectNoAxeViolations(page);
		await page
			.getByLabel('Ihre Antwort an das Bildungsbüro')
			.fill('Der Titel nennt jetzt das Neue.');
		await page.getByRole('button', { name: 'Antwort senden' }).click();
		await page.waitForURL(/\?kommentiert=1/);
		const thread = page.locator('#rueckmeldungen');
		expect(await thread.textContent()).toContain('Der Titel nennt jetzt das Neue.');
		expect(await thread.textContent()).toContain('anbieter-a');
	});

	it('duplicates an offer into a new draft and archives it after confirming', async () => {
		const offer = (await publishedOffersOfA())[1]!;
		await page.goto(`/portal/angebote/${offer.id}`);
		const title = await page.locator('#f-title').inputValue();
		await page.getByRole('button', { name: 'Duplizieren' }).click();
		await page.waitForURL(/\?dupliziert=1/);
		const copyId = offerIdOf(page);
		expect(copyId).not.toBe(offer.id);
		expect(await page.locator('h1').textContent()).toBe(`${title} (Kopie)`.slice(0, 200));
		expect(await page.locator('[data-status]').textContent()).toContain('Entwurf');
		await expectNoAxeViolations(page);

		await page.getByRole('link', { name: 'Archivieren …' }).click();
		await page.waitForURL(`**/portal/angebote/${copyId}/archivieren`);
		expect(await page.locator('h1').textContent()).toBe('Angebot archivieren?');
		await expectNoAxeViolations(page);
		// Cancelling changes nothing.
		await page.getByRole('link', { name: 'Abbrechen und zurück zum Angebot' }).click();
		await page.waitForURL(`**/portal/angebote/${copyId}`);
		expect(await page.locator('[data-status]').textContent()).toContain('Entwurf');

		await page.goto(`/portal/angebote/${copyId}/archivieren`);
		await page.getByRole('button', { name: 'Ja, archivieren' }).click();
		await page.waitForURL((u) => u.pathname === '/portal/angebote');
		await page.goto(`/portal/angebote/${copyId}`);
		expect(await page.locator('[data-status]').textContent()).toContain('Archiviert');
		expect(await page.locator('#f-title').count()).toBe(0);
		// The original is untouched.
		await page.goto(`/portal/angebote/${offer.id}`);
		expect(await page.locator('[data-status]').textContent()).toContain('Veröffentlicht');
	});

	it('lets the education office open any institution’s offer', async () => {
		const offer = (await publishedOffersOfA())[0]!;
		const context = await newContext(browser);
		const staff = await context.newPage();
		await signIn(staff, accounts().coordinator);
		const res = await staff.goto(`/portal/angebote/${offer.id}`);
		expect(res?.status()).toBe(200);
		expect(await staff.locator('main').textContent()).toContain(
			accounts().providerA.institution.name
		);
		await staff.goto('/portal/angebote/neu');
		expect(await staff.locator('#f-institution option').count()).toBeGreaterThan(100);
		await context.close();
	});
});
