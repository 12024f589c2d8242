/**
 * Job: remind providers before their offers go stale. Published offers that
 * are due soon (or already stale or hidden) and have not been reminded since
 * their last verification are claimed in batches of 200 — stale_reminder_sent_at
 * set and an `offer.stale_reminder` audit entry written in one transaction —
 * and then every member of their institutions (not disabled) gets ONE digest
 * mail listing their offers. Offers of institutions without members are left
 * unclaimed (the education office sees them in the quality checks) and are
 * reminded once a member joins. Re-verifying resets stale_reminder_sent_at, so
 * the next period brings the next reminder.
 *
 * Claiming before mailing means a reminder is never sent twice, also with
 * several app instances on one database: the claiming UPDATE re-checks the
 * condition. A mail that fails stays in the outbox (sendMail) and is logged.
 */
import { and, asc, eq, gt, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { systemActor } from '../accounts/accounts.schemas';
import { recordAudit } from '../audit/audit';
import { cityConfig } from '../config/city';
import type { Db } from '../db/client';
import { institutions, memberships, offers, users } from '../db/schema';
import { freshnessCutoffs, freshnessOf, type Freshness } from '../freshness/freshness';
import { offerVerifiedBase } from '../freshness/visibility';
import { logger } from '../logger';
import { composeMail, sendMail, type MailTransportOptions } from '../mail';
import type { TFreshness } from '../settings/settings';
import { publicBaseUrl } from '../urls';

const BATCH = 200;
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface ReminderOptions {
	now: Date;
	freshness: TFreshness;
	mail?: MailTransportOptions;
	signal?: AbortSignal;
}

export interface ReminderReport {
	/** Offers claimed (marked as reminded) in this run. */
	offers: number;
	/** Digest mails handed to SMTP or the outbox. */
	mails: number;
	/** Mails that failed (kept in the outbox with their error). */
	failed: number;
}

interface ClaimedOffer {
	id: string;
	title: string;
	institutionId: string;
	institutionName: string;
	freshness: Freshness;
}

/** An active (not disabled) user is a member of the offer's institution. */
const hasActiveMember: SQL = sql`exists (select 1 from ${memberships} join ${users} on ${users.id} = ${memberships.userId} where ${memberships.institutionId} = ${offers.institutionId} and ${users.disabledAt} is null)`;

/** Not reminded since the last verification (or publication). */
const notRemindedYet: SQL = or(
	isNull(offers.staleReminderSentAt),
	lt(offers.staleReminderSentAt, offerVerifiedBase)
)!;

export async function sendStaleReminders(db: Db, opts: ReminderOptions): Promise<ReminderReport> {
	const { now, freshness } = opts;
	const { dueSoonAtOrBefore } = freshnessCutoffs(freshness, now);
	const due = or(
		sql`${offerVerifiedBase} is null`,
		sql`${offerVerifiedBase} <= ${dueSoonAtOrBefore.toISOString()}`
	)!;
	const actor = systemActor('jobs');
	const claimed: ClaimedOffer[] = [];
	let lastId: string | null = null;

	for (;;) {
		if (opts.signal?.aborted) break;
		const rows = await db
			.select({
				id: offers.id,
				title: offers.title,
				institutionId: offers.institutionId,
				institutionName: institutions.name,
				lastVerifiedAt: offers.lastVerifiedAt,
				publishedAt: offers.publishedAt,
				staleReminderSentAt: offers.staleReminderSentAt
			})
			.from(offers)
			.innerJoin(institutions, eq(institutions.id, offers.institutionId))
			.where(
				and(
					eq(offers.status, 'published'),
					due,
					notRemindedYet,
					hasActiveMember,
					lastId ? gt(offers.id, lastId) : undefined
				)
			)
			.orderBy(asc(offers.id))
			.limit(BATCH);
		if (rows.length === 0) break;
		lastId = rows[rows.length - 1]!.id;

		await db.transaction(async (txRaw) => {
			const tx = txRaw as unknown as Db;
			const won = await tx
				.update(offers)
				.set({ staleReminderSentAt: now })
				.where(
					and(
						inArray(
							offers.id,
							rows.map((r) => r.id)
						),
						eq(offers.status, 'published'),
						notRemindedYet
					)
				)
				.returning({ id: offers.id });
			const wonIds = new Set(won.map((w) => w.id));
			for (const r of rows) {
				if (!wonIds.has(r.id)) continue;
				const f = freshnessOf(r, freshness, now);
				await recordAudit(tx, {
					actor,
					action: 'offer.stale_reminder',
					entityType: 'offer',
					entityId: r.id,
					institutionId: r.institutionId,
					before: { staleReminderSentAt: r.staleReminderSentAt },
					after: { staleReminderSentAt: now, state: f.state, lastVerifiedAt: r.lastVerifiedAt }
				});
				claimed.push({
					id: r.id,
					title: r.title,
					institutionId: r.institutionId,
					institutionName: r.institutionName,
					freshness: f
				});
			}
		});
		if (rows.length < BATCH) break;
		await yieldToRequests();
	}

	if (claimed.length === 0) return { offers: 0, mails: 0, failed: 0 };
	const recipients = await recipientsOf(
		db,
		[...new Set(claimed.map((c) => c.institutionId))],
		claimed
	);
	let mails = 0;
	let failed = 0;
	for (const r of recipients) {
		try {
			await sendMail(db, {
				input: { to: r.email, ...reminderMail(r.displayName, r.offers, freshness) },
				options: opts.mail
			});
			mails++;
		} catch (err) {
			failed++;
			logger.error({ err, to: r.email }, 'stale reminder mail failed (kept in the outbox)');
		}
		await yieldToRequests();
	}
	return { offers: claimed.length, mails, failed };
}

interface Recipient {
	email: string;
	displayName: string;
	offers: ClaimedOffer[];
}

/** Members (not disabled) of the institutions, each with the claimed offers of all their institutions. */
async function recipientsOf(
	db: Db,
	institutionIds: string[],
	claimed: ClaimedOffer[]
): Promise<Recipient[]> {
	const byEmail = new Map<string, Recipient & { institutions: Set<string> }>();
	for (let i = 0; i < institutionIds.length; i += 1000) {
		const rows = await db
			.select({
				email: users.email,
				displayName: users.displayName,
				institutionId: memberships.institutionId
			})
			.from(memberships)
			.innerJoin(users, eq(users.id, memberships.userId))
			.where(
				and(
					inArray(memberships.institutionId, institutionIds.slice(i, i + 1000)),
					isNull(users.disabledAt)
				)
			);
		for (const row of rows) {
			const key = row.email.toLowerCase();
			let r = byEmail.get(key);
			if (!r) {
				r = { email: row.email, displayName: row.displayName, offers: [], institutions: new Set() };
				byEmail.set(key, r);
			}
			r.institutions.add(row.institutionId);
		}
	}
	const collator = new Intl.Collator('de');
	return [...byEmail.values()]
		.sort((a, b) => collator.compare(a.email, b.email))
		.map(({ email, displayName, institutions: ids }) => ({
			email,
			displayName,
			offers: claimed
				.filter((c) => ids.has(c.institutionId))
				.sort(
					(a, b) =>
						collator.compare(a.institutionName, b.institutionName) ||
						collator.compare(a.title, b.title)
				)
		}));
}

function formatDay(d: Date): string {
	return new Intl.DateTimeFormat('de-DE', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: cityConfig().city.timezone
	}).format(d);
}

function stateSentence(f: Freshness): string {
	if (!f.verifiedAt)
		return 'Es wurde noch nie bestätigt und ist als möglicherweise veraltet markiert.';
	const when = `Zuletzt geprüft am ${formatDay(f.verifiedAt)}.`;
	switch (f.state) {
		case 'hidden':
			return `${when} Es wird seit dem ${formatDay(f.hiddenFrom!)} nicht mehr öffentlich angezeigt.`;
		case 'stale':
			return `${when} Es ist seit dem ${formatDay(f.staleSince!)} als möglicherweise veraltet markiert und wird ab dem ${formatDay(f.hiddenFrom!)} nicht mehr angezeigt.`;
		default:
			return `${when} Ab dem ${formatDay(f.staleSince!)} wird es als möglicherweise veraltet markiert.`;
	}
}

/** The digest: one paragraph per offer, with the link to its page in the portal. */
export function reminderMail(displayName: string, list: ClaimedOffer[], freshness: TFreshness) {
	const base = publicBaseUrl();
	const n = list.length;
	return composeMail({
		subject: n === 1 ? 'Bitte prüfen Sie Ihr Angebot' : `Bitte prüfen Sie ${n} Angebote`,
		greeting: displayName ? `Guten Tag ${displayName},` : undefined,
		paragraphs: [
			n === 1
				? 'das folgende Angebot wurde länger nicht bestätigt. Bitte prüfen Sie, ob die Angaben noch stimmen.'
				: `die folgenden ${n} Angebote wurden länger nicht bestätigt. Bitte prüfen Sie, ob die Angaben noch stimmen.`,
			...list.map(
				(o) =>
					`„${o.title}“ (${o.institutionName}): ${stateSentence(o.freshness)} Zum Angebot: ${base}/portal/angebote/${o.id}`
			),
			`Wenn alles stimmt, bestätigen Sie im Portal mit einem Klick, dass die Angaben noch aktuell sind; sonst ändern Sie sie. Zum Portal: ${base}/portal`,
			`Angebote, die ${freshness.staleAfterDays} Tage lang nicht bestätigt wurden, werden auf der Website als „Angaben evtl. veraltet“ markiert und nach weiteren ${freshness.graceDays} Tagen nicht mehr angezeigt, bis jemand sie bestätigt.`
		]
	});
}
