/** /api/v1/institutions: the directory as JSON. */
import { m } from '$lib/paraglide/messages';
import type { App } from '../app';
import { AppError, ErrorCode } from '../errors';
import { getInstitutionById, listInstitutions } from '../institutions';
import { listPublishedOffersOfInstitution } from '../offers';
import { resolveApiLocale, type ApiLocale } from './locale';
import { parseQuery } from './query';
import { ZInstitutionApiQuery, type TInstitutionDetail, type TInstitutionList } from './schemas';

export async function listInstitutionsApi(
	url: URL,
	app: Pick<App, 'handle'>,
	locale: ApiLocale = resolveApiLocale(url, new Headers())
): Promise<TInstitutionList> {
	const { lang: _lang, ...filters } = parseQuery(ZInstitutionApiQuery, url.searchParams, locale);
	return listInstitutions(app.handle.db, filters, { locale });
}

export async function getInstitutionApi(
	id: string,
	app: Pick<App, 'handle'>,
	locale: ApiLocale = 'de'
): Promise<TInstitutionDetail> {
	const institution = await getInstitutionById(app.handle.db, id, { locale });
	if (!institution) {
		throw new AppError(ErrorCode.NotFound, m.api_detail_institution_not_found({}, { locale }));
	}
	const offers = await listPublishedOffersOfInstitution(app.handle.db, institution.id);
	return {
		...institution,
		offers: offers.map((o) => ({ id: o.id, slug: o.slug, title: o.title, url: o.url }))
	};
}
