import { getApp } from '$lib/server/app';
import { cityConfig } from '$lib/server/config/city';
import { contentAddition } from '$lib/server/content';
import { env } from '$lib/server/env';
import type { PageServerLoad } from './$types';

/** The host maps load tiles from, named in the privacy notice ("tile.openstreetmap.org"). */
function tileHost(template: string): string {
	try {
		return new URL(template.replace(/\{[^}]+\}/g, '0')).host;
	} catch {
		return template;
	}
}

export const load: PageServerLoad = async ({ locals }) => {
	const { office } = cityConfig().city;
	return {
		representative: office.representative,
		dataProtectionOfficer: office.dataProtectionOfficer,
		tileHost: tileHost(env.TILE_URL),
		mapAttribution: env.TILE_ATTRIBUTION,
		addition: await contentAddition((await getApp()).handle.db, 'datenschutz', locals.locale)
	};
};
