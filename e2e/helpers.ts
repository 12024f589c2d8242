/**
 * End-to-end helpers: Debian's Chromium driven by playwright-core, and axe-core
 * checks at desktop (1280 px) and mobile (320 px) width on every page visited.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from 'playwright-core';
import { expect, inject } from 'vitest';
import type { ReceivedMail } from '../src/lib/server/testing/smtp';
import type { E2eAccount, E2eAccounts } from './fixtures';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export const baseUrl = (): string => inject('baseUrl');

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
}

/** A new context on the portal, German by default. */
export function newContext(
	browser: Browser,
	options: BrowserContextOptions = {}
): Promise<BrowserContext> {
	return browser.newContext({
		baseURL: baseUrl(),
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		viewport: { width: 1280, height: 800 },
		...options
	});
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
	const hasAxe = await page.evaluate('typeof window.axe !== "undefined"');
	if (!hasAxe) await page.evaluate(axeSource);
	return (await page.evaluate(
		`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({ target: n.target })) })))`
	)) as AxeViolation[];
}

const describeViolations = (vs: AxeViolation[]) =>
	vs.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);

/**
 * Runs axe on the page as it is now at 1280×800 and at 320×640 and fails with
 * every violation listed. Restores the viewport afterwards. Needs JavaScript
 * enabled in the context; for a no-JS page use expectNoAxeViolationsAt().
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const original = page.viewportSize() ?? { width: 1280, height: 800 };
	const found: string[] = [];
	for (const viewport of [
		{ width: 1280, height: 800 },
		{ width: 320, height: 640 }
	]) {
		await page.setViewportSize(viewport);
		const vs = await axeViolations(page);
		found.push(...describeViolations(vs).map((d) => `[${viewport.width}px ${page.url()}] ${d}`));
	}
	await page.setViewportSize(original);
	expect(found, found.join('\n')).toEqual([]);
}

/** Loads `url` in a fresh JavaScript-enabled page and checks it with axe at both widths. */
export async function expectNoAxeViolationsAt(browser: Browser, url: string): Promise<void> {
	const context = await newContext(browser);
	try {
		const page = await context.newPage();
		await page.goto(url);
		await expectNoAxeViolations(page);
	} finally {
		await context.close();
	}
}

/** The fixture accounts (admin, coordinator, providerA, providerB); see fixtures.ts. */
export const accounts = (): E2eAccounts => inject('accounts');

/** Signs in through the sign-in form and waits for the portal. */
export async function signIn(page: Page, account: E2eAccount): Promise<void> {
	await page.goto('/anmelden');
	await page.getByLabel(/E-Mail/).fill(account.email);
	await page.getByLabel(/Passwort/).fill(account.password);
	await page.locator('main form button[type="submit"]').click();
	await page.waitForURL((u) => u.pathname.startsWith('/portal') || u.pathname.startsWith('/admin'));
}

/** Every mail the test SMTP server received so far, oldest first. */
export function receivedMails(): ReceivedMail[] {
	const dir = inject('mailDir');
	if (!dir) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as ReceivedMail);
}

/** Waits until a mail matching `pred` arrived at the test SMTP server. */
export async function waitForMail(
	pred: (m: ReceivedMail) => boolean,
	timeoutMs = 15_000
): Promise<ReceivedMail> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const hit = receivedMails().find(pred);
		if (hit) return hit;
		if (Date.now() > until) throw new Error('Die erwartete E-Mail ist nicht angekommen.');
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** The first link in a mail's text that starts with the portal's address. */
export function linkInMail(mail: ReceivedMail): string {
	const m = new RegExp(`${baseUrl().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s<>"]+`).exec(
		mail.decoded
	);
	if (!m) throw new Error(`Kein Link in der E-Mail „${mail.subject}“`);
	return m[0];
}
