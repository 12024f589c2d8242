import { getApp } from '$lib/server/app';
import { cityConfig } from '$lib/server/config/city';
import { contentAddition } from '$lib/server/content';
import { publicBaseUrl } from '$lib/server/urls';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	accessibility: cityConfig().city.accessibility,
	siteUrl: publicBaseUrl(),
	addition: await contentAddition((await getApp()).handle.db, 'barrierefreiheit', locals.locale)
});
