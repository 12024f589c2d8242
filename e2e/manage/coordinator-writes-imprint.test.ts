/**
 * A coordinator adds a Markdown text to the Impressum — with script tags, a
 * javascript: link and an image with onerror in it. The preview and the public
 * page show the text, nothing executes, and the legally required parts stay.
 * A further page under /seiten/… falls back to German on the English site and
 * disappears after a confirmed delete.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, expectNoAxeViolations, launchBrowser, newContext, signIn } from '../helpers';

const BODY = [
	'Dieser **Zusatz** stammt aus dem Bildungsbüro.',
	'',
	'<script>window.__xss=1</script>',
	'',
	'[Klick mich](javascript:window.__xss=1)',
	'',
	'<img src=x onerror="window.__xss=1">',
	'',
	'<a href="javascript:window.__xss=1">HTML-Link</a>',
	'',
	'- Punkt eins',
	'- [Angebote finden](/angebote)'
].join('\n');

const xss = (page: Page) => page.evaluate(() => (window as { __xss?: unknown }).__xss);

async function expectInert(page: Page) {
	const main = page.locator('main');
	expect(await main.locator('script').count()).toBe(0);
	expect(await main.locator('img').count()).toBe(0);
	expect(await main.locator('a[href^="javascript" i]').count()).toBe(0);
	expect(await main.locator('[onerror], [onclick], [onload]').count()).toBe(0);
	expect(await xss(page)).toBeUndefined();
}

describe('a coordinator writes an addition to the Impressum', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('previews and saves Markdown; the public page shows it and nothing executes', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().coordinator);
		await page.goto('/admin/seiten');
		const impressumRow = page.locator('tbody tr', {
			has: page.getByRole('link', { name: 'impressum (Deutsch)', exact: true })
		});
		expect(await impressumRow.innerText()).toContain('Noch kein eigener Text.');
		await expectNoAxeViolations(page);

		await page.getByRole('link', { name: 'impressum (Deutsch)', exact: true }).click();
		await page.waitForURL((u) => u.pathname === '/admin/seiten/impressum/de');
		await expectNoAxeViolations(page);
		await page.getByLabel('Titel').fill('Hinweise der Redaktion');
		await page.getByLabel('Text (Markdown)').fill(BODY);

		await page.getByRole('button', { name: 'Vorschau' }).click();
		const preview = page.getByRole('region', { name: 'Vorschau (nicht gespeichert)' });
		await preview.waitFor();
		expect(await preview.locator('strong').innerText()).toBe('Zusatz');
		expect(await preview.innerText()).toContain('<script>window.__xss=1</script>');
		expect(await page.getByLabel('Text (Markdown)').inputValue()).toBe(BODY);
		await expectInert(page);
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.waitForURL((u) => u.searchParams.has('gespeichert'));
		expect(await page.getByRole('status').innerText()).toContain('Gespeichert.');

		await page.goto('/impressum');
		const addition = page.getByRole('region', { name: 'Hinweise der Redaktion' });
		const text = await addition.innerText();
		expect(text).toContain('Dieser Zusatz stammt aus dem Bildungsbüro.');
		expect(text).toContain('<script>window.__xss=1</script>');
		expect(text).toContain('[Klick mich](javascript:window.__xss=1)');
		expect(await addition.getByRole('link', { name: 'Angebote finden' }).getAttribute('href')).toBe(
			'/angebote'
		);
		await expectInert(page);
		await addition.getByText('Klick mich').click();
		await addition.getByText('HTML-Link').click();
		expect(await xss(page)).toBeUndefined();
		expect(new URL(page.url()).pathname).toBe('/impressum');
		// The legally required parts stay.
		const main = await page.locator('main').innerText();
		expect(main).toContain('§ 5');
		expect(main).toContain('§ 18');
		await expectNoAxeViolations(page);

		// English: the German text, marked as German.
		await page.goto('/en/impressum');
		const en = page.locator('section[lang="de"]', { hasText: 'Hinweise der Redaktion' });
		expect(await en.count()).toBe(1);
		await expectInert(page);
		await expectNoAxeViolations(page);
		await context.close();

		// Without JavaScript the text is there too.
		const noJs = await newContext(browser, { javaScriptEnabled: false });
		const plain = await noJs.newPage();
		await plain.goto('/impressum');
		expect(await plain.locator('main').innerText()).toContain('Dieser Zusatz stammt');
		await noJs.close();
	});

	it('creates a further page, shows it in German on the English site and deletes it', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, accounts().coordinator);
		await page.goto('/admin/seiten');
		const slug = `ratgeber-${Date.now().toString(36)}`;
		await page.getByLabel('Kennung').fill('Ratgeber Kita');
		await page.getByRole('button', { name: 'Seite anlegen' }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Eingaben' });
		await summary.waitFor();
		expect(await page.getByLabel('Kennung').getAttribute('aria-invalid')).toBe('true');
		await expectNoAxeViolations(page);
		await page.getByLabel('Kennung').fill(slug);
		await page.getByRole('button', { name: 'Seite anlegen' }).click();
		await page.waitForURL((u) => u.pathname === `/admin/seiten/${slug}/de`);
		await page.getByLabel('Titel').fill('Ratgeber Kita');
		await page.getByLabel('Text (Markdown)').fill('## Anmeldung\n\nSo melden Sie Ihr Kind an.');
		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.waitForURL((u) => u.searchParams.has('gespeichert'));

		await page.goto(`/seiten/${slug}`);
		expect(await page.locator('main h1').innerText()).toBe('Ratgeber Kita');
		expect(await page.getByRole('heading', { name: 'Anmeldung' }).count()).toBe(1);
		await expectNoAxeViolations(page);
		await page.goto(`/en/seiten/${slug}`);
		expect(await page.locator('main').innerText()).toContain(
			'This page is only available in German.'
		);
		expect(await page.locator('main h1').getAttribute('lang')).toBe('de');
		await expectNoAxeViolations(page);

		await page.goto(`/admin/seiten/${slug}/de`);
		await page.getByRole('link', { name: 'Seite löschen' }).click();
		const confirm = page.getByRole('region', { name: /wirklich löschen/ });
		await expectNoAxeViolations(page);
		await confirm.getByRole('button', { name: 'Ja, löschen' }).click();
		await page.waitForURL((u) => u.pathname === '/admin/seiten');
		expect(await page.getByRole('status').innerText()).toContain(`${slug}/de`);
		const gone = await page.goto(`/seiten/${slug}`);
		expect(gone?.status()).toBe(404);
		await context.close();
	});
});
