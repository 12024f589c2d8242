/**
 * Review by the education office: the queue (oldest first), approve, request
 * changes, reject, bulk approve, and the comment thread between reviewer and
 * provider. Providers are e-mailed about every decision.
 */
import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	institutions,
	memberships,
	offerChanges,
	offers,
	reviewComments,
	users
} from '../db/schema';
import { AppError, ErrorCode } from '../errors';
import { recordAudit } from '../audit';
import { assertCan, canEditInstitutionOffers, isStaff, type Actor } from '../accounts';
import { composeMail, sendMail } from '../mail';
import { logger } from '../logger';
import { cityConfig } from '../config/city';
import { publicBaseUrl } from '../urls';
import { offersChanged } from './offer-events';
import { parseOfferInput } from './offer-input';
import { loadWritableOffer, readWorkspace, writeOfferContent } from './offer-write';

export interface QueueItem {
	offerId: string;
	slug: string;
	title: string;
	kind: 'new' | 'change';
	submittedAt: string;
	institution: { id: string; name: string };
	districtSlug: string;
	format: string;
}

export interface QueueFilter {
	kind?: 'new' | 'change';
	institutionId?: string;
	districtSlug?: string;
	q?: string;
}

function assertStaff(actor: Actor): void {
	assertCan(isStaff(actor), 'Nur das Bildungsbüro kann Angebote prüfen.');
}

/** Everything waiting for review, oldest submission first. */
export async function listReviewQueue(
	db: Db,
	{ actor, filter = {} }: { actor: Actor; filter?: QueueFilter }
): Promise<QueueItem[]> {
	assertStaff(actor);
	const where: (SQL | undefined)[] = [
		or(eq(offers.status, 'in_review'), eq(offerChanges.state, 'in_review'))
	];
	if (filter.kind === 'new') where.push(eq(offers.status, 'in_review'));
	if (filter.kind === 'change') where.push(eq(offerChanges.state, 'in_review'));
	if (filter.institutionId) where.push(eq(offers.institutionId, filter.institutionId));
	if (filter.districtSlug) where.push(eq(institutions.districtSlug, filter.districtSlug));
	if (filter.q) {
		const like = `%${filter.q.toLowerCase().replace(/[%_]/g, '')}%`;
		where.push(
			or(sql`lower(${offers.title}) like ${like}`, sql`lower(${institutions.name}) like ${like}`)
		);
	}
	const rows = await db
		.select({
			offerId: offers.id,
			slug: offers.slug,
			title: offers.title,
			status: offers.status,
			offerSubmitted: offers.submittedAt,
			changeSubmitted: offerChanges.submittedAt,
			changeData: offerChanges.data,
			institutionId: institutions.id,
			institutionName: institutions.name,
			districtSlug: institutions.districtSlug,
			format: offers.format,
			createdAt: offers.createdAt
		})
		.from(offers)
		.innerJoin(institutions, eq(offers.institutionId, institutions.id))
		.leftJoin(offerChanges, eq(offerChanges.offerId, offers.id))
		.where(and(...where));
	return rows
		.map((r) => {
			const kind = r.status === 'in_review' ? 'new' : 'change';
			const submitted = (kind === 'new' ? r.offerSubmitted : r.changeSubmitted) ?? r.createdAt;
			const changedTitle =
				kind === 'change' && typeof r.changeData?.title === 'string' ? r.changeData.title : null;
			return {
				offerId: r.offerId,
				slug: r.slug,
				title: changedTitle ?? r.title,
				kind,
				submittedAt: submitted.toISOString(),
				institution: { id: r.institutionId, name: r.institutionName },
				districtSlug: r.districtSlug,
				format: r.format
			} satisfies QueueItem;
		})
		.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.title.localeCompare(b.title));
}

/** Who hears about decisions: the institution's members and the offer's author. */
async function recipientsOf(db: Db, institutionId: string, createdBy: string | null) {
	const rows = await db
		.select({ email: users.email })
		.from(users)
		.leftJoin(memberships, eq(memberships.userId, users.id))
		.where(
			and(
				isNull(users.disabledAt),
				or(
					eq(memberships.institutionId, institutionId),
					createdBy ? eq(users.id, createdBy) : sql`false`
				)
			)
		);
	return [...new Set(rows.map((r) => r.email))];
}

/** Mails never undo a decision: a failed delivery is kept in the outbox and logged. */
async function notifyProviders(
	db: Db,
	opts: { institutionId: string; createdBy: string | null; subject: string; paragraphs: string[] }
): Promise<void> {
	const to = await recipientsOf(db, opts.institutionId, opts.createdBy);
	const mail = composeMail({ subject: opts.subject, paragraphs: opts.paragraphs });
	for (const address of to) {
		try {
			await sendMail(db, { input: { to: address, ...mail } });
		} catch (e) {
			logger.warn({ err: e, to: address }, 'Benachrichtigung nicht zugestellt (im Postausgang)');
		}
	}
}

const authorName = (actor: Actor): string =>
	actor.kind === 'user'
		? actor.user.displayName
		: actor.kind === 'token'
			? `API (${actor.prefix}…)`
			: `System (${actor.name})`;
const authorId = (actor: Actor): string | null =>
	actor.kind === 'user' ? actor.user.id : actor.kind === 'token' ? actor.createdBy : null;

const editorUrl = (offerId: string) => `${publicBaseUrl()}/portal/angebote/${offerId}`;

/** What is under review for an offer: a new offer or a pending change. */
async function pendingReview(db: Db, offerId: string) {
	const [row] = await db.select().from(offers).where(eq(offers.id, offerId)).limit(1);
	if (!row) throw new AppError(ErrorCode.NotFound, 'Dieses Angebot gibt es nicht.');
	const [change] = await db.select().from(offerChanges).where(eq(offerChanges.offerId, offerId));
	if (row.status === 'in_review') return { row, change: undefined, kind: 'new' as const };
	if (row.status === 'published' && change?.state === 'in_review') {
		return { row, change, kind: 'change' as const };
	}
	throw new AppError(ErrorCode.Conflict, 'Für dieses Angebot liegt nichts zur Prüfung vor.');
}

export async function approveOffer(
	db: Db,
	{ actor, offerId, comment }: { actor: Actor; offerId: string; comment?: string }
): Promise<void> {
	assertStaff(actor);
	const { row, change, kind } = await pendingReview(db, offerId);
	const now = new Date();
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		if (kind === 'change') {
			const parsed = parseOfferInput(change!.data, 'de');
			if (!parsed.ok) {
				throw new AppError(
					ErrorCode.InvalidInput,
					'Die Änderung ist nicht mehr gültig und muss vom Anbieter überarbeitet werden.',
					parsed.issues
				);
			}
			const before = await readWorkspace(tx, offerId);
			await writeOfferContent(tx, offerId, parsed.data, now);
			await tx.delete(offerChanges).where(eq(offerChanges.offerId, offerId));
			await tx
				.update(offers)
				.set({ lastVerifiedAt: now, staleReminderSentAt: null })
				.where(eq(offers.id, offerId));
			await recordAudit(tx, {
				actor,
				action: 'offer.change_approve',
				entityType: 'offer',
				entityId: offerId,
				institutionId: row.institutionId,
				before: before.published,
				after: parsed.data
			});
		} else {
			await tx
				.update(offers)
				.set({
					status: 'published',
					publishedAt: row.publishedAt ?? now,
					lastVerifiedAt: now,
					staleReminderSentAt: null,
					updatedAt: now
				})
				.where(eq(offers.id, offerId));
			await recordAudit(tx, {
				actor,
				action: 'offer.approve',
				entityType: 'offer',
				entityId: offerId,
				institutionId: row.institutionId,
				before: { status: row.status },
				after: { status: 'published' }
			});
		}
		await tx.insert(reviewComments).values({
			offerId,
			authorId: authorId(actor),
			authorName: authorName(actor),
			kind: 'approved',
			body: comment?.trim() || 'Freigegeben.'
		});
	});
	await offersChanged([offerId]);
	await notifyProviders(db, {
		institutionId: row.institutionId,
		createdBy: row.createdBy,
		subject: `Freigegeben: ${row.title}`,
		paragraphs: [
			kind === 'new'
				? `Ihr Angebot „${row.title}“ wurde vom Bildungsbüro ${cityConfig().city.name} geprüft und ist jetzt öffentlich zu finden.`
				: `Ihre Änderung am Angebot „${row.title}“ wurde geprüft und ist jetzt öffentlich zu sehen.`,
			...(comment?.trim() ? [`Anmerkung: ${comment.trim()}`] : []),
			`Zum Angebot: ${publicBaseUrl()}/angebote/${row.slug}`
		]
	});
}

function requireComment(comment: string | undefined): string {
	const body = comment?.trim() ?? '';
	if (body.length < 3) {
		throw new AppError(
			ErrorCode.InvalidInput,
			'Bitte schreiben Sie dem Anbieter eine Begründung.',
			[{ field: 'comment', message: 'Bitte schreiben Sie dem Anbieter eine Begründung.' }]
		);
	}
	if (body.length > 5000) {
		throw new AppError(ErrorCode.InvalidInput, 'Höchstens 5000 Zeichen.', [
			{ field: 'comment', message: 'Höchstens 5000 Zeichen.' }
		]);
	}
	return body;
}

export async function requestChanges(
	db: Db,
	{ actor, offerId, comment }: { actor: Actor; offerId: string; comment: string }
): Promise<void> {
	assertStaff(actor);
	const body = requireComment(comment);
	const { row, kind } = await pendingReview(db, offerId);
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		if (kind === 'change') {
			await tx
				.update(offerChanges)
				.set({ state: 'changes_requested', updatedAt: new Date() })
				.where(eq(offerChanges.offerId, offerId));
		} else {
			await tx.update(offers).set({ status: 'changes_requested' }).where(eq(offers.id, offerId));
		}
		await tx.insert(reviewComments).values({
			offerId,
			authorId: authorId(actor),
			authorName: authorName(actor),
			kind: 'changes_requested',
			body
		});
		await recordAudit(tx, {
			actor,
			action: 'offer.request_changes',
			entityType: 'offer',
			entityId: offerId,
			institutionId: row.institutionId,
			before: kind === 'change' ? { changeState: 'in_review' } : { status: row.status },
			after: {
				...(kind === 'change'
					? { changeState: 'changes_requested' }
					: { status: 'changes_requested' }),
				comment: body
			}
		});
	});
	await notifyProviders(db, {
		institutionId: row.institutionId,
		createdBy: row.createdBy,
		subject: `Bitte überarbeiten: ${row.title}`,
		paragraphs: [
			`das Bildungsbüro ${cityConfig().city.name} hat Ihr Angebot „${row.title}“ geprüft und bittet um Änderungen:`,
			body,
			`Sie können das Angebot hier überarbeiten und erneut einreichen: ${editorUrl(offerId)}`
		]
	});
}

export async function rejectOffer(
	db: Db,
	{ actor, offerId, comment }: { actor: Actor; offerId: string; comment: string }
): Promise<void> {
	assertStaff(actor);
	const body = requireComment(comment);
	const { row, kind } = await pendingReview(db, offerId);
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		if (kind === 'change') {
			await tx.delete(offerChanges).where(eq(offerChanges.offerId, offerId));
		} else {
			await tx.update(offers).set({ status: 'rejected' }).where(eq(offers.id, offerId));
		}
		await tx.insert(reviewComments).values({
			offerId,
			authorId: authorId(actor),
			authorName: authorName(actor),
			kind: 'rejected',
			body
		});
		await recordAudit(tx, {
			actor,
			action: kind === 'change' ? 'offer.change_reject' : 'offer.reject',
			entityType: 'offer',
			entityId: offerId,
			institutionId: row.institutionId,
			before: kind === 'change' ? { changeState: 'in_review' } : { status: row.status },
			after: {
				...(kind === 'change' ? { changeState: null } : { status: 'rejected' }),
				comment: body
			}
		});
	});
	await notifyProviders(db, {
		institutionId: row.institutionId,
		createdBy: row.createdBy,
		subject: `Abgelehnt: ${row.title}`,
		paragraphs: [
			kind === 'change'
				? `das Bildungsbüro ${cityConfig().city.name} hat Ihre Änderung am Angebot „${row.title}“ abgelehnt. Die veröffentlichte Fassung bleibt unverändert.`
				: `das Bildungsbüro ${cityConfig().city.name} hat Ihr Angebot „${row.title}“ nicht freigegeben.`,
			`Begründung: ${body}`,
			`Zum Angebot im Portal: ${editorUrl(offerId)}`
		]
	});
}

/** Approves several offers; each one that cannot be approved is reported, the rest go through. */
export async function bulkApprove(
	db: Db,
	{ actor, offerIds }: { actor: Actor; offerIds: string[] }
): Promise<{ approved: string[]; failed: { offerId: string; message: string }[] }> {
	assertStaff(actor);
	const approved: string[] = [];
	const failed: { offerId: string; message: string }[] = [];
	for (const offerId of [...new Set(offerIds)]) {
		try {
			await approveOffer(db, { actor, offerId });
			approved.push(offerId);
		} catch (e) {
			if (!(e instanceof AppError)) throw e;
			failed.push({ offerId, message: e.message });
		}
	}
	return { approved, failed };
}

export interface ReviewComment {
	id: string;
	authorName: string;
	kind: 'comment' | 'changes_requested' | 'rejected' | 'approved' | 'submitted';
	body: string;
	createdAt: string;
	/** True when written by the education office. */
	fromOffice: boolean;
}

/** The thread of an offer, oldest first; for its providers and the office. */
export async function listReviewComments(
	db: Db,
	{ actor, offerId }: { actor: Actor; offerId: string }
): Promise<ReviewComment[]> {
	if (!isStaff(actor)) await loadWritableOffer(db, actor, offerId);
	const rows = await db
		.select({
			c: reviewComments,
			role: users.role
		})
		.from(reviewComments)
		.leftJoin(users, eq(users.id, reviewComments.authorId))
		.where(eq(reviewComments.offerId, offerId))
		.orderBy(asc(reviewComments.createdAt));
	return rows.map(({ c, role }) => ({
		id: c.id,
		authorName: c.authorName,
		kind: c.kind,
		body: c.body,
		createdAt: c.createdAt.toISOString(),
		fromOffice: role === 'admin' || role === 'coordinator'
	}));
}

/** A reply or note in the thread (providers answer the reviewer here). */
export async function addReviewComment(
	db: Db,
	{ actor, offerId, body }: { actor: Actor; offerId: string; body: string }
): Promise<void> {
	const text = requireComment(body);
	const [row] = await db.select().from(offers).where(eq(offers.id, offerId)).limit(1);
	if (!row) throw new AppError(ErrorCode.NotFound, 'Dieses Angebot gibt es nicht.');
	assertCan(canEditInstitutionOffers(actor, row.institutionId));
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		const [c] = await tx
			.insert(reviewComments)
			.values({ offerId, authorId: authorId(actor), authorName: authorName(actor), body: text })
			.returning({ id: reviewComments.id });
		await recordAudit(tx, {
			actor,
			action: 'offer.comment',
			entityType: 'offer',
			entityId: offerId,
			institutionId: row.institutionId,
			before: null,
			after: { commentId: c!.id, body: text }
		});
	});
}

/** Offers of the given institutions with their pending-change state (portal lists). */
export async function listInstitutionOffers(
	db: Db,
	{ actor, institutionIds }: { actor: Actor; institutionIds: string[] }
) {
	for (const id of institutionIds) assertCan(canEditInstitutionOffers(actor, id));
	if (institutionIds.length === 0) return [];
	const rows = await db
		.select({
			id: offers.id,
			slug: offers.slug,
			title: offers.title,
			status: offers.status,
			changeState: offerChanges.state,
			institutionId: offers.institutionId,
			institutionName: institutions.name,
			lastVerifiedAt: offers.lastVerifiedAt,
			publishedAt: offers.publishedAt,
			updatedAt: offers.updatedAt,
			externalId: offers.externalId
		})
		.from(offers)
		.innerJoin(institutions, eq(institutions.id, offers.institutionId))
		.leftJoin(offerChanges, eq(offerChanges.offerId, offers.id))
		.where(inArray(offers.institutionId, institutionIds))
		.orderBy(asc(offers.title));
	return rows.map((r) => ({
		...r,
		lastVerifiedAt: r.lastVerifiedAt?.toISOString() ?? null,
		publishedAt: r.publishedAt?.toISOString() ?? null,
		updatedAt: r.updatedAt.toISOString()
	}));
}
