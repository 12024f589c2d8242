import { apiJson, apiMethodNotAllowed, getOfferApi } from '$lib/server/api';
import { getApp } from '$lib/server/app';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	apiJson(event, async ({ locale }) => getOfferApi(event.params.id, await getApp(), locale), {
		checkLang: true
	});

export const fallback: RequestHandler = apiMethodNotAllowed;
