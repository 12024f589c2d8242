/**
 * Generates the institutions: the fixed core, at least one per district, the
 * rest spread over districts by population, with addresses, contact data,
 * opening hours, languages and accessibility.
 */
import type { institutions } from '../db/schema';
import { slugify } from '../../slug';
import { FIXED_INSTITUTIONS } from './fixed-institutions';
import { ACCESS_NO, ACCESS_YES, DESCRIPTIONS, openingHours } from './institution-texts';
import { nameFor, type NamedInstitution } from './institution-names';
import { jitter, postalCodeOf, streetAddress, type SeedDistrict } from './places';
import type { Rng } from './rng';
import type { LocalCalendar } from './time';

export type InstitutionRow = typeof institutions.$inferInsert;

export interface SeedInstitution {
	id: string;
	slug: string;
	name: string;
	type: string;
	street: string;
	postalCode: string;
	email: string;
	phone: string;
	website: string | null;
	wheelchairAccessible: boolean | null;
	district: SeedDistrict;
}

const BIG_TYPES: [string, number][] = [
	['kita', 30],
	['verein', 16],
	['kirchengemeinde', 9],
	['grundschule', 12],
	['beratungsstelle', 7],
	['familienzentrum', 5],
	['jugendzentrum', 5],
	['weiterfuehrende-schule', 3],
	['bibliothek', 2.5],
	['bne-lernort', 2],
	['musikschule', 1.5],
	['museum', 1],
	['foerderschule', 0.5]
];
const SMALL_TYPES: [string, number][] = [
	['kita', 28],
	['verein', 34],
	['kirchengemeinde', 24],
	['grundschule', 12],
	['bne-lernort', 3],
	['museum', 2],
	['bibliothek', 1]
];
const VILLAGE_FIRST = ['kita', 'kirchengemeinde', 'verein'];

const LANGUAGE_POOL: [string, number][] = [
	['en', 25],
	['tr', 20],
	['ar', 20],
	['ru', 12],
	['uk', 12],
	['pl', 8],
	['ku', 6],
	['fa', 4],
	['ro', 4],
	['bg', 3],
	['fr', 3],
	['dgs', 1]
];
const MULTILINGUAL: Record<string, number> = {
	beratungsstelle: 3,
	familienzentrum: 3,
	vhs: 3,
	kita: 2,
	grundschule: 2,
	jugendzentrum: 2,
	bibliothek: 2
};

interface Slot {
	district: SeedDistrict;
	named?: NamedInstitution;
	street?: string;
	type: string;
}

/** Which institution goes to which district: fixed core, one per district, the rest by population. */
function planSlots(rng: Rng, districts: SeedDistrict[], total: number): Slot[] {
	const bySlug = new Map(districts.map((d) => [d.slug, d]));
	const slots: Slot[] = [];
	for (const f of FIXED_INSTITUTIONS) {
		const district = bySlug.get(f.district);
		if (district) slots.push({ district, named: f, street: f.street, type: f.type });
	}
	for (const d of districts) {
		if (!slots.some((s) => s.district === d))
			slots.push({ district: d, type: rng.pick(VILLAGE_FIRST) });
	}
	const remaining = Math.max(0, total - slots.length);
	const population = districts.reduce((s, d) => s + d.population, 0) || 1;
	const shares = districts.map((d) => (remaining * d.population) / population);
	const counts = shares.map(Math.floor);
	const order = shares
		.map((s, i) => [s - Math.floor(s), i] as const)
		.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
	const deficit = remaining - counts.reduce((s, c) => s + c, 0);
	for (let k = 0; k < deficit; k++) {
		const i = order[k % order.length]?.[1] ?? 0;
		counts[i] = (counts[i] ?? 0) + 1;
	}
	districts.forEach((d, i) => {
		const big = d.population >= 5000;
		const present = new Set(slots.filter((s) => s.district === d).map((s) => s.type));
		for (let k = 0; k < (counts[i] ?? 0); k++) {
			// A village has one parish, one Kita, one school … as long as there are types left.
			const fresh = SMALL_TYPES.filter(([t]) => !present.has(t));
			const type = rng.weighted(big ? BIG_TYPES : fresh.length > 0 ? fresh : SMALL_TYPES);
			present.add(type);
			slots.push({ district: d, type });
		}
	});
	return slots;
}

/** Builds the institution rows (for insert) and their seed view (for offers). */
export function generateInstitutions(
	rng: Rng,
	cal: LocalCalendar,
	districts: SeedDistrict[],
	total: number,
	cityPostalCodes: readonly string[]
): { rows: InstitutionRow[]; list: SeedInstitution[] } {
	const rows: InstitutionRow[] = [];
	const list: SeedInstitution[] = [];
	const slugs = new Set<string>();
	const namesByDistrict = new Set<string>();
	for (const slot of planSlots(rng, districts, total)) {
		const d = slot.district;
		// Avoid look-alikes in one district ("Kita Marienkäfer" next to "Kinderhaus Marienkäfer").
		const key = (n: NamedInstitution) =>
			`${d.slug}|${n.type}|${n.name.replace(d.name, '').replace('e. V.', '').trim().split(' ').pop()}`;
		let named = slot.named ?? nameFor(rng, slot.type, d);
		for (let tries = 0; !slot.named && tries < 8 && namesByDistrict.has(key(named)); tries++) {
			named = nameFor(rng, slot.type, d);
		}
		namesByDistrict.add(key(named));
		let slug = slugify(named.name);
		if (slugs.has(slug)) slug = slugify(`${named.name} ${d.name}`);
		for (let n = 2; slugs.has(slug); n++) slug = slugify(`${named.name} ${d.name} ${n}`);
		slugs.add(slug);

		const isCity = named.operator === 'Stadt Salzgitter';
		const email = isCity ? `${slug}@stadt-salzgitter.example` : `info@${slug}.example`;
		const phone = isCity ? `05341 839-${rng.int(1000, 9999)}` : `05341 ${rng.int(10000, 999999)}`;
		const website = rng.chance(0.75) ? `https://www.${slug}.example` : null;
		const extra = rng.int(0, MULTILINGUAL[named.type] ?? 1);
		const spoken = new Set(['de', ...(named.languages ?? [])]);
		for (let k = 0; k < extra; k++) spoken.add(rng.weighted(LANGUAGE_POOL));
		const wheelchair = rng.weighted<boolean | null>([
			[true, 0.6],
			[false, 0.25],
			[null, 0.15]
		]);
		const notes =
			wheelchair === true && rng.chance(0.5)
				? rng.pick(ACCESS_YES)
				: wheelchair === false && rng.chance(0.6)
					? rng.pick(ACCESS_NO)
					: null;
		const pool = DESCRIPTIONS[named.type] ?? [];
		const description = rng
			.sample(pool, Math.min(pool.length, 2))
			.concat(`Träger: ${named.operator.replace(/\.$/, '')}.`)
			.join(' ')
			.replaceAll('{ort}', d.name);
		const createdDay = cal.today - rng.int(90, 1500);
		const seed: SeedInstitution = {
			id: rng.uuid(),
			slug,
			name: named.name,
			type: named.type,
			street: slot.street ?? streetAddress(rng, d),
			postalCode: postalCodeOf(d, cityPostalCodes),
			email,
			phone,
			website,
			wheelchairAccessible: wheelchair,
			district: d
		};
		list.push(seed);
		rows.push({
			id: seed.id,
			slug,
			name: seed.name,
			type: seed.type,
			operator: named.operator,
			description,
			street: seed.street,
			postalCode: seed.postalCode,
			locality: 'Salzgitter',
			districtSlug: d.slug,
			...jitter(rng, d),
			email,
			phone,
			website,
			openingHours: openingHours(rng, named.type),
			languages: [...spoken],
			wheelchairAccessible: wheelchair,
			accessibilityNotes: notes,
			createdAt: cal.at(createdDay, rng.step(480, 1080, 15)),
			updatedAt: cal.at(cal.today - rng.int(14, 80), rng.step(480, 1080, 15))
		});
	}
	return { rows, list };
}
