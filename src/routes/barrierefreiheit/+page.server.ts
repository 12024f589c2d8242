import { cityConfig } from '$lib/server/config/city';
import { publicBaseUrl } from '$lib/server/urls';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	accessibility: cityConfig().city.accessibility,
	siteUrl: publicBaseUrl()
});
