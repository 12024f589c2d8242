import { getApp } from '$lib/server/app';
import { cityConfig } from '$lib/server/config/city';
import { contentAddition } from '$lib/server/content';
import { env } from '$lib/server/env';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	representative: cityConfig().city.office.representative,
	mapAttribution: env.TILE_ATTRIBUTION,
	addition: await contentAddition((await getApp()).handle.db, 'impressum', locals.locale)
});
