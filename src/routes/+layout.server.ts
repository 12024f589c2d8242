import { cityConfig } from '$lib/server/config/city';
import { publicBaseUrl } from '$lib/server/urls';
import type { LayoutServerLoad } from './$types';

/**
 * City facts every page needs (header, footer, legal pages) — from configuration, never hard-coded —
 * and whether someone is signed in (header links).
 */
export const load: LayoutServerLoad = ({ locals }) => {
	const { city } = cityConfig();
	const user = locals.user;
	const { office } = city;
	return {
		/** Public origin for absolute links (alternate language versions). */
		baseUrl: publicBaseUrl(),
		/** Who is signed in, for the header's account links (null for visitors). */
		account: user ? { isStaff: user.role === 'admin' || user.role === 'coordinator' } : null,
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
