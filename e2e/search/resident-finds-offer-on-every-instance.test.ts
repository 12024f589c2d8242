/**
 * Two app instances behind one PostgreSQL database, as in a deployment with
 * several processes: a second production server (`node build/index.js`, the
 * same environment as the first but another port) is started here. An offer
 * approved on instance 1 is found by instance 2's search API within 2 seconds,
 * and an offer archived on instance 1 is gone from it within 2 seconds
 * (LISTEN/NOTIFY, see docs/handbook/search-sync.md).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accounts, baseUrl, launchBrowser, newContext, signIn } from '../helpers';
import { freePort, waitForHealth } from '../server-process';

const BOUND_MS = 2000;
const skip = !process.env.DATABASE_URL || !!process.env.E2E_BASE_URL;

/** Total hits of a public search on one instance. */
async function total(base: string, q: string): Promise<number> {
	const res = await fetch(`${base}/api/v1/offers?q=${encodeURIComponent(q)}`, {
		headers: { accept: 'application/json' }
	});
	expect(res.status).toBe(200);
	return ((await res.json()) as { total: number }).total;
}

/** Polls until the instance shows `expected` hits; returns the ms since `since`, fails after the bound. */
async function untilTotal(base: string, q: string, expected: number, since: number) {
	for (;;) {
		const n = await total(base, q);
		const ms = Math.round(performance.now() - since);
		if (n === expected) return ms;
		if (ms > BOUND_MS)
			throw new Error(`${base}: „${q}“ ergab nach ${ms} ms ${n} statt ${expected}`);
		await new Promise((r) => setTimeout(r, 25));
	}
}

/** A word no seeded offer contains (letters only, so it stays one search term). */
const rareWord = () =>
	'Kranichtanz' + Array.from({ length: 6 }, () => 'bcdfghjklmnpqrstvwxz'[randomInt(20)]).join('');

describe.skipIf(skip)(
	'a resident finds the same offers on every app instance (PostgreSQL only: on PGlite one process owns the data folder, so there is no second instance)',
	() => {
		let second: ChildProcess | undefined;
		let secondUrl = '';
		let browser: Browser;
		let staff: BrowserContext;
		let provider: BrowserContext;
		const word = rareWord();
		let offerId = '';

		beforeAll(async () => {
			const port = await freePort();
			secondUrl = `http://127.0.0.1:${port}`;
			second = spawn(process.execPath, ['build/index.js'], {
				cwd: path.resolve(import.meta.dirname, '../..'),
				env: {
					...process.env,
					...inject('serverEnv'),
					PORT: String(port),
					PUBLIC_BASE_URL: secondUrl,
					ORIGIN: secondUrl,
					// The first instance already runs the periodic jobs (and sends their mails).
					JOBS_INTERVAL_MINUTES: '0'
				},
				stdio: ['ignore', 'inherit', 'inherit']
			});
			await waitForHealth(secondUrl, second, 120_000);
			browser = await launchBrowser();
			staff = await newContext(browser);
			await signIn(await staff.newPage(), accounts().coordinator);
			provider = await newContext(browser);
			await signIn(await provider.newPage(), accounts().providerA);
		}, 180_000);

		afterAll(async () => {
			await browser?.close();
			if (second && second.exitCode === null) {
				const exited = new Promise((r) => second!.once('exit', r));
				second.kill('SIGTERM');
				const timer = setTimeout(() => second!.kill('SIGKILL'), 15_000);
				await exited;
				clearTimeout(timer);
			}
		});

		it('an offer approved on instance 1 is found on instance 2 within 2 s', async ({
			annotate
		}) => {
			// Provider A's course system sends a new offer to instance 1 (it goes to review).
			const created = await fetch(`${baseUrl()}/api/v1/offers`, {
				method: 'POST',
				headers: {
					accept: 'application/json',
					'content-type': 'application/json',
					authorization: `Bearer ${inject('apiTokenA')}`
				},
				body: JSON.stringify({
					title: `${word} im Stadtpark`,
					description: 'Ein Kurs, den jede Instanz des Portals gleich nach der Freigabe findet.',
					format: 'kurs',
					topics: ['sprache'],
					lifePhases: ['erwachsene'],
					schedule: { type: 'dates', dates: [{ startsAt: '2030-05-04T17:00:00+02:00' }] }
				})
			});
			expect(created.status).toBe(201);
			offerId = ((await created.json()) as { id: string }).id;
			expect(await total(secondUrl, word)).toBe(0);

			// The coordinator approves it on instance 1.
			const t0 = performance.now();
			const approved = await staff.request.post(`/admin/pruefung/${offerId}?/approve`, {
				form: { comment: '' },
				headers: { origin: baseUrl(), accept: 'text/html' },
				maxRedirects: 0
			});
			expect(approved.status()).toBe(303);
			// Instance 1 answered only once its own index had the offer.
			expect(await total(baseUrl(), word)).toBe(1);
			const ms = await untilTotal(secondUrl, word, 1, t0);
			await annotate(`Instanz 2 findet das freigegebene Angebot nach ${ms} ms`);
		});

		it('an offer archived on instance 1 is gone from instance 2 within 2 s', async ({
			annotate
		}) => {
			expect(offerId).not.toBe('');
			const t0 = performance.now();
			const archived = await provider.request.post(`/portal/angebote/${offerId}/archivieren`, {
				form: {},
				headers: { origin: baseUrl(), accept: 'text/html' },
				maxRedirects: 0
			});
			expect(archived.status()).toBe(303);
			expect(await total(baseUrl(), word)).toBe(0);
			const ms = await untilTotal(secondUrl, word, 0, t0);
			await annotate(`Instanz 2 zeigt das archivierte Angebot nach ${ms} ms nicht mehr`);
		});
	}
);
