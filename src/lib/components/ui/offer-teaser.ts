/**
 * Turns an offer into a LinkCard for lists on institution and district pages.
 * Called in server loads (the labels come from the taxonomies there).
 */
import type { TOffer } from '$lib/server/offers';
import type { LinkCard } from './LinkCardList.svelte';

export interface TeaserLabels {
	format: (code: string) => string;
	free: string;
}

export function offerTeaser(
	offer: TOffer,
	locale: string,
	labels: TeaserLabels,
	opts: { showInstitution?: boolean } = {}
): LinkCard {
	const translated = locale === 'de' ? undefined : offer.translations[locale];
	const title = translated?.title ?? offer.title;
	const summary = translated?.summary ?? offer.summary;
	/** Provider text shown in German inside a page in another language. */
	const german = locale === 'de' ? undefined : 'de';
	const meta = [labels.format(offer.format)];
	if (opts.showInstitution) meta.push(offer.institution.name);
	meta.push(offer.location.district.name);
	if (offer.cost.type === 'free') meta.push(labels.free);
	return {
		href: `/angebote/${offer.slug}`,
		title,
		lang: translated?.title ? undefined : german,
		meta,
		text: summary,
		textLang: translated?.summary ? undefined : german
	};
}
