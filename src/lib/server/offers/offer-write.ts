/**
 * Writing offers: create, save, submit, re-verify, archive, duplicate. Every
 * use case checks its policy here, writes its audit entry in the same
 * transaction, and reports public changes (offersChanged) after commit.
 *
 * A new offer keeps its content in the offers row while it is a draft or in
 * review. An edit of a published offer waits in offer_changes; the published
 * version stays online until a reviewer approves the change (moderation.ts).
 */
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { districts, institutions, offerChanges, offerDates, offers } from '../db/schema';
import { AppError, ErrorCode } from '../errors';
import { recordAudit } from '../audit';
import { assertCan, canEditInstitutionOffers, type Actor } from '../accounts';
import { slugify } from '../../slug';
import { offersChanged } from './offer-events';
import { offerToInput, parseOfferInput, type InputLocale, type TOfferInput } from './offer-input';
import { getOfferById } from './offer.queries';
import type { TOffer } from './offer.schemas';

type OfferRow = typeof offers.$inferSelect;

export const EDITABLE_STATUSES = ['draft', 'in_review', 'changes_requested', 'rejected'] as const;

function actorUserId(actor: Actor): string | null {
	if (actor.kind === 'user') return actor.user.id;
	if (actor.kind === 'token') return actor.createdBy;
	return null;
}

function invalid(issues: { field: string; message: string }[]): never {
	throw new AppError(ErrorCode.InvalidInput, issues[0]?.message ?? 'Ungültige Eingabe.', issues);
}

/** Validates a raw body or throws InvalidInput listing every field. */
export function validateOfferInput(raw: unknown, locale: InputLocale = 'de'): TOfferInput {
	const parsed = parseOfferInput(raw, locale);
	if (!parsed.ok) invalid(parsed.issues);
	return parsed.data;
}

async function resolveInstitution(db: Db, ref: TOfferInput['institution']) {
	const [inst] = await db
		.select({ id: institutions.id, slug: institutions.slug, name: institutions.name })
		.from(institutions)
		.where(ref.id ? eq(institutions.id, ref.id) : eq(institutions.slug, ref.slug ?? ''))
		.limit(1);
	if (!inst) {
		invalid([{ field: 'institution', message: 'Diese Einrichtung gibt es nicht.' }]);
	}
	return inst;
}

/**
 * Offer columns (without identity and status) from a valid write body.
 * Exported for the bulk import, which writes many offers per statement.
 */
export async function columnsOf(db: Db, input: TOfferInput) {
	const loc = input.location;
	let venueLat = loc.lat;
	let venueLon = loc.lon;
	if (!loc.atInstitution && loc.district && (venueLat == null || venueLon == null)) {
		const [d] = await db
			.select({ lat: districts.lat, lon: districts.lon })
			.from(districts)
			.where(eq(districts.slug, loc.district.slug));
		venueLat = d?.lat ?? null;
		venueLon = d?.lon ?? null;
	}
	const s = input.schedule;
	const toDate = (v: string | null) => (v ? new Date(v) : null);
	return {
		externalId: input.externalId,
		title: input.title,
		summary: input.summary,
		description: input.description,
		translations: Object.fromEntries(
			Object.entries(input.translations).map(([k, t]) => [
				k,
				{
					title: t.title,
					...(t.summary ? { summary: t.summary } : {}),
					...(t.description ? { description: t.description } : {})
				}
			])
		),
		format: input.format,
		topics: input.topics,
		lifePhases: input.lifePhases,
		ageMin: input.ageMin,
		ageMax: input.ageMax,
		languages: input.languages,
		costType: input.cost.type,
		costAmountCents: input.cost.type === 'paid' ? input.cost.amountCents : null,
		costNote: input.cost.note,
		reducedFeeAvailable: input.cost.reducedFeeAvailable,
		butEligible: input.butEligible,
		wheelchairAccessible: input.accessibility.wheelchairAccessible,
		accessibilityNotes: input.accessibility.notes,
		venueName: loc.atInstitution ? null : loc.name,
		venueStreet: loc.atInstitution ? null : loc.street,
		venuePostalCode: loc.atInstitution ? null : loc.postalCode,
		venueLocality: loc.atInstitution ? null : loc.locality,
		venueDistrictSlug: loc.atInstitution ? null : (loc.district?.slug ?? null),
		venueLat: loc.atInstitution ? null : venueLat,
		venueLon: loc.atInstitution ? null : venueLon,
		scheduleType: s.type,
		scheduleNote: s.note,
		rrule: s.type === 'recurring' ? s.rrule : null,
		recurrenceStart: s.type === 'recurring' ? toDate(s.start) : null,
		recurrenceUntil: s.type === 'recurring' ? toDate(s.until) : null,
		durationMinutes: s.durationMinutes,
		recurrenceExceptions: s.type === 'recurring' ? s.exceptions : [],
		registrationRequired: input.registration.required,
		registrationUrl: input.registration.url,
		registrationEmail: input.registration.email,
		registrationPhone: input.registration.phone,
		registrationNote: input.registration.note,
		sdgs: input.sdgs
	} satisfies Partial<typeof offers.$inferInsert>;
}

/** Writes the content of a valid body into an offer row and replaces its dates. */
export async function writeOfferContent(db: Db, offerId: string, input: TOfferInput, now: Date) {
	await db
		.update(offers)
		.set({ ...(await columnsOf(db, input)), updatedAt: now })
		.where(eq(offers.id, offerId));
	await db.delete(offerDates).where(eq(offerDates.offerId, offerId));
	if (input.schedule.type === 'dates' && input.schedule.dates.length > 0) {
		await db.insert(offerDates).values(
			input.schedule.dates.map((d) => ({
				offerId,
				startsAt: new Date(d.startsAt),
				endsAt: d.endsAt ? new Date(d.endsAt) : null,
				note: d.note
			}))
		);
	}
}

async function uniqueSlug(db: Db, title: string): Promise<string> {
	let base =
		slugify(title)
			.slice(0, 60)
			.replace(/-[^-]*$/, '') || 'angebot';
	if (base.length < 3) base = slugify(title).slice(0, 60) || 'angebot';
	for (;;) {
		const slug = `${base}-${randomBytes(3).toString('hex')}`;
		const [hit] = await db.select({ id: offers.id }).from(offers).where(eq(offers.slug, slug));
		if (!hit) return slug;
	}
}

async function loadRow(db: Db, offerId: string): Promise<OfferRow> {
	const [row] = await db.select().from(offers).where(eq(offers.id, offerId)).limit(1);
	if (!row) throw new AppError(ErrorCode.NotFound, 'Dieses Angebot gibt es nicht.');
	return row;
}

/** Loads an offer the actor may write, or throws NotFound / Forbidden. */
export async function loadWritableOffer(db: Db, actor: Actor, offerId: string): Promise<OfferRow> {
	const row = await loadRow(db, offerId);
	assertCan(
		canEditInstitutionOffers(actor, row.institutionId),
		'Dieses Angebot gehört zu einer Einrichtung, für die Sie nicht zuständig sind.'
	);
	return row;
}

export interface CreateOfferResult {
	id: string;
	slug: string;
	status: OfferRow['status'];
}

/** A new offer as draft, or straight into review with `submit`. */
export async function createOffer(
	db: Db,
	{
		actor,
		input,
		submit = false,
		locale = 'de'
	}: { actor: Actor; input: unknown; submit?: boolean; locale?: InputLocale }
): Promise<CreateOfferResult> {
	const data = validateOfferInput(input, locale);
	const inst = await resolveInstitution(db, data.institution);
	assertCan(
		canEditInstitutionOffers(actor, inst.id),
		'Für diese Einrichtung dürfen Sie keine Angebote anlegen.'
	);
	const now = new Date();
	return db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		if (data.externalId) {
			const [dup] = await tx
				.select({ id: offers.id })
				.from(offers)
				.where(and(eq(offers.institutionId, inst.id), eq(offers.externalId, data.externalId)));
			if (dup) {
				throw new AppError(
					ErrorCode.Conflict,
					'Ein Angebot mit dieser externen Kennung gibt es bei dieser Einrichtung schon.',
					[{ field: 'externalId', message: 'Diese externe Kennung ist schon vergeben.' }]
				);
			}
		}
		const status = submit ? 'in_review' : 'draft';
		const [row] = await tx
			.insert(offers)
			.values({
				slug: await uniqueSlug(tx, data.title),
				institutionId: inst.id,
				title: data.title,
				description: data.description,
				format: data.format,
				status,
				submittedAt: submit ? now : null,
				createdBy: actorUserId(actor),
				createdAt: now,
				updatedAt: now
			})
			.returning({ id: offers.id, slug: offers.slug, status: offers.status });
		await writeOfferContent(tx, row!.id, data, now);
		await recordAudit(tx, {
			actor,
			action: submit ? 'offer.create_submit' : 'offer.create',
			entityType: 'offer',
			entityId: row!.id,
			institutionId: inst.id,
			before: null,
			after: { status, ...data }
		});
		return row!;
	});
}

/** The content the editor shows: the pending change, else the offer itself. */
export interface OfferWorkspace {
	offer: TOffer;
	/** A pending change to the published offer, if any. */
	change: {
		state: 'draft' | 'in_review' | 'changes_requested';
		submittedAt: string | null;
		updatedAt: string;
	} | null;
	input: TOfferInput;
	/** The published version's body (null for offers never published). */
	published: TOfferInput | null;
}

export async function getOfferWorkspace(
	db: Db,
	{ actor, offerId }: { actor: Actor; offerId: string }
): Promise<OfferWorkspace> {
	await loadWritableOffer(db, actor, offerId);
	return readWorkspace(db, offerId);
}

/** The workspace without a policy check (callers have checked it). */
export async function readWorkspace(db: Db, offerId: string): Promise<OfferWorkspace> {
	const offer = await getOfferById(db, offerId);
	if (!offer) throw new AppError(ErrorCode.NotFound, 'Dieses Angebot gibt es nicht.');
	const [change] = await db.select().from(offerChanges).where(eq(offerChanges.offerId, offerId));
	const current = offerToInput(offer);
	const pending = change ? parseOfferInput(change.data, 'de') : null;
	return {
		offer,
		change: change
			? {
					state: change.state,
					submittedAt: change.submittedAt?.toISOString() ?? null,
					updatedAt: change.updatedAt.toISOString()
				}
			: null,
		input: pending?.ok ? pending.data : current,
		published: offer.status === 'published' || offer.status === 'archived' ? current : null
	};
}

/**
 * Saves the editor's content. Unpublished offers change in place (a rejected
 * one becomes a draft again); a published offer gets a pending change. With
 * `submit`, the result goes to review.
 */
export async function saveOffer(
	db: Db,
	{
		actor,
		offerId,
		input,
		submit = false,
		locale = 'de'
	}: { actor: Actor; offerId: string; input: unknown; submit?: boolean; locale?: InputLocale }
): Promise<{ status: OfferRow['status']; change: 'draft' | 'in_review' | null }> {
	const row = await loadWritableOffer(db, actor, offerId);
	const data = validateOfferInput(input, locale);
	if (data.institution.id !== row.institutionId && data.institution.slug !== undefined) {
		const inst = await resolveInstitution(db, data.institution);
		if (inst.id !== row.institutionId) {
			invalid([
				{ field: 'institution', message: 'Die Einrichtung eines Angebots lässt sich nicht ändern.' }
			]);
		}
	}
	data.institution = { id: row.institutionId };
	if (row.status === 'archived') {
		throw new AppError(
			ErrorCode.Conflict,
			'Archivierte Angebote lassen sich nicht bearbeiten. Duplizieren Sie das Angebot, um es erneut anzubieten.'
		);
	}
	const now = new Date();
	const before = await readWorkspace(db, offerId);
	const result = await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		if (data.externalId && data.externalId !== row.externalId) {
			const [dup] = await tx
				.select({ id: offers.id })
				.from(offers)
				.where(
					and(eq(offers.institutionId, row.institutionId), eq(offers.externalId, data.externalId))
				);
			if (dup && dup.id !== offerId) {
				invalid([{ field: 'externalId', message: 'Diese externe Kennung ist schon vergeben.' }]);
			}
		}
		if (row.status === 'published') {
			const [existing] = await tx
				.select({ state: offerChanges.state })
				.from(offerChanges)
				.where(eq(offerChanges.offerId, offerId));
			const state: 'draft' | 'in_review' =
				submit || existing?.state === 'in_review' ? 'in_review' : 'draft';
			const values = {
				state,
				data: data as unknown as Record<string, unknown>,
				createdBy: actorUserId(actor),
				submittedAt: submit ? now : existing?.state === 'in_review' ? undefined : null,
				updatedAt: now
			} as const;
			await tx
				.insert(offerChanges)
				.values({ offerId, ...values, submittedAt: values.submittedAt ?? null })
				.onConflictDoUpdate({ target: offerChanges.offerId, set: values });
			if (submit) await tx.update(offers).set({ submittedAt: now }).where(eq(offers.id, offerId));
			await recordAudit(tx, {
				actor,
				action: submit ? 'offer.change_submit' : 'offer.change_save',
				entityType: 'offer',
				entityId: offerId,
				institutionId: row.institutionId,
				before: before.input,
				after: data
			});
			return { status: row.status, change: state };
		}
		const status: OfferRow['status'] = submit
			? 'in_review'
			: row.status === 'in_review'
				? 'in_review'
				: row.status === 'changes_requested'
					? 'changes_requested'
					: 'draft';
		await writeOfferContent(tx, offerId, data, now);
		await tx
			.update(offers)
			.set({ status, ...(submit ? { submittedAt: now } : {}) })
			.where(eq(offers.id, offerId));
		await recordAudit(tx, {
			actor,
			action: submit ? 'offer.submit' : 'offer.save',
			entityType: 'offer',
			entityId: offerId,
			institutionId: row.institutionId,
			before: { status: row.status, ...before.input },
			after: { status, ...data }
		});
		return { status, change: null };
	});
	return result;
}

/** Sends the current draft (or pending change) to review without editing it. */
export async function submitOffer(
	db: Db,
	{ actor, offerId }: { actor: Actor; offerId: string }
): Promise<void> {
	const row = await loadWritableOffer(db, actor, offerId);
	const now = new Date();
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		if (row.status === 'published') {
			const [change] = await tx
				.select({ state: offerChanges.state })
				.from(offerChanges)
				.where(eq(offerChanges.offerId, offerId));
			if (!change) {
				throw new AppError(
					ErrorCode.Conflict,
					'Es gibt keine Änderung, die geprüft werden könnte.'
				);
			}
			if (change.state === 'in_review') return;
			await tx
				.update(offerChanges)
				.set({ state: 'in_review', submittedAt: now, updatedAt: now })
				.where(eq(offerChanges.offerId, offerId));
			await tx.update(offers).set({ submittedAt: now }).where(eq(offers.id, offerId));
			await recordAudit(tx, {
				actor,
				action: 'offer.change_submit',
				entityType: 'offer',
				entityId: offerId,
				institutionId: row.institutionId,
				before: { changeState: change.state },
				after: { changeState: 'in_review' }
			});
			return;
		}
		if (!(['draft', 'changes_requested', 'rejected'] as string[]).includes(row.status)) {
			if (row.status === 'in_review') return;
			throw new AppError(ErrorCode.Conflict, 'Dieses Angebot kann nicht eingereicht werden.');
		}
		await tx
			.update(offers)
			.set({ status: 'in_review', submittedAt: now, updatedAt: now })
			.where(eq(offers.id, offerId));
		await recordAudit(tx, {
			actor,
			action: 'offer.submit',
			entityType: 'offer',
			entityId: offerId,
			institutionId: row.institutionId,
			before: { status: row.status },
			after: { status: 'in_review' }
		});
	});
}

/** "Still current": a person confirms the published offer is true today. */
export async function reverifyOffer(
	db: Db,
	{ actor, offerId }: { actor: Actor; offerId: string }
): Promise<{ lastVerifiedAt: string }> {
	const row = await loadWritableOffer(db, actor, offerId);
	if (row.status !== 'published') {
		throw new AppError(ErrorCode.Conflict, 'Nur veröffentlichte Angebote lassen sich bestätigen.');
	}
	const now = new Date();
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		await tx
			.update(offers)
			.set({ lastVerifiedAt: now, staleReminderSentAt: null })
			.where(eq(offers.id, offerId));
		await recordAudit(tx, {
			actor,
			action: 'offer.reverify',
			entityType: 'offer',
			entityId: offerId,
			institutionId: row.institutionId,
			before: { lastVerifiedAt: row.lastVerifiedAt },
			after: { lastVerifiedAt: now }
		});
	});
	await offersChanged([offerId]);
	return { lastVerifiedAt: now.toISOString() };
}

/** Takes an offer offline for good (it can be duplicated later); drops a pending change. */
export async function archiveOffer(
	db: Db,
	{ actor, offerId }: { actor: Actor; offerId: string }
): Promise<void> {
	const row = await loadWritableOffer(db, actor, offerId);
	if (row.status === 'archived') return;
	const now = new Date();
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		await tx.delete(offerChanges).where(eq(offerChanges.offerId, offerId));
		await tx
			.update(offers)
			.set({ status: 'archived', updatedAt: now })
			.where(eq(offers.id, offerId));
		await recordAudit(tx, {
			actor,
			action: 'offer.archive',
			entityType: 'offer',
			entityId: offerId,
			institutionId: row.institutionId,
			before: { status: row.status },
			after: { status: 'archived' }
		});
	});
	await offersChanged([offerId]);
}

/** A new draft with the same content (title marked as copy, no external id). */
export async function duplicateOffer(
	db: Db,
	{ actor, offerId }: { actor: Actor; offerId: string }
): Promise<CreateOfferResult> {
	await loadWritableOffer(db, actor, offerId);
	const ws = await readWorkspace(db, offerId);
	const copy: TOfferInput = {
		...ws.input,
		externalId: null,
		title: `${ws.input.title} (Kopie)`.slice(0, 200)
	};
	const created = await createOffer(db, { actor, input: copy });
	return created;
}
