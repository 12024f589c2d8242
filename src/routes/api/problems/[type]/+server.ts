import { apiJson, apiMethodNotAllowed, describeProblemType } from '$lib/server/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	apiJson(event, ({ locale }) => describeProblemType(event.params.type, locale), {
		maxAge: 3600,
		checkLang: true
	});

export const fallback: RequestHandler = apiMethodNotAllowed;
