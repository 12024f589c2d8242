/** /api/v1/districts: every district of the city with its offer and institution counts. */
import type { App } from '../app';
import { listDistricts } from '../districts';
import { countsByDistrict } from '../institutions';
import type { TDistrictList } from './schemas';

export async function listDistrictsApi(app: Pick<App, 'handle'>): Promise<TDistrictList> {
	const [districts, counts] = await Promise.all([
		listDistricts(app.handle.db),
		countsByDistrict(app.handle.db)
	]);
	const items = districts.map((d) => ({
		slug: d.slug,
		name: d.name,
		borough: d.borough,
		lat: d.lat,
		lon: d.lon,
		coordinatesApproximate: d.coordinatesApproximate,
		population: d.population,
		offerCount: counts.get(d.slug)?.offers ?? 0,
		institutionCount: counts.get(d.slug)?.institutions ?? 0
	}));
	return { total: items.length, items };
}
