import { apiJson, methodNotAllowed, postOfferResponse, searchOffersApiJson } from '$lib/server/api';
import { getApp } from '$lib/server/app';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	apiJson(event, async ({ locale }) => searchOffersApiJson(event.url, await getApp(), locale));

/** Creates an offer for the token's institution (docs/handbook/api.md). */
export const POST: RequestHandler = (event) => postOfferResponse(event, getApp);

export const fallback: RequestHandler = methodNotAllowed(['POST']);
