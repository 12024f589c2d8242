import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { districts } from '../db/schema';
import type { DistrictConfig } from '../config/city';

export type TDistrict = typeof districts.$inferSelect;

/** Makes the districts table match the city configuration (insert or update by slug). */
export async function syncDistricts(db: Db, list: DistrictConfig[]): Promise<void> {
	if (list.length === 0) return;
	await db
		.insert(districts)
		.values(list)
		.onConflictDoUpdate({
			target: districts.slug,
			set: {
				name: sql`excluded.name`,
				borough: sql`excluded.borough`,
				lat: sql`excluded.lat`,
				lon: sql`excluded.lon`,
				population: sql`excluded.population`,
				coordinatesApproximate: sql`excluded.coordinates_approximate`
			}
		});
}

export function listDistricts(db: Db): Promise<TDistrict[]> {
	return db.select().from(districts).orderBy(asc(districts.name));
}

export async function getDistrict(db: Db, slug: string): Promise<TDistrict | undefined> {
	const [row] = await db.select().from(districts).where(eq(districts.slug, slug));
	return row;
}
