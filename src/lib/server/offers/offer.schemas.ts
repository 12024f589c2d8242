/**
 * The public shape of an offer (API items, search documents, detail pages).
 * Write bodies (a later issue) take the same field names and shapes.
 */
import { z } from 'zod';

export const OfferStatus = z.enum([
	'draft',
	'in_review',
	'published',
	'archived',
	'changes_requested',
	'rejected'
]);

export const ZOfferTranslation = z.object({
	title: z.string(),
	summary: z.string().optional(),
	description: z.string().optional()
});

export const ZOfferDate = z.object({
	startsAt: z.iso.datetime({ offset: true }),
	endsAt: z.iso.datetime({ offset: true }).nullable(),
	note: z.string().nullable()
});

export const ZOffer = z
	.object({
		id: z.uuid(),
		slug: z.string(),
		externalId: z
			.string()
			.nullable()
			.describe('Identifier in the provider’s own system; imports and API clients update by it'),
		url: z.string().describe('Absolute URL of the public offer page'),
		title: z.string(),
		summary: z.string().nullable(),
		description: z.string(),
		translations: z.record(z.string(), ZOfferTranslation),
		institution: z.object({
			id: z.uuid(),
			slug: z.string(),
			name: z.string(),
			type: z.string()
		}),
		format: z.string(),
		topics: z.array(z.string()),
		lifePhases: z.array(z.string()),
		ageMin: z.number().int().nullable(),
		ageMax: z.number().int().nullable(),
		languages: z.array(z.string()),
		cost: z.object({
			type: z.enum(['free', 'paid']),
			amountCents: z.number().int().nullable(),
			note: z.string().nullable(),
			reducedFeeAvailable: z.boolean()
		}),
		butEligible: z.boolean(),
		accessibility: z.object({
			wheelchairAccessible: z.boolean().nullable(),
			notes: z.string().nullable()
		}),
		location: z.object({
			atInstitution: z.boolean(),
			name: z.string().nullable(),
			street: z.string(),
			postalCode: z.string(),
			locality: z.string(),
			district: z.object({ slug: z.string(), name: z.string() }),
			lat: z.number(),
			lon: z.number()
		}),
		schedule: z.object({
			type: z.enum(['ongoing', 'dates', 'recurring']),
			note: z.string().nullable(),
			rrule: z.string().nullable(),
			start: z.iso.datetime({ offset: true }).nullable(),
			until: z.iso.datetime({ offset: true }).nullable(),
			durationMinutes: z.number().int().nullable(),
			exceptions: z.array(z.string()),
			dates: z.array(ZOfferDate)
		}),
		registration: z.object({
			required: z.boolean(),
			url: z.string().nullable(),
			email: z.string().nullable(),
			phone: z.string().nullable(),
			note: z.string().nullable()
		}),
		sdgs: z.array(z.number().int().min(1).max(17)),
		status: OfferStatus,
		lastVerifiedAt: z.iso.datetime({ offset: true }).nullable(),
		publishedAt: z.iso.datetime({ offset: true }).nullable(),
		updatedAt: z.iso.datetime({ offset: true })
	})
	.meta({ id: 'Offer' });

export type TOffer = z.infer<typeof ZOffer>;
