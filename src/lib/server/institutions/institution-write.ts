/**
 * Creating and editing institutions. Staff create them; managers of an
 * institution (and staff) edit its profile. Offers show the institution's name
 * and address, so its published offers are reported as changed.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { districts, institutions, offers } from '../db/schema';
import { AppError, ErrorCode, type FieldIssue } from '../errors';
import { recordAudit } from '../audit';
import { assertCan, canManageInstitution, isStaff, type Actor } from '../accounts';
import { cityConfig } from '../config/city';
import { termCodes } from '../config/taxonomies';
import { offersChanged } from '../offers/offer-events';
import { slugify } from '../../slug';

const optText = (max: number) =>
	z
		.string()
		.trim()
		.max(max, { error: `Höchstens ${max} Zeichen.` })
		.nullish()
		.transform((v) => (v ? v : null));

const time = z
	.string()
	.trim()
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Bitte die Uhrzeit als HH:MM angeben.' });

export const ZInstitutionInput = z.object({
	name: z
		.string()
		.trim()
		.min(3, { error: 'Bitte geben Sie den Namen an (mindestens 3 Zeichen).' })
		.max(200, { error: 'Höchstens 200 Zeichen.' }),
	type: z.string().refine((v) => termCodes('institution-types').includes(v), {
		error: 'Bitte wählen Sie eine Art der Einrichtung aus der Liste.'
	}),
	operator: optText(200),
	description: optText(5000),
	street: z.string().trim().min(3, { error: 'Bitte geben Sie Straße und Hausnummer an.' }).max(200),
	postalCode: z
		.string()
		.trim()
		.regex(/^\d{5}$/, { error: 'Bitte eine fünfstellige Postleitzahl angeben.' }),
	locality: z.string().trim().min(2, { error: 'Bitte geben Sie den Ort an.' }).max(100),
	districtSlug: z.string().refine((v) => cityConfig().districts.some((d) => d.slug === v), {
		error: 'Bitte wählen Sie einen Stadtteil aus der Liste.'
	}),
	lat: z.number().min(-90).max(90).nullish(),
	lon: z.number().min(-180).max(180).nullish(),
	email: z.preprocess(
		(v) => (v === '' ? null : v),
		z.email({ error: 'Bitte geben Sie eine gültige E-Mail-Adresse an.' }).max(254).nullish()
	),
	phone: z.preprocess(
		(v) => (v === '' ? null : v),
		z
			.string()
			.trim()
			.regex(/^[+0-9][0-9 ()/-]{4,30}$/, { error: 'Bitte eine Telefonnummer aus Ziffern angeben.' })
			.nullish()
	),
	website: z.preprocess(
		(v) => (v === '' ? null : v),
		z
			.string()
			.trim()
			.max(500)
			.regex(/^https?:\/\/\S+$/i, {
				error: 'Bitte eine Adresse mit http:// oder https:// angeben.'
			})
			.nullish()
	),
	openingHours: z
		.array(
			z.object({
				days: z.string().trim().min(1, { error: 'Bitte die Tage angeben (z. B. Mo–Fr).' }).max(50),
				opens: time,
				closes: time,
				note: optText(200).optional()
			})
		)
		.max(14)
		.default([]),
	languages: z
		.array(
			z.string().refine((v) => termCodes('languages').includes(v), {
				error: 'Bitte Sprachen aus der Liste wählen.'
			})
		)
		.default([]),
	wheelchairAccessible: z.boolean().nullish(),
	accessibilityNotes: optText(1000)
});
export type TInstitutionInput = z.input<typeof ZInstitutionInput>;

function parse(input: unknown) {
	const parsed = ZInstitutionInput.safeParse(input);
	if (!parsed.success) {
		const issues: FieldIssue[] = parsed.error.issues.map((i) => ({
			field: i.path.join('.'),
			message: i.message
		}));
		throw new AppError(ErrorCode.InvalidInput, issues[0]?.message ?? 'Ungültige Eingabe.', issues);
	}
	return parsed.data;
}

async function columns(db: Db, data: z.output<typeof ZInstitutionInput>) {
	let { lat, lon } = data;
	if (lat == null || lon == null) {
		const [d] = await db
			.select({ lat: districts.lat, lon: districts.lon })
			.from(districts)
			.where(eq(districts.slug, data.districtSlug));
		lat = d?.lat ?? 0;
		lon = d?.lon ?? 0;
	}
	return {
		name: data.name,
		type: data.type,
		operator: data.operator,
		description: data.description,
		street: data.street,
		postalCode: data.postalCode,
		locality: data.locality,
		districtSlug: data.districtSlug,
		lat,
		lon,
		email: data.email ?? null,
		phone: data.phone ?? null,
		website: data.website ?? null,
		openingHours: data.openingHours.map((l) => ({
			days: l.days,
			opens: l.opens,
			closes: l.closes,
			...(l.note ? { note: l.note } : {})
		})),
		languages: data.languages,
		wheelchairAccessible: data.wheelchairAccessible ?? null,
		accessibilityNotes: data.accessibilityNotes
	};
}

export async function createInstitution(
	db: Db,
	{ actor, input }: { actor: Actor; input: unknown }
): Promise<{ id: string; slug: string }> {
	assertCan(isStaff(actor), 'Einrichtungen legt das Bildungsbüro an.');
	const data = parse(input);
	const values = await columns(db, data);
	return db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		const base = slugify(data.name).slice(0, 80) || 'einrichtung';
		let slug = base;
		for (let n = 2; ; n++) {
			const [hit] = await tx
				.select({ id: institutions.id })
				.from(institutions)
				.where(eq(institutions.slug, slug));
			if (!hit) break;
			slug = `${base}-${n}`;
		}
		const [row] = await tx
			.insert(institutions)
			.values({ ...values, slug })
			.returning({ id: institutions.id, slug: institutions.slug });
		await recordAudit(tx, {
			actor,
			action: 'institution.create',
			entityType: 'institution',
			entityId: row!.id,
			institutionId: row!.id,
			before: null,
			after: { slug, ...values }
		});
		return row!;
	});
}

export async function updateInstitution(
	db: Db,
	{ actor, institutionId, input }: { actor: Actor; institutionId: string; input: unknown }
): Promise<void> {
	const [row] = await db.select().from(institutions).where(eq(institutions.id, institutionId));
	if (!row) throw new AppError(ErrorCode.NotFound, 'Diese Einrichtung gibt es nicht.');
	assertCan(
		canManageInstitution(actor, institutionId),
		'Das Profil der Einrichtung bearbeiten nur ihre Leitung und das Bildungsbüro.'
	);
	const data = parse(input);
	const values = await columns(db, data);
	const ids = await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		await tx
			.update(institutions)
			.set({ ...values, updatedAt: new Date() })
			.where(eq(institutions.id, institutionId));
		const { createdAt: _c, updatedAt: _u, id: _i, ...before } = row;
		await recordAudit(tx, {
			actor,
			action: 'institution.update',
			entityType: 'institution',
			entityId: institutionId,
			institutionId,
			before,
			after: { slug: row.slug, ...values }
		});
		const list = await tx
			.select({ id: offers.id })
			.from(offers)
			.where(eq(offers.institutionId, institutionId));
		return list.map((o) => o.id);
	});
	await offersChanged(ids);
}
