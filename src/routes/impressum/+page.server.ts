import { cityConfig } from '$lib/server/config/city';
import { env } from '$lib/server/env';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	representative: cityConfig().city.office.representative,
	mapAttribution: env.TILE_ATTRIBUTION
});
