import { getApp } from '$lib/server/app';
import { contentAddition } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	addition: await contentAddition((await getApp()).handle.db, 'kontakt', locals.locale)
});
