/**
 * The envelope of every API response: language, JSON or problem+json,
 * caching (cache-control + weak ETag, 304 on If-None-Match) and error mapping.
 * CORS headers are added for GET in hooks.server.ts.
 */
import { createHash } from 'node:crypto';
import type { RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { logger } from '../logger';
import { resolveApiLocale, ZLangQuery, type ApiLocale } from './locale';
import { parseQuery } from './query';
import {
	makeProblem,
	problemFromError,
	problemResponse,
	type ProblemContext,
	type ProblemSlug
} from './problem';

export type ApiContext = ProblemContext;

export interface ApiResponseOptions {
	/** Seconds shared caches and clients may reuse the response (default 60). */
	maxAge?: number;
	/** Validate `?lang=` (for endpoints whose own query schema does not include it). */
	checkLang?: boolean;
}

export function apiContext(event: RequestEvent): ApiContext {
	return {
		locale: resolveApiLocale(event.url, event.request.headers, event.locals.locale),
		instance: event.url.pathname + event.url.search,
		requestId: event.locals.requestId ?? crypto.randomUUID()
	};
}

const langHeaders = (locale: ApiLocale) => ({
	'content-language': locale,
	vary: 'Accept-Language'
});

function etagOf(body: string): string {
	return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

function matchesIfNoneMatch(header: string | null, etag: string): boolean {
	if (!header) return false;
	const strip = (t: string) => t.trim().replace(/^W\//, '');
	return header.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}

/** Runs `load` and answers with its result as JSON, or with a problem+json for any error. */
export async function apiJson(
	event: RequestEvent,
	load: (ctx: ApiContext) => unknown,
	opts: ApiResponseOptions = {}
): Promise<Response> {
	const ctx = apiContext(event);
	let body: string;
	try {
		if (opts.checkLang) parseQuery(ZLangQuery, event.url.searchParams, ctx.locale);
		body = JSON.stringify(await load(ctx));
	} catch (error) {
		const { problem, unexpected } = problemFromError(error, ctx);
		if (unexpected) {
			(event.locals.log ?? logger).error(
				{ err: error, requestId: ctx.requestId, path: event.url.pathname },
				'unexpected API error'
			);
		}
		return problemResponse(problem, langHeaders(ctx.locale));
	}
	const etag = etagOf(body);
	const headers = {
		'cache-control': `public, max-age=${opts.maxAge ?? 60}`,
		etag,
		...langHeaders(ctx.locale)
	};
	if (matchesIfNoneMatch(event.request.headers.get('if-none-match'), etag)) {
		return new Response(null, { status: 304, headers });
	}
	return new Response(body, {
		status: 200,
		headers: { 'content-type': 'application/json; charset=utf-8', ...headers }
	});
}

/** A problem response without running anything (unknown path, wrong method …). */
export function apiProblem(
	event: RequestEvent,
	slug: ProblemSlug,
	detail: (locale: ApiLocale) => string,
	extraHeaders: Record<string, string> = {}
): Response {
	const ctx = apiContext(event);
	return problemResponse(makeProblem(slug, detail(ctx.locale), ctx), {
		...langHeaders(ctx.locale),
		...extraHeaders
	});
}

/** `fallback` for API routes: the API is read-only. */
export function apiMethodNotAllowed(event: RequestEvent): Response {
	return apiProblem(
		event,
		'method-not-allowed',
		(locale) => m.api_detail_method_not_allowed({}, { locale }),
		{ allow: 'GET, HEAD, OPTIONS' }
	);
}
