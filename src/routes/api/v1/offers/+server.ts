import { apiJson, apiMethodNotAllowed, searchOffersApi } from '$lib/server/api';
import { getApp } from '$lib/server/app';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	apiJson(event, async ({ locale }) => searchOffersApi(event.url, await getApp(), locale));

export const fallback: RequestHandler = apiMethodNotAllowed;
