import { getOfferResponse, methodNotAllowed, patchOfferResponse } from '$lib/server/api';
import { getApp } from '$lib/server/app';
import type { RequestHandler } from './$types';

/** Published offers for everyone; with a token, its institution's offers in any status. */
export const GET: RequestHandler = (event) => getOfferResponse(event, getApp);

/** Changes an offer of the token's institution (JSON Merge Patch onto the working copy). */
export const PATCH: RequestHandler = (event) => patchOfferResponse(event, getApp);

export const fallback: RequestHandler = methodNotAllowed(['PATCH']);
