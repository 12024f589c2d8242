/** Every /api/* path that no other route serves: 404 as problem+json, never an HTML page. */
import { m } from '$lib/paraglide/messages';
import { apiProblem } from '$lib/server/api';
import type { RequestHandler } from './$types';

export const fallback: RequestHandler = (event) =>
	apiProblem(event, 'not-found', (locale) =>
		m.api_detail_path_not_found({ openapi: '/api/openapi.json' }, { locale })
	);
