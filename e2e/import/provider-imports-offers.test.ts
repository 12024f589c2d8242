/**
 * A provider imports a spreadsheet of 500 offers, 20 of them broken: the
 * preview lists exactly those 20 row errors, the import brings in the other
 * 480 with visible progress, and the offers reach the provider's list. Once
 * more without JavaScript, with a small file, to prove the plain forms and
 * the self-refreshing progress page work. Axe at both widths on every page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSample, sampleXlsx } from '../../src/lib/server/import/sample';
import { accounts, expectNoAxeViolations, launchBrowser, newContext, signIn } from '../helpers';

const dir = mkdtempSync(path.join(tmpdir(), 'bl-e2e-import-'));

/** Runs axe at both widths on `url` in a JavaScript context signed in like `from`. */
async function axeSignedIn(browser: Browser, from: BrowserContext, url: string) {
	const context = await newContext(browser);
	try {
		await context.addCookies(await from.cookies());
		const page = await context.newPage();
		await page.goto(url);
		await expectNoAxeViolations(page);
	} finally {
		await context.close();
	}
}

async function upload(page: Page, file: string, institutionId: string) {
	await page.goto('/portal/import');
	await page.getByLabel('Einrichtung').selectOption(institutionId);
	await page.getByLabel('Datei (Excel oder CSV)', { exact: true }).setInputFiles(file);
	expect(await page.getByLabel('Direkt zur Prüfung einreichen').isChecked()).toBe(true);
	await page.getByRole('button', { name: 'Datei prüfen' }).click();
	await page.waitForURL(/\/portal\/import\/[0-9a-f-]{36}$/);
}

describe('a provider importing offers from a spreadsheet', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('sees the 20 bad rows, imports the 480 good ones and follows the progress to 100 %', async () => {
		const provider = accounts().providerA;
		const sample = buildSample({ rows: 500, bad: 20, idPrefix: 'E2E', titlePrefix: 'E2E-Import' });
		const file = path.join(dir, 'angebote.xlsx');
		writeFileSync(file, await sampleXlsx(sample));

		const context = await newContext(browser);
		const page = await context.newPage();
		await signIn(page, provider);

		await page.goto('/portal/import');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Angebote importieren'
		);
		await expectNoAxeViolations(page);

		// The templates download with the right type and name.
		const xlsx = await context.request.get('/portal/import/vorlage.xlsx');
		expect(xlsx.headers()['content-type']).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		expect(xlsx.headers()['content-disposition']).toContain('angebote-vorlage.xlsx');
		const csv = await context.request.get('/portal/import/vorlage.csv');
		expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect((await csv.text()).split('\n')[0]).toContain('externe_id;titel;');

		// Preview: every bad row with its spreadsheet row number and column.
		await upload(page, file, provider.institution.id);
		expect(await page.getByTestId('valid-rows').textContent()).toContain('480');
		expect(await page.getByTestId('invalid-rows').textContent()).toContain('20');
		const errorRows = page.getByTestId('import-errors').locator('tbody tr');
		expect(await errorRows.count()).toBe(20);
		const shown = await errorRows.evaluateAll((trs) =>
			trs.map((tr) => ({
				row: Number(tr.querySelector('th')!.textContent!.replace(/\D/g, '')),
				column: tr.querySelector('code')!.textContent!.trim()
			}))
		);
		expect(shown).toEqual(sample.badRows);
		const plz = sample.badRows.find((b) => b.column === 'plz')!;
		expect(await errorRows.nth(sample.badRows.indexOf(plz)).textContent()).toContain(
			'Bitte eine fünfstellige Postleitzahl angeben.'
		);
		await expectNoAxeViolations(page);

		// Import: the page polls the progress and shows the summary at the end.
		await page.getByRole('button', { name: '480 gültige Zeilen importieren' }).click();
		await page.getByRole('heading', { level: 1, name: 'Import abgeschlossen' }).waitFor({
			timeout: 90_000
		});
		const progress = page.locator('progress#import-progress');
		expect(await progress.getAttribute('value')).toBe('480');
		expect(await progress.getAttribute('max')).toBe('480');
		expect(await page.locator('label[for="import-progress"]').textContent()).toContain(
			'480 von 480 Zeilen verarbeitet (100 %)'
		);
		expect(await page.getByTestId('import-counts').textContent()).toContain(
			'480 neu angelegt, 0 aktualisiert, 0 fehlgeschlagen'
		);
		await expectNoAxeViolations(page);

		// The offers are the provider's now (the list page, when the portal has it).
		const list = await page.goto('/portal/angebote?q=E2E-Import');
		if (list?.status() === 200) {
			expect(await page.locator('main').textContent()).toContain('E2E-Import Angebot');
		}
		await context.close();
	});

	it('works without JavaScript: plain upload form, preview, import and a self-refreshing progress page', async () => {
		const provider = accounts().providerA;
		// Big enough that the import is still running when the page comes back.
		const sample = buildSample({
			rows: 1500,
			bad: 2,
			idPrefix: 'E2E-NOJS',
			titlePrefix: 'Ohne JS'
		});
		const file = path.join(dir, 'ohne-js.xlsx');
		writeFileSync(file, await sampleXlsx(sample));

		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await signIn(page, provider);
		await axeSignedIn(browser, context, '/portal/import');

		// Without a file the form answers with an error summary linking to the field.
		await page.goto('/portal/import');
		await page.getByRole('button', { name: 'Datei prüfen' }).click();
		const summary = page.locator('#import-error-summary');
		expect(await summary.textContent()).toContain('Bitte wählen Sie eine Datei aus.');
		expect(await summary.locator('a').getAttribute('href')).toBe('#import-file');

		await upload(page, file, provider.institution.id);
		expect(await page.getByTestId('import-errors').locator('tbody tr').count()).toBe(2);
		const [running] = await Promise.all([
			page.waitForNavigation(),
			page.getByRole('button', { name: '1.498 gültige Zeilen importieren' }).click()
		]);
		// While it runs, the page refreshes itself (<noscript><meta refresh>) …
		const html = await running!.text();
		expect(html).toContain('Import läuft');
		expect(html).toMatch(/<noscript><meta http-equiv="refresh" content="2"\s*\/?><\/noscript>/);
		// … until it is done.
		await page
			.getByRole('heading', { level: 1, name: 'Import abgeschlossen' })
			.waitFor({ timeout: 90_000 });
		expect(await page.getByTestId('import-counts').textContent()).toContain(
			'1.498 neu angelegt, 0 aktualisiert, 0 fehlgeschlagen'
		);
		expect(await page.content()).not.toContain('http-equiv="refresh"');
		await context.close();
	});
});
