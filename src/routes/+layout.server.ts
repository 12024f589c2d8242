import { cityConfig } from '$lib/server/config/city';
import { publicBaseUrl } from '$lib/server/urls';
import type { LayoutServerLoad } from './$types';

/** City facts every page needs (header, footer, legal pages) — from configuration, never hard-coded. */
export const load: LayoutServerLoad = () => {
	const { city } = cityConfig();
	const { office } = city;
	return {
		/** Public origin for absolute links (alternate language versions). */
		baseUrl: publicBaseUrl(),
		city: {
			name: city.name,
			office: {
				name: office.name,
				organisation: office.organisation,
				street: office.street,
				postalCode: office.postalCode,
				locality: office.locality,
				phone: office.phone,
				email: office.email,
				website: office.website,
				openingHours: office.openingHours
			}
		}
	};
};
