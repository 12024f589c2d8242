import { env } from './env';

/** The public origin used in absolute links (API items, iCal, JSON-LD). */
export function publicBaseUrl(): string {
	return (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
}

export const offerPath = (slug: string) => `/angebote/${slug}`;
export const institutionPath = (slug: string) => `/einrichtungen/${slug}`;
export const districtPath = (slug: string) => `/stadtteile/${slug}`;
