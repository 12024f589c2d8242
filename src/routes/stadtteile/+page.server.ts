import { getApp } from '$lib/server/app';
import { cityConfig } from '$lib/server/config/city';
import { listDistricts } from '$lib/server/districts';
import { countsByDistrict } from '$lib/server/institutions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { handle } = await getApp();
	const [districts, counts] = [await listDistricts(handle.db), await countsByDistrict(handle.db)];
	const boroughs = [...new Set(cityConfig().districts.map((d) => d.borough))];
	return {
		districtCount: districts.length,
		boroughs: boroughs.map((borough) => ({
			name: borough,
			districts: districts
				.filter((d) => d.borough === borough)
				.sort((a, b) => a.name.localeCompare(b.name, 'de'))
				.map((d) => ({
					slug: d.slug,
					name: d.name,
					population: d.population,
					offers: counts.get(d.slug)?.offers ?? 0,
					institutions: counts.get(d.slug)?.institutions ?? 0
				}))
		}))
	};
};
