/**
 * Everything people write is shown as text, never run as code. The global
 * setup fed a list of XSS payloads (src/lib/server/testing/xss.ts) through the
 * real use cases into every free-text field of an institution, an offer (and
 * a pending change with a review thread) and a content page. Here Chromium
 * opens every page that shows those texts — public, portal and back office —
 * and checks that no payload ran (no dialog, `window.__xss` never set), that
 * no markup was injected (no inline script, event-handler attribute,
 * javascript: link, iframe or object), and that the payload is visible as
 * plain text.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accounts, launchBrowser, newContext, signIn } from '../helpers';

interface Injected {
	xss: unknown;
	inlineScripts: string[];
	handlers: string[];
	jsLinks: string[];
	frames: number;
}

/** What an executed or injected payload would leave behind in the page. */
async function inspect(page: Page): Promise<Injected> {
	return page.evaluate(() => {
		const all = Array.from(document.querySelectorAll('*'));
		return {
			xss: (window as unknown as { __xss?: unknown }).__xss,
			inlineScripts: Array.from(document.querySelectorAll('script:not([src])'))
				.map((s) => s.textContent ?? '')
				.filter((t) => t.includes('__xss') && !t.trimStart().startsWith('{')),
			handlers: all.flatMap((el) =>
				Array.from(el.attributes)
					.filter((a) => a.name.startsWith('on') && a.value.includes('__xss'))
					.map((a) => `${el.tagName}[${a.name}]`)
			),
			jsLinks: Array.from(document.querySelectorAll('a[href], area[href]'))
				.map((a) => a.getAttribute('href') ?? '')
				.filter((h) => /^\s*javascript:/i.test(h)),
			frames: document.querySelectorAll('main iframe, main object, main embed').length
		};
	});
}

async function expectInert(page: Page, path: string, mustShow: string): Promise<void> {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const res = await page.goto(path);
	expect(res?.status(), path).toBeLessThan(400);
	// Click every link and toggle every <details> that holds a payload, then look again.
	for (const details of await page.locator('main details').all()) {
		await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
	}
	const found = await inspect(page);
	expect(found, path).toEqual({
		xss: undefined,
		inlineScripts: [],
		handlers: [],
		jsLinks: [],
		frames: 0
	});
	expect(dialogs, path).toEqual([]);
	expect(await page.locator('body').innerText(), path).toContain(mustShow);
}

describe('XSS payloads in every text field', () => {
	let browser: Browser;
	let staff: BrowserContext;
	beforeAll(async () => {
		browser = await launchBrowser();
		staff = await newContext(browser);
		await signIn(await staff.newPage(), accounts().coordinator);
	});
	afterAll(async () => {
		await browser?.close();
	});

	const fx = () => {
		const x = inject('xss');
		if (!x) throw new Error('XSS fixtures are only created by the local global setup');
		return x;
	};
	const payload = '<script>window.__xss=1</script>';

	it('stay text on the public pages', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		const { offerSlug, institutionSlug, pageSlug } = fx();
		await expectInert(page, `/angebote/${offerSlug}`, payload);
		await expectInert(page, `/en/angebote/${offerSlug}`, payload);
		await expectInert(page, `/einrichtungen/${institutionSlug}`, payload);
		await expectInert(
			page,
			`/angebote?q=${encodeURIComponent('XSS-Testangebot')}`,
			'XSS-Testangebot'
		);
		await expectInert(page, `/angebote?q=${encodeURIComponent(payload)}`, payload);
		await expectInert(page, `/seiten/${pageSlug}`, 'window.__xss=2');
		await context.close();
	});

	it('stay text in the portal and the back office', async () => {
		const page = await staff.newPage();
		const { offerId, institutionSlug } = fx();
		await expectInert(page, `/portal/angebote/${offerId}`, 'window.__xss');
		await expectInert(page, `/portal/angebote/${offerId}/vorschau`, payload);
		await expectInert(page, `/admin/pruefung/${offerId}`, payload);
		await expectInert(page, `/admin/pruefung`, 'XSS-Testangebot');
		await expectInert(page, `/admin/protokoll?entityId=${offerId}`, 'offer.');
		await expectInert(page, `/admin/einrichtungen/${institutionSlug}`, 'XSS-Testeinrichtung');
		await expectInert(page, `/portal/einrichtungen/${institutionSlug}`, 'XSS-Testeinrichtung');
		await expectInert(page, '/admin/qualitaet', 'Qualit');
		await page.close();
	});

	it('stay text in form fields (the editor shows them as values, not markup)', async () => {
		const page = await staff.newPage();
		await page.goto(`/portal/angebote/${fx().offerId}`);
		expect(await page.locator('#f-description').inputValue()).toContain(payload);
		expect(await page.locator('#f-title').inputValue()).toContain(payload);
		await page.close();
	});
});
