/**
 * Module test: the periodic jobs on a real database, with reminder mails going
 * to a real local SMTP server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { auditLog, offers, sessions, users } from '../db/schema';
import { insertFixtures } from '../api/fixtures';
import { createTestDb } from '../testing/db';
import { makeActor } from '../testing/actors';
import { startTestSmtp, type TestSmtp } from '../testing/smtp';
import { DAY_MS } from '../freshness';
import { onOffersChanged, reverifyOffer } from '../offers';
import type { Actor } from '../accounts';
import { runJobsOnce } from './runner';

let handle: DbHandle;
let smtp: TestSmtp;
let fx: Awaited<ReturnType<typeof insertFixtures>>;
let anna: Actor & { kind: 'user' };
let vereinOfferId: string;
const announced: string[] = [];
let stopListening: () => void;

// The jobs' clock; the offers' dates are set relative to it.
const NOW = new Date();
const daysBefore = (days: number, from = NOW) => new Date(from.getTime() - days * DAY_MS);

const setVerified = (id: string, at: Date) =>
	handle.db
		.update(offers)
		.set({ lastVerifiedAt: at, staleReminderSentAt: null })
		.where(eq(offers.id, id));

const mailsTo = (email: string) => smtp.to(email);
const run = (now = NOW) => runJobsOnce(handle.db, { now, mail: { smtpUrl: smtp.url } });

beforeAll(async () => {
	handle = await createTestDb();
	smtp = await startTestSmtp();
	fx = await insertFixtures(handle.db);
	// anna: manager of vhs and kita; bert: editor of kita; carla: vhs, but disabled.
	anna = await makeActor(handle.db, {
		role: 'provider',
		email: 'anna@vhs.example',
		institutions: [{ slug: 'vhs-salzgitter', role: 'manager' }, { slug: 'kita-grosser-baer' }]
	});
	await makeActor(handle.db, {
		role: 'provider',
		email: 'bert@kita.example',
		institutions: [{ slug: 'kita-grosser-baer' }]
	});
	const carla = await makeActor(handle.db, {
		role: 'provider',
		email: 'carla@vhs.example',
		institutions: [{ slug: 'vhs-salzgitter' }]
	});
	await handle.db.update(users).set({ disabledAt: NOW }).where(eq(users.id, carla.user.id));
	// sv-mueller has no members: its offer is not claimed.
	const [verein] = await handle.db
		.insert(offers)
		.values({
			slug: 'fussball-ag',
			institutionId: fx.institutions.verein.id,
			title: 'Fußball-AG',
			description: 'Training',
			format: 'regelmaessig',
			status: 'published',
			publishedAt: daysBefore(400),
			lastVerifiedAt: daysBefore(200)
		})
		.returning();
	vereinOfferId = verein!.id;
	// Due soon: sprachkurs (vhs) and schwimmen (kita); fresh: beratung (kita).
	await setVerified(fx.offers.sprachkurs.id, daysBefore(170));
	await setVerified(fx.offers.schwimmen.id, daysBefore(200));
	await setVerified(fx.offers.beratung.id, daysBefore(10));
	stopListening = onOffersChanged((ids) => {
		announced.push(...ids);
	});
});

afterAll(async () => {
	stopListening();
	await smtp.close();
	await handle.close();
});

describe('stale reminders', () => {
	it('mails one digest per member listing the offers of all their institutions', async () => {
		const report = await run();
		expect(report.failed).toEqual([]);
		expect(report.reminders).toEqual({ offers: 2, mails: 2, failed: 0 });

		const [toAnna, ...moreAnna] = mailsTo('anna@vhs.example');
		expect(moreAnna).toHaveLength(0);
		expect(toAnna!.subject).toBe('Bitte prüfen Sie 2 Angebote – Bildungslandschaft Salzgitter');
		expect(toAnna!.decoded).toContain('„Sprachkurs Deutsch A1“ (Volkshochschule');
		expect(toAnna!.decoded).toContain('„Schwimmen für Kinder“');
		expect(toAnna!.decoded).not.toContain('Elternberatung');
		expect(toAnna!.decoded).toMatch(/Zuletzt geprüft am \d{1,2}\. \p{L}+ \d{4}\./u);
		expect(toAnna!.decoded).toContain(`/portal/angebote/${fx.offers.sprachkurs.id}`);
		expect(toAnna!.decoded).toMatch(/Zum Portal: http:\/\/[^\s]+\/portal\s/);
		// schwimmen is already stale (200 days), sprachkurs only due soon (170 days)
		expect(toAnna!.decoded).toContain('als möglicherweise veraltet markiert und wird ab dem');
		expect(toAnna!.decoded).toContain('Ab dem');

		const [toBert, ...moreBert] = mailsTo('bert@kita.example');
		expect(moreBert).toHaveLength(0);
		expect(toBert!.subject).toBe('Bitte prüfen Sie Ihr Angebot – Bildungslandschaft Salzgitter');
		expect(toBert!.decoded).toContain('„Schwimmen für Kinder“');
		expect(toBert!.decoded).not.toContain('Sprachkurs');

		expect(mailsTo('carla@vhs.example')).toHaveLength(0);
		expect(smtp.mails).toHaveLength(2);
	});

	it('marks the offers as reminded and audits each as the jobs system actor', async () => {
		const rows = await handle.db.select().from(offers);
		const sent = (id: string) => rows.find((r) => r.id === id)!.staleReminderSentAt;
		expect(sent(fx.offers.sprachkurs.id)).toEqual(NOW);
		expect(sent(fx.offers.schwimmen.id)).toEqual(NOW);
		expect(sent(fx.offers.beratung.id)).toBeNull();
		expect(sent(vereinOfferId)).toBeNull();
		const audit = await handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'offer.stale_reminder'));
		expect(audit.map((a) => a.entityId).sort()).toEqual(
			[fx.offers.sprachkurs.id, fx.offers.schwimmen.id].sort()
		);
		expect(audit.every((a) => a.actorLabel === 'system:jobs' && a.actorId === null)).toBe(true);
		expect(audit.find((a) => a.entityId === fx.offers.schwimmen.id)!.after).toMatchObject({
			state: 'stale'
		});
	});

	it('does not remind twice in the same period', async () => {
		const report = await run(new Date(NOW.getTime() + 3 * DAY_MS));
		expect(report.reminders).toEqual({ offers: 0, mails: 0, failed: 0 });
		expect(smtp.mails).toHaveLength(2);
	});

	it('does not remind after a re-verification, until the offer is due again', async () => {
		await reverifyOffer(handle.db, { actor: anna, offerId: fx.offers.sprachkurs.id });
		const [row] = await handle.db
			.select()
			.from(offers)
			.where(eq(offers.id, fx.offers.sprachkurs.id));
		expect(row!.staleReminderSentAt).toBeNull();

		expect((await run(new Date())).reminders?.offers).toBe(0);
		expect(smtp.mails).toHaveLength(2);

		// 170 days later the re-verified offer is due again (and beratung for the first time);
		// schwimmen was reminded in this period already.
		const later = new Date(row!.lastVerifiedAt!.getTime() + 170 * DAY_MS);
		const report = await run(later);
		expect(report.reminders).toEqual({ offers: 2, mails: 2, failed: 0 });
		const toAnna = mailsTo('anna@vhs.example');
		expect(toAnna).toHaveLength(2);
		expect(toAnna[1]!.decoded).toContain('„Sprachkurs Deutsch A1“');
		expect(toAnna[1]!.decoded).toContain('„Elternberatung“');
		expect(toAnna[1]!.decoded).not.toContain('Schwimmen');
		const toBert = mailsTo('bert@kita.example');
		expect(toBert).toHaveLength(2);
		expect(toBert[1]!.decoded).not.toContain('Sprachkurs');
	});

	it('reminds an institution once it has a member', async () => {
		await makeActor(handle.db, {
			role: 'provider',
			email: 'dora@verein.example',
			institutions: [{ slug: 'sv-mueller' }]
		});
		const report = await run(new Date(NOW.getTime() + 4 * DAY_MS));
		expect(report.reminders).toEqual({ offers: 1, mails: 1, failed: 0 });
		expect(mailsTo('dora@verein.example')[0]!.decoded).toContain('„Fußball-AG“');
	});
});

describe('hiding', () => {
	it('announces offers that crossed into hidden since the last run, once', async () => {
		// beratung: verified 10 days before NOW; hidden 242 days after that.
		const before = new Date(NOW.getTime() + 231 * DAY_MS);
		await run(before);
		expect(announced).toContain(fx.offers.schwimmen.id); // verified 200 days before NOW
		expect(announced).not.toContain(fx.offers.beratung.id);

		announced.length = 0;
		const after = new Date(NOW.getTime() + 233 * DAY_MS);
		const report = await run(after);
		expect(announced).toEqual([fx.offers.beratung.id]);
		expect(report.hidden).toEqual({ announced: 1 });

		announced.length = 0;
		await run(after);
		expect(announced).toEqual([]);
	});
});

describe('clean-up', () => {
	it('removes expired sessions', async () => {
		await handle.db.insert(sessions).values({
			id: 'a'.repeat(64),
			userId: anna.user.id,
			expiresAt: daysBefore(1),
			lastSeenAt: daysBefore(15)
		});
		const report = await run();
		expect(report.cleanup?.sessions).toBe(1);
		const left = await handle.db
			.select()
			.from(sessions)
			.where(and(eq(sessions.userId, anna.user.id)));
		expect(left).toEqual([]);
	});
});
