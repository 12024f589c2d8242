/**
 * schema.org JSON-LD for offer and institution pages. Embed with
 * {@html jsonLdScript(offerJsonLd(offer, opts))} in <svelte:head>.
 */
export * from './jsonld-common';
export { offerJsonLd, ageRange } from './offer-jsonld';
export { institutionJsonLd, parseGermanDays } from './institution-jsonld';
