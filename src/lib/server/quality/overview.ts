/**
 * The figures on the back office's start page (/admin): what waits for the
 * education office. Staff only; failed mails only for admins, who alone may
 * read the outbox.
 */
import { and, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { invitations, offerChanges, offers, outbox } from '../db/schema';
import { assertCan, isAdmin, isStaff, type Actor } from '../accounts';
import { listReviewQueue } from '../offers/moderation';
import { countStaleOffers } from './quality';

export interface BackOfficeOverview {
	/** New offers and changes waiting for review. */
	review: number;
	/** Offers and changes sent back to their providers. */
	changesRequested: number;
	stale: { count: number; staleAfterDays: number };
	/** Invitations neither accepted, revoked nor expired. */
	openInvitations: number;
	/** Mails in the outbox whose delivery failed; null for non-admins. */
	outboxErrors: number | null;
}

const count = sql<number>`count(*)::int`;

export async function backOfficeOverview(
	db: Db,
	{ actor, now }: { actor: Actor; now: Date }
): Promise<BackOfficeOverview> {
	assertCan(isStaff(actor), 'Nur das Bildungsbüro sieht diese Übersicht.');
	const queue = await listReviewQueue(db, { actor });
	const [offersBack] = await db
		.select({ n: count })
		.from(offers)
		.where(eq(offers.status, 'changes_requested'));
	const [changesBack] = await db
		.select({ n: count })
		.from(offerChanges)
		.innerJoin(offers, eq(offers.id, offerChanges.offerId))
		.where(and(eq(offerChanges.state, 'changes_requested'), eq(offers.status, 'published')));
	const stale = await countStaleOffers(db, { actor, now });
	const [invites] = await db
		.select({ n: count })
		.from(invitations)
		.where(
			and(
				isNull(invitations.acceptedAt),
				isNull(invitations.revokedAt),
				gt(invitations.expiresAt, now)
			)
		);
	let outboxErrors: number | null = null;
	if (isAdmin(actor)) {
		const [failed] = await db.select({ n: count }).from(outbox).where(isNotNull(outbox.error));
		outboxErrors = Number(failed?.n ?? 0);
	}
	return {
		review: queue.length,
		changesRequested: Number(offersBack?.n ?? 0) + Number(changesBack?.n ?? 0),
		stale,
		openInvitations: Number(invites?.n ?? 0),
		outboxErrors
	};
}
