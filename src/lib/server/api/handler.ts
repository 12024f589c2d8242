/**
 * The envelope of every API response: language, JSON or problem+json,
 * caching (cache-control + weak ETag, 304 on If-None-Match) and error mapping.
 * apiWrite is the envelope of the write operations (never cached).
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
	/** Replaces the public cache-control (e.g. `private, no-store` for answers to a token). */
	cacheControl?: string;
	/** Request headers the answer depends on besides Accept-Language. */
	vary?: string[];
}

export function apiContext(event: RequestEvent): ApiContext {
	return {
		locale: resolveApiLocale(event.url, event.request.headers, event.locals.locale),
		instance: event.url.pathname + event.url.search,
		requestId: event.locals.requestId ?? crypto.randomUUID()
	};
}

const langHeaders = (locale: ApiLocale, vary: string[] = []) => ({
	'content-language': locale,
	vary: ['Accept-Language', ...vary].join(', ')
});

function logUnexpected(event: RequestEvent, ctx: ApiContext, error: unknown) {
	(event.locals.log ?? logger).error(
		{ err: error, requestId: ctx.requestId, path: event.url.pathname },
		'unexpected API error'
	);
}

/**
 * A body already serialised as JSON (e.g. a cached search answer): `apiJson`
 * sends its text as is and computes its ETag once.
 */
export class JsonText {
	private tag: string | undefined;
	constructor(readonly text: string) {}
	get etag(): string {
		return (this.tag ??= etagOf(this.text));
	}
}

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
	let etag: string;
	try {
		if (opts.checkLang) parseQuery(ZLangQuery, event.url.searchParams, ctx.locale);
		const value = await load(ctx);
		if (value instanceof JsonText) {
			body = value.text;
			etag = value.etag;
		} else {
			body = JSON.stringify(value);
			etag = etagOf(body);
		}
	} catch (error) {
		const { problem, unexpected, headers } = problemFromError(error, ctx);
		if (unexpected) logUnexpected(event, ctx, error);
		return problemResponse(problem, { ...langHeaders(ctx.locale, opts.vary), ...headers });
	}
	const headers = {
		'cache-control': opts.cacheControl ?? `public, max-age=${opts.maxAge ?? 60}`,
		etag,
		...langHeaders(ctx.locale, opts.vary)
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

/** `fallback` for read-only API routes. */
export function apiMethodNotAllowed(event: RequestEvent): Response {
	return apiProblem(
		event,
		'method-not-allowed',
		(locale) => m.api_detail_method_not_allowed({}, { locale }),
		{ allow: 'GET, HEAD, OPTIONS' }
	);
}

/** `fallback` for API routes that also take writes: 405 naming the allowed methods. */
export function methodNotAllowed(allowed: string[]): (event: RequestEvent) => Response {
	const allow = ['GET', 'HEAD', ...allowed, 'OPTIONS'].join(', ');
	return (event) =>
		apiProblem(
			event,
			'method-not-allowed',
			(locale) => m.api_detail_method_not_allowed_on({ allow }, { locale }),
			{ allow }
		);
}

/** What a write operation answers with when it succeeds. */
export interface ApiResult {
	status: 200 | 201;
	body: unknown;
	headers?: Record<string, string>;
}

/**
 * The envelope of POST and PATCH: runs `run` and answers with its JSON result
 * (never cached), or with a problem+json for any error.
 */
export async function apiWrite(
	event: RequestEvent,
	run: (ctx: ApiContext) => Promise<ApiResult>
): Promise<Response> {
	const ctx = apiContext(event);
	try {
		const result = await run(ctx);
		return new Response(JSON.stringify(result.body), {
			status: result.status,
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'cache-control': 'no-store',
				...langHeaders(ctx.locale),
				...result.headers
			}
		});
	} catch (error) {
		const { problem, unexpected, headers } = problemFromError(error, ctx);
		if (unexpected) logUnexpected(event, ctx, error);
		return problemResponse(problem, { ...langHeaders(ctx.locale), ...headers });
	}
}
