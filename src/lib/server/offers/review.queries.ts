/**
 * What a reviewer sees of one offer: the submission (a new offer or a pending
 * change to a published one), its comparison with the published version, and
 * the conversation with the provider. Staff only.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { offerChanges, offers } from '../db/schema';
import { AppError, ErrorCode, type FieldIssue } from '../errors';
import { assertCan, isStaff, type Actor } from '../accounts';
import type { UiLocale } from '$lib/components/finder/format';
import { cityConfig } from '../config/city';
import { listReviewComments, type ReviewComment } from './moderation';
import { diffOfferInputs, type OfferDiffRow } from './offer-diff';
import { offerToInput, parseOfferInput } from './offer-input';
import { getOfferById } from './offer.queries';
import type { TOffer } from './offer.schemas';

export interface ReviewItem {
	/** The offer as stored: for a change, the published version. */
	offer: TOffer;
	/** What waits for review; null when nothing does. */
	kind: 'new' | 'change' | null;
	submittedAt: string | null;
	/** State of a pending change (also when it is not in review). */
	changeState: 'draft' | 'in_review' | 'changes_requested' | null;
	/** Field by field; `before` is null for a new offer. Empty when nothing waits. */
	diff: OfferDiffRow[];
	/** Set when a pending change no longer passes validation (e.g. a removed category). */
	invalidChange: FieldIssue[] | null;
	comments: ReviewComment[];
}

export async function getReviewItem(
	db: Db,
	{ actor, offerId, locale = 'de' }: { actor: Actor; offerId: string; locale?: UiLocale }
): Promise<ReviewItem> {
	assertCan(isStaff(actor), 'Nur das Bildungsbüro kann Angebote prüfen.');
	const [row] = await db
		.select({ status: offers.status, submittedAt: offers.submittedAt, createdAt: offers.createdAt })
		.from(offers)
		.where(eq(offers.id, offerId))
		.limit(1);
	const offer = row ? await getOfferById(db, offerId) : undefined;
	if (!row || !offer) throw new AppError(ErrorCode.NotFound, 'Dieses Angebot gibt es nicht.');
	const [change] = await db.select().from(offerChanges).where(eq(offerChanges.offerId, offerId));
	const options = { locale, timeZone: cityConfig().city.timezone };
	const comments = await listReviewComments(db, { actor, offerId });
	const base = { offer, changeState: change?.state ?? null, comments, invalidChange: null };

	if (row.status === 'in_review') {
		return {
			...base,
			kind: 'new',
			submittedAt: (row.submittedAt ?? row.createdAt).toISOString(),
			diff: diffOfferInputs(null, offerToInput(offer), options)
		};
	}
	if (row.status === 'published' && change?.state === 'in_review') {
		const parsed = parseOfferInput(change.data, locale);
		return {
			...base,
			kind: 'change',
			submittedAt: (change.submittedAt ?? change.updatedAt).toISOString(),
			diff: parsed.ok ? diffOfferInputs(offerToInput(offer), parsed.data, options) : [],
			invalidChange: parsed.ok ? null : parsed.issues
		};
	}
	return { ...base, kind: null, submittedAt: null, diff: [] };
}
