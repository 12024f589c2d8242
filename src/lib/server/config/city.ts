/**
 * City configuration is data: config/cities/<CITY>/city.json and districts.csv.
 * Read once, validated with zod; a broken file stops the start with a clear message.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { env } from '../env';
import { slugify } from '../../slug';

export const CONFIG_DIR = path.resolve('config');

const CitySchema = z.object({
	slug: z.string(),
	name: z.string().min(1),
	state: z.string().length(2),
	timezone: z.string().default('Europe/Berlin'),
	center: z.object({ lat: z.number(), lon: z.number() }),
	zoom: z.number().int().min(1).max(18).default(11),
	postalCodes: z.array(z.string()),
	office: z.object({
		name: z.string(),
		organisation: z.string(),
		street: z.string(),
		postalCode: z.string(),
		locality: z.string(),
		phone: z.string(),
		email: z.email(),
		website: z.url(),
		openingHours: z.string(),
		representative: z.string(),
		dataProtectionOfficer: z.string()
	}),
	accessibility: z.object({
		arbitrationBody: z.string(),
		arbitrationUrl: z.url(),
		enforcementBody: z.string(),
		statementDate: z.string()
	})
});

export type CityConfig = z.infer<typeof CitySchema>;

export interface DistrictConfig {
	slug: string;
	name: string;
	borough: string;
	lat: number;
	lon: number;
	population: number;
	coordinatesApproximate: boolean;
}

const DistrictRow = z.object({
	district: z.string().min(1),
	ortschaft: z.string().min(1),
	lat: z.coerce.number().min(-90).max(90),
	lon: z.coerce.number().min(-180).max(180),
	population: z.coerce.number().int().min(0),
	coordinates: z.enum(['checked', 'approximate'])
});

/** Parses the districts CSV (header: district,ortschaft,lat,lon,population,coordinates). */
export function parseDistrictsCsv(text: string): DistrictConfig[] {
	const [header, ...lines] = text.trim().split(/\r?\n/);
	const cols = (header ?? '').split(',').map((c) => c.trim());
	return lines
		.filter((l) => l.trim() !== '')
		.map((line, i) => {
			const cells = line.split(',');
			const raw = Object.fromEntries(cols.map((c, j) => [c, cells[j]?.trim()]));
			const parsed = DistrictRow.safeParse(raw);
			if (!parsed.success) {
				throw new Error(`districts.csv, Zeile ${i + 2}: ${parsed.error.issues[0]?.message}`);
			}
			const r = parsed.data;
			return {
				slug: slugify(r.district),
				name: r.district,
				borough: r.ortschaft,
				lat: r.lat,
				lon: r.lon,
				population: r.population,
				coordinatesApproximate: r.coordinates === 'approximate'
			};
		});
}

export function loadCity(citySlug: string = env.CITY): {
	city: CityConfig;
	districts: DistrictConfig[];
} {
	const dir = path.join(CONFIG_DIR, 'cities', citySlug);
	let cityJson: unknown;
	try {
		cityJson = JSON.parse(readFileSync(path.join(dir, 'city.json'), 'utf8'));
	} catch (e) {
		throw new Error(`Stadtkonfiguration ${dir}/city.json fehlt oder ist kein JSON: ${String(e)}`);
	}
	const parsed = CitySchema.safeParse(cityJson);
	if (!parsed.success) {
		throw new Error(
			`${dir}/city.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`
		);
	}
	const districts = parseDistrictsCsv(readFileSync(path.join(dir, 'districts.csv'), 'utf8'));
	return { city: parsed.data, districts };
}

let cached: ReturnType<typeof loadCity> | undefined;
/** The configured city (CITY), loaded once. */
export function cityConfig(): ReturnType<typeof loadCity> {
	cached ??= loadCity();
	return cached;
}
