import { apiJson, apiMethodNotAllowed, buildOpenApiDocument } from '$lib/server/api';
import { cityConfig } from '$lib/server/config/city';
import { publicBaseUrl } from '$lib/server/urls';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	apiJson(
		event,
		() => {
			const { city } = cityConfig();
			return buildOpenApiDocument({
				baseUrl: publicBaseUrl(),
				cityName: city.name,
				office: { name: city.office.name, email: city.office.email, website: city.office.website }
			});
		},
		{ maxAge: 300, checkLang: true }
	);

export const fallback: RequestHandler = apiMethodNotAllowed;
