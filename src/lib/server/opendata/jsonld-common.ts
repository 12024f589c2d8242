/** Shared pieces of the schema.org JSON-LD builders, and safe embedding in HTML. */

export type JsonLd = { [key: string]: unknown };

export interface JsonLdOptions {
	/** Public origin without trailing slash. */
	baseUrl: string;
	cityName: string;
	/** Language of labels and, where the provider translated it, of the offer's text. */
	locale: string;
}

export const CONTEXT = 'https://schema.org';

/** Drops null, undefined, empty strings and empty arrays (schema.org tools dislike them). */
export function compact<T extends JsonLd>(obj: T): T {
	return Object.fromEntries(
		Object.entries(obj).filter(
			([, v]) => v != null && v !== '' && !(Array.isArray(v) && v.length === 0)
		)
	) as T;
}

export const oneOrMany = <T>(list: T[]): T | T[] => (list.length === 1 ? list[0]! : list);

export function postalAddress(a: {
	street: string;
	postalCode: string;
	locality: string;
	district?: { name: string };
}): JsonLd {
	return compact({
		'@type': 'PostalAddress',
		streetAddress: a.street,
		postalCode: a.postalCode,
		addressLocality: a.locality,
		addressRegion: a.district?.name,
		addressCountry: 'DE'
	});
}

export const geoCoordinates = (lat: number, lon: number) => ({
	'@type': 'GeoCoordinates',
	latitude: lat,
	longitude: lon
});

/**
 * JSON for inside <script type="application/ld+json">: `<`, `>`, `&` and the
 * JavaScript line separators are \u-escaped, so text like "</script>" cannot end the block.
 */
export function jsonLdString(data: unknown): string {
	return (JSON.stringify(data) ?? 'null')
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** The whole `<script type="application/ld+json">…</script>` element, for {@html}. */
export function jsonLdScript(data: unknown): string {
	return `<script type="application/ld+json">${jsonLdString(data)}</script>`;
}
