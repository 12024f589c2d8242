import { apiJson, apiMethodNotAllowed, listDistrictsApi } from '$lib/server/api';
import { getApp } from '$lib/server/app';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	apiJson(event, async () => listDistrictsApi(await getApp()), { checkLang: true });

export const fallback: RequestHandler = apiMethodNotAllowed;
