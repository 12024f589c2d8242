/**
 * A coordinator works through the review queue: the oldest submission comes
 * first; approving an offer makes it publicly findable; requesting changes
 * and rejecting need a reason (rejecting is confirmed first); several offers
 * are approved at once after a confirmation; the audit log shows every step.
 * Uses the offers the demo data seeds "in review".
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, expectNoAxeViolations, launchBrowser, newContext, signIn } from '../helpers';

const idOf = (href: string) => href.split('/').filter(Boolean).at(-1)!;

/** The queue rows as shown: id, title and submission time. */
async function queueRows(page: Page) {
	return page.locator('table.queue tbody tr').evaluateAll((rows) =>
		rows.map((r) => ({
			id: (r.querySelector('th a')?.getAttribute('href') ?? '').split('/').pop() ?? '',
			title: r.querySelector('th a')?.textContent?.trim() ?? '',
			submittedAt: r.querySelector('time')?.getAttribute('datetime') ?? ''
		}))
	);
}

/** The offer pages the public finder links when searching this title. */
async function searchResults(page: Page, title: string): Promise<string[]> {
	await page.goto(`/angebote?q=${encodeURIComponent(title)}&pageSize=100`);
	return page
		.locator('main a[href^="/angebote/"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('a coordinator reviews submitted offers', () => {
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	const decided: { id: string; action: string }[] = [];

	beforeAll(async () => {
		browser = await launchBrowser();
		context = await newContext(browser);
		page = await context.newPage();
		await signIn(page, accounts().coordinator);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('sees the queue oldest first and approves an offer, which then appears in public search', async () => {
		await page.goto('/admin');
		expect(await page.locator('h1').textContent()).toContain('Übersicht');
		await expectNoAxeViolations(page);

		await page
			.getByRole('navigation', { name: 'Bereiche des Bildungsbüros' })
			.getByRole('link', { name: 'Prüfung' })
			.click();
		await page.waitForURL('**/admin/pruefung');
		const rows = await queueRows(page);
		expect(rows.length).toBeGreaterThanOrEqual(5);
		const times = rows.map((r) => r.submittedAt);
		expect(times).toEqual([...times].sort());
		await expectNoAxeViolations(page);

		const first = rows[0]!;
		const foundBefore = await searchResults(page, first.title);
		await page.goto('/admin/pruefung');
		await page.locator('table.queue tbody th a').first().click();
		await page.waitForURL(`**/admin/pruefung/${first.id}`);
		expect(await page.locator('h1').textContent()).toContain(first.title);
		// A new offer is shown in full: its title is a row of the table.
		const table = page.locator('table.diff');
		await expect.poll(() => table.locator('caption').textContent()).toContain('Alle Angaben');
		expect(await table.locator('tbody tr', { hasText: 'Titel' }).first().textContent()).toContain(
			first.title
		);
		await expectNoAxeViolations(page);

		await page.getByLabel('Kommentar an den Anbieter').fill('Danke, sieht gut aus.');
		await page.getByRole('button', { name: 'Freigeben', exact: true }).click();
		await page.waitForURL(
			(u) => u.pathname === '/admin/pruefung' && u.searchParams.get('done') === 'approved'
		);
		expect(await page.getByRole('status').first().textContent()).toContain(first.title);
		decided.push({ id: first.id, action: 'offer.approve' });

		// Now published: the review page says there is nothing to review and links the public page.
		await page.goto(`/admin/pruefung/${first.id}`);
		expect(await page.locator('main').textContent()).toContain('Nichts zu prüfen');
		const publicHref = await page
			.getByRole('link', { name: 'Öffentliche Seite' })
			.getAttribute('href');
		const slug = idOf(publicHref!);
		expect(foundBefore).not.toContain(`/angebote/${slug}`);
		expect(await searchResults(page, first.title)).toContain(`/angebote/${slug}`);
	});

	it('needs a reason to request changes, then records the request', async () => {
		await page.goto('/admin/pruefung');
		const [target] = await queueRows(page);
		await page.goto(`/admin/pruefung/${target!.id}`);

		await page.getByRole('button', { name: 'Änderungen anfordern' }).click();
		const summary = page.getByRole('alert');
		expect(await summary.textContent()).toContain('Begründung');
		const field = page.getByLabel('Kommentar an den Anbieter');
		expect(await field.getAttribute('aria-invalid')).toBe('true');
		await expectNoAxeViolations(page);

		await field.fill('Bitte ergänzen Sie die Uhrzeit und eine Telefonnummer für die Anmeldung.');
		await page.getByRole('button', { name: 'Änderungen anfordern' }).click();
		await page.waitForURL((u) => u.searchParams.get('done') === 'changes');
		expect(await page.getByRole('status').first().textContent()).toContain(target!.title);
		expect((await queueRows(page)).map((r) => r.id)).not.toContain(target!.id);
		decided.push({ id: target!.id, action: 'offer.request_changes' });
		// The offer is back with its provider, the request in its thread.
		await page.goto(`/admin/pruefung/${target!.id}`);
		const main = await page.locator('main').textContent();
		expect(main).toContain('Status: Überarbeitung angefordert');
		expect(main).toContain('Bitte ergänzen Sie die Uhrzeit');
	});

	it('rejects an offer only after confirming', async () => {
		await page.goto('/admin/pruefung');
		const [target] = await queueRows(page);
		await page.goto(`/admin/pruefung/${target!.id}`);
		await page
			.getByLabel('Kommentar an den Anbieter')
			.fill('Das Angebot findet nicht in Salzgitter statt.');
		await page.getByRole('button', { name: 'Ablehnen …' }).click();
		const confirm = page.getByRole('alert').filter({ hasText: 'Wirklich ablehnen?' });
		expect(await confirm.textContent()).toContain('nicht in Salzgitter');
		await expectNoAxeViolations(page);
		// Nothing happened yet.
		await page.goto('/admin/pruefung');
		expect((await queueRows(page)).map((r) => r.id)).toContain(target!.id);

		await page.goto(`/admin/pruefung/${target!.id}`);
		await page
			.getByLabel('Kommentar an den Anbieter')
			.fill('Das Angebot findet nicht in Salzgitter statt.');
		await page.getByRole('button', { name: 'Ablehnen …' }).click();
		await page.getByRole('button', { name: 'Ja, ablehnen' }).click();
		await page.waitForURL((u) => u.searchParams.get('done') === 'rejected');
		expect((await queueRows(page)).map((r) => r.id)).not.toContain(target!.id);
		decided.push({ id: target!.id, action: 'offer.reject' });
	});

	it('approves several offers at once after a confirmation, without JavaScript', async () => {
		const noJs = await newContext(browser, { javaScriptEnabled: false });
		try {
			const p = await noJs.newPage();
			await signIn(p, accounts().coordinator);
			await p.goto('/admin/pruefung');
			const before = await queueRows(p);
			const chosen = before.slice(0, 2);

			await p.getByRole('button', { name: 'Ausgewählte freigeben' }).click();
			expect(await p.getByRole('alert').textContent()).toContain('mindestens eine');

			for (const row of chosen) await p.getByLabel(`„${row.title}“ auswählen`).first().check();
			await p.getByRole('button', { name: 'Ausgewählte freigeben' }).click();
			const confirm = p.getByRole('alert').filter({ hasText: '2 Angebote freigeben?' });
			for (const row of chosen) expect(await confirm.textContent()).toContain(row.title);
			// Still waiting until confirmed.
			expect((await queueRows(p)).map((r) => r.id)).toEqual(before.map((r) => r.id));

			await p.getByRole('button', { name: 'Ja, 2 freigeben' }).click();
			expect(await p.getByRole('status').first().textContent()).toContain('Freigegeben: 2');
			const after = (await queueRows(p)).map((r) => r.id);
			for (const row of chosen) {
				expect(after).not.toContain(row.id);
				decided.push({ id: row.id, action: 'offer.approve' });
			}
		} finally {
			await noJs.close();
		}
	});

	it('finds each decision in the audit log, filtered by the offer', async () => {
		for (const { id, action } of decided) {
			await page.goto(`/admin/protokoll?entityType=offer&entityId=${id}`);
			const rows = page.locator('table.audit > tbody > tr');
			expect(await rows.count()).toBeGreaterThanOrEqual(1);
			const actions = await rows.locator('td:nth-child(3) code').allTextContents();
			expect(actions).toContain(action);
			const entry = rows.filter({ hasText: action }).first();
			expect(await entry.textContent()).toContain(accounts().coordinator.email);
		}
		// The review page links the log of its offer.
		const approved = decided[0]!;
		await page.goto(`/admin/pruefung/${approved.id}`);
		await page.getByRole('link', { name: 'Protokoll dieses Angebots' }).click();
		await page.waitForURL((u) => u.pathname === '/admin/protokoll');
		const entry = page.locator('table.audit > tbody > tr', { hasText: 'offer.approve' }).first();
		await entry.locator('summary').click();
		const diff = await entry.locator('details table').textContent();
		expect(diff).toContain('"in_review"');
		expect(diff).toContain('"published"');
		await expectNoAxeViolations(page);
	});
});
