/**
 * Module test: the search index follows the database. In one process, changes
 * are reloaded in batches; on a PostgreSQL server, a second instance (its own
 * connection pool, engine and sync, learning of changes only over NOTIFY, as a
 * second process would) follows the first within 2 seconds.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../accounts';
import { openPostgres, type DbHandle } from '../db/client';
import { institutions, offers } from '../db/schema';
import { listDistricts } from '../districts';
import { env } from '../env';
import { updateFreshnessSettings } from '../freshness/update-freshness-settings';
import {
	approveOffer,
	archiveOffer,
	createOffer,
	listPublishedOffers,
	offersChanged,
	type TOfferInputRaw
} from '../offers';
import { createSearchEngine, type SearchEngine } from '../search';
import { searchQuery } from '../search/test-fixtures';
import { seedDemoData } from '../seed';
import { getSettings } from '../settings';
import { makeActor } from '../testing/actors';
import { createTestDb, type TestDb } from '../testing/db';
import { MAX_PAYLOAD_BYTES, offerMessages, parseMessage, settingsMessage } from './messages';
import { announceChangesToInstances, startSearchSync, type SearchSync } from './sync';

/** The bound the issue sets for other instances to see a change. */
const BOUND_MS = 2000;

async function emptyEngine(handle: DbHandle): Promise<SearchEngine> {
	return createSearchEngine({ districts: await listDistricts(handle.db) });
}

/** Every offer id in the index (all pages, by name). */
function indexIds(search: SearchEngine): string[] {
	const ids: string[] = [];
	for (let page = 1; ; page++) {
		const r = search.search(
			searchQuery({ sort: 'name', pageSize: '100', page: String(page) }),
			'de'
		);
		ids.push(...r.hits.map((h) => h.offer.id));
		if (r.hits.length < 100) return ids.sort();
	}
}

const publicIds = async (handle: DbHandle) =>
	(await listPublishedOffers(handle.db)).map((o) => o.id).sort();

const found = (search: SearchEngine, q: string) =>
	search.search(searchQuery({ q, pageSize: '100' }), 'de');

/** Polls until `check` holds; returns the milliseconds it took, or fails after `timeoutMs`. */
async function within(
	timeoutMs: number,
	what: string,
	check: () => boolean | Promise<boolean>,
	since = performance.now()
): Promise<number> {
	for (;;) {
		if (await check()) return Math.round(performance.now() - since);
		if (performance.now() - since > timeoutMs)
			throw new Error(`nicht innerhalb von ${timeoutMs} ms: ${what}`);
		await new Promise((r) => setTimeout(r, 10));
	}
}

describe('payloads', () => {
	const uuids = Array.from(
		{ length: 1200 },
		(_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
	);

	it('split long id lists under PostgreSQL’s 8,000-byte limit and lose no id', () => {
		const payloads = offerMessages('instanz-a', uuids);
		expect(payloads.length).toBeGreaterThan(1);
		for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
		const back = payloads.flatMap((p) => {
			const m = parseMessage(p);
			return m && 'ids' in m && m.origin === 'instanz-a' ? m.ids : [];
		});
		expect(back).toEqual(uuids);
	});

	it('are read back as settings messages, and anything else is refused', () => {
		expect(parseMessage(settingsMessage('instanz-a'))).toEqual({
			origin: 'instanz-a',
			settings: true
		});
		for (const junk of [
			'',
			'null',
			'{"origin":"a","ids":["kein-uuid"]}',
			'{"ids":[]}',
			'{"origin":"a"}'
		]) {
			expect(parseMessage(junk), junk).toBeNull();
		}
	});
});

describe('the index follows changes in batches', () => {
	let handle: TestDb;
	let search: SearchEngine;
	let sync: SearchSync;

	beforeAll(async () => {
		handle = await createTestDb();
		await seedDemoData(handle.db, { offers: 1300 });
		search = await emptyEngine(handle);
		sync = await startSearchSync(handle, search);
	}, 120_000);
	afterAll(async () => {
		await sync?.stop();
		await handle?.close();
	});

	it('is built from the database at start', async () => {
		expect(search.size).toBeGreaterThan(1000);
		expect(indexIds(search)).toEqual(await publicIds(handle));
	});

	it('reloads 1,200 changed offers with a few queries: renamed ones found, archived ones gone', async () => {
		const ids = await publicIds(handle);
		expect(ids.length).toBeGreaterThanOrEqual(1200);
		const renamed = ids.slice(0, 600);
		const archived = ids.slice(600, 1200);
		await handle.db
			.update(offers)
			.set({ title: sql`${offers.title} || ' Quastenflosser'` })
			.where(inArray(offers.id, renamed));
		await handle.db.update(offers).set({ status: 'archived' }).where(inArray(offers.id, archived));
		const before = sync.stats;
		// As twelve writes would report them, all at once.
		const reports = [...renamed, ...archived];
		await Promise.all(
			Array.from({ length: 12 }, (_, i) => offersChanged(reports.slice(i * 100, (i + 1) * 100)))
		);
		const after = sync.stats;

		expect(found(search, 'Quastenflosser').total).toBe(600);
		expect(indexIds(search)).toEqual(await publicIds(handle));
		expect(indexIds(search).filter((id) => archived.includes(id))).toEqual([]);
		// Every id read once, in at most three batches (one query per 500 ids each),
		// not one query per offer.
		expect(after.ids - before.ids).toBe(1200);
		expect(after.batches - before.batches).toBeLessThanOrEqual(3);
		expect(after.failures).toBe(0);
	});

	it('loses no change reported while a batch is running', async () => {
		const ids = await publicIds(handle);
		const [late] = ids.splice(-1);
		const running = offersChanged(ids);
		await handle.db
			.update(offers)
			.set({ title: 'Klöppeln für Fortgeschrittene' })
			.where(eq(offers.id, late!));
		await offersChanged([late!]);
		await running;
		expect(found(search, 'Klöppeln').hits.map((h) => h.offer.id)).toEqual([late]);
	});
});

describe.skipIf(!env.DATABASE_URL)(
	'two app instances on one PostgreSQL database (PostgreSQL only: on PGlite one process owns the data folder, there is no second instance to sync)',
	() => {
		let a: TestDb;
		let b: DbHandle;
		let searchA: SearchEngine;
		let searchB: SearchEngine;
		let syncA: SearchSync;
		let syncB: SearchSync;
		let editor: Actor;
		let coordinator: Actor;
		let admin: Actor;
		let institutionSlug: string;

		beforeAll(async () => {
			a = await createTestDb();
			await seedDemoData(a.db, { offers: 1200 });
			b = openPostgres(a.databaseUrl!, 4);
			const [inst] = await a.db
				.select({ slug: institutions.slug })
				.from(institutions)
				.orderBy(institutions.name)
				.limit(1);
			institutionSlug = inst!.slug;
			editor = await makeActor(a.db, {
				role: 'provider',
				institutions: [{ slug: institutionSlug, role: 'manager' }]
			});
			coordinator = await makeActor(a.db, { role: 'coordinator' });
			admin = await makeActor(a.db, { role: 'admin' });
			searchA = await emptyEngine(a);
			searchB = await emptyEngine(b);
			syncA = await startSearchSync(a, searchA);
			// B stands for another process: it does not see A's in-process events.
			syncB = await startSearchSync(b, searchB, { followLocalWrites: false });
		}, 120_000);
		afterAll(async () => {
			await syncB?.stop();
			await syncA?.stop();
			await b?.close();
			await a?.close();
		});

		const body = (title: string): TOfferInputRaw => ({
			institution: { slug: institutionSlug },
			title,
			description: 'Ein Kurs, um zu prüfen, dass jede Instanz der Plattform ihn sofort findet.',
			format: 'kurs',
			topics: ['sprache'],
			lifePhases: ['erwachsene'],
			schedule: { type: 'dates', dates: [{ startsAt: '2030-03-02T17:00:00+01:00' }] }
		});

		it('both listen and start from the same offers', async () => {
			expect(syncA.mode).toBe('notify');
			expect(syncB.mode).toBe('notify');
			expect(indexIds(searchB)).toEqual(await publicIds(a));
		});

		it('an offer published on A is found on B within 2 s, and gone within 2 s once archived', async ({
			annotate
		}) => {
			const { id } = await createOffer(a.db, {
				actor: editor,
				input: body('Kranichtanz im Stadtpark'),
				submit: true
			});
			expect(found(searchB, 'Kranichtanz').total).toBe(0);

			const t0 = performance.now();
			await approveOffer(a.db, { actor: coordinator, offerId: id });
			expect(found(searchA, 'Kranichtanz').hits.map((h) => h.offer.id)).toEqual([id]);
			const published = await within(
				BOUND_MS,
				'veröffentlichtes Angebot auf B',
				() => found(searchB, 'Kranichtanz').total === 1,
				t0
			);
			expect(found(searchB, 'Kranichtanz').hits[0]!.offer.title).toBe('Kranichtanz im Stadtpark');

			const t1 = performance.now();
			await archiveOffer(a.db, { actor: editor, offerId: id });
			const archived = await within(
				BOUND_MS,
				'archiviertes Angebot auf B',
				() => found(searchB, 'Kranichtanz').total === 0,
				t1
			);
			await annotate(`B: veröffentlicht nach ${published} ms, archiviert nach ${archived} ms`);
		});

		it('settings changed on A reach B within 2 s, and so does the index they change', async ({
			annotate
		}) => {
			expect((await getSettings(b.db)).freshness.graceDays).toBe(60); // now cached on B
			const receivedBefore = syncB.stats.receivedSettings;
			const t0 = performance.now();
			const { changedOffers } = await updateFreshnessSettings(a.db, {
				actor: admin,
				input: { staleAfterDays: 30, reminderDaysBefore: 7, graceDays: 0 }
			});
			expect(changedOffers).toBeGreaterThan(0);
			const settingsMs = await within(
				BOUND_MS,
				'Einstellungen auf B',
				async () => (await getSettings(b.db)).freshness.graceDays === 0,
				t0
			);
			expect(syncB.stats.receivedSettings).toBe(receivedBefore + 1);
			// The offers hidden under the new periods leave B's index too, read with the new periods.
			const expected = await publicIds(a);
			const indexMs = await within(
				BOUND_MS,
				'ausgeblendete Angebote auf B',
				() => indexIds(searchB).join() === expected.join(),
				t0
			);
			expect(indexIds(searchA)).toEqual(expected);
			await annotate(
				`B: Einstellungen nach ${settingsMs} ms, ${changedOffers} ausgeblendete Angebote nach ${indexMs} ms`
			);
		});

		it('1,200 offers changed on A reach B, sent in several payloads', async ({ annotate }) => {
			await updateFreshnessSettings(a.db, {
				actor: admin,
				input: { staleAfterDays: 182, reminderDaysBefore: 14, graceDays: 3650 }
			});
			const ids = (
				await a.db.select({ id: offers.id }).from(offers).where(eq(offers.status, 'published'))
			)
				.map((r) => r.id)
				.slice(0, 1200);
			expect(ids.length).toBe(1200);
			await a.db
				.update(offers)
				.set({ title: sql`${offers.title} || ' Quastenflosser'` })
				.where(inArray(offers.id, ids));
			const sentBefore = syncA.stats.sent;
			const receivedBefore = syncB.stats.receivedOffers;
			const t0 = performance.now();
			await offersChanged(ids);
			const ms = await within(
				10_000,
				'1.200 geänderte Angebote auf B',
				() => found(searchB, 'Quastenflosser').total === 1200,
				t0
			);
			expect(syncA.stats.sent - sentBefore).toBeGreaterThan(1);
			expect(syncB.stats.receivedOffers - receivedBefore).toBe(syncA.stats.sent - sentBefore);
			await syncB.idle();
			expect(indexIds(searchB)).toEqual(await publicIds(a));
			await annotate(
				`B: 1.200 Änderungen in ${syncA.stats.sent - sentBefore} Nachrichten nach ${ms} ms`
			);
		});

		it('rebuilds from the database when the LISTEN connection comes back', async ({ annotate }) => {
			const [offer] = await a.db
				.select({ id: offers.id })
				.from(offers)
				.innerJoin(institutions, eq(offers.institutionId, institutions.id))
				.where(and(eq(offers.status, 'published'), eq(institutions.slug, institutionSlug)))
				.limit(1);
			// A change nobody announces, as if its notification had been lost.
			await a.db
				.update(offers)
				.set({ title: 'Seepferdchen im Funkloch' })
				.where(eq(offers.id, offer!.id));
			await new Promise((r) => setTimeout(r, 100));
			expect(found(searchB, 'Funkloch').total).toBe(0);

			const reconnects = syncB.stats.reconnects;
			const t0 = performance.now();
			await a.db.execute(
				sql`select pg_terminate_backend(pid) from pg_stat_activity
				    where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen%'`
			);
			const ms = await within(
				10_000,
				'Neuaufbau auf B',
				() => found(searchB, 'Funkloch').total === 1,
				t0
			);
			expect(syncB.stats.reconnects).toBe(reconnects + 1);

			// And B still follows A afterwards.
			await archiveOffer(a.db, { actor: editor, offerId: offer!.id });
			await within(
				BOUND_MS,
				'archiviert nach dem Neuaufbau',
				() => found(searchB, 'Funkloch').total === 0
			);
			await annotate(`B: neu aufgebaut ${ms} ms nach dem Verbindungsabbruch`);
		});

		it('changes made by a process without an index (npm run jobs) reach B too', async () => {
			await syncA.stop(); // from here on, only the "script" below reports changes
			const stopAnnouncing = announceChangesToInstances(a);
			try {
				const [offer] = await a.db
					.select({ id: offers.id })
					.from(offers)
					.where(eq(offers.status, 'published'))
					.limit(1);
				await a.db
					.update(offers)
					.set({ title: 'Nachtwanderung mit Glühwürmchen' })
					.where(eq(offers.id, offer!.id));
				const received = syncB.stats.receivedOffers;
				const t0 = performance.now();
				await offersChanged([offer!.id]);
				await within(
					BOUND_MS,
					'Änderung eines Skripts auf B',
					() => found(searchB, 'Glühwürmchen').hits.some((h) => h.offer.id === offer!.id),
					t0
				);
				expect(syncB.stats.receivedOffers).toBe(received + 1);
			} finally {
				stopAnnouncing();
			}
		});
	}
);
