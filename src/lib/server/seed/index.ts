/**
 * PLACEHOLDER — replaced by the real deterministic Salzgitter demo-data generator.
 * Creates a handful of institutions and offers so pages have something to show.
 */
import type { Db } from '../db/client';
import { institutions, offerDates, offers } from '../db/schema';

export interface SeedOptions {
	/** Number of published offers to create (default 1,200). */
	offers?: number;
	/** PRNG seed: the same seed gives the same data. */
	seed?: number;
	/** "Today" for generated dates (default: now). */
	now?: Date;
}

export async function seedDemoData(
	db: Db,
	opts: SeedOptions = {}
): Promise<{ institutions: number; offers: number }> {
	const now = opts.now ?? new Date();
	const [inst] = await db
		.insert(institutions)
		.values({
			slug: 'vhs-salzgitter',
			name: 'Volkshochschule Salzgitter',
			type: 'vhs',
			operator: 'Stadt Salzgitter',
			street: 'Kattowitzer Straße 186',
			postalCode: '38226',
			locality: 'Salzgitter',
			districtSlug: 'lebenstedt',
			lat: 52.1561,
			lon: 10.3301,
			languages: ['de', 'tr']
		})
		.returning();
	const rows = await db
		.insert(offers)
		.values(
			['Schwimmkurs für Kinder', 'Sprachkurs Deutsch A1', 'Integrationskurs für Eltern'].map(
				(title, i) => ({
					slug: `demo-${i}`,
					institutionId: inst!.id,
					title,
					description: `${title} in Salzgitter-Lebenstedt.`,
					format: 'kurs',
					topics: i === 0 ? ['bewegung'] : ['sprache', 'integration'],
					lifePhases: i === 0 ? ['grundschule'] : ['erwachsene'],
					costType: i === 0 ? ('free' as const) : ('paid' as const),
					scheduleType: 'dates' as const,
					status: 'published' as const,
					lastVerifiedAt: now,
					publishedAt: now
				})
			)
		)
		.returning();
	await db
		.insert(offerDates)
		.values(
			rows.map((o, i) => ({
				offerId: o.id,
				startsAt: new Date(now.getTime() + (i + 1) * 7 * 86400_000)
			}))
		);
	return { institutions: 1, offers: rows.length };
}
