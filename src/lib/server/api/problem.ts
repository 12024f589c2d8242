/**
 * RFC 9457 problem details. Every API error leaves through problemResponse();
 * AppError codes map to problem types here, everything else is a logged 500
 * without internals.
 */
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { isAppError, statusOf, type ErrorCode, type FieldIssue } from '../errors';
import { publicBaseUrl } from '../urls';
import type { ApiLocale } from './locale';

export const ZFieldIssue = z
	.object({
		field: z
			.string()
			.describe(
				'Name of the query parameter, or dotted path of the body field (e.g. `schedule.dates.0.startsAt`); `(body)` for the body as a whole'
			),
		message: z.string().describe('What is wrong, in the response language')
	})
	.meta({ id: 'FieldIssue' });

export const ZProblem = z
	.object({
		type: z.string().describe('URI of the problem type; dereference it for a description'),
		title: z.string().describe('Short summary of the problem type'),
		status: z.number().int().describe('HTTP status code'),
		detail: z.string().describe('Explanation of this occurrence'),
		instance: z.string().describe('Path and query of the request'),
		requestId: z.string().describe('Also sent as the x-request-id header; quote it in questions'),
		errors: z
			.array(ZFieldIssue)
			.optional()
			.describe(
				'Each invalid query parameter or body field (400), or the field in conflict (409 for a taken externalId)'
			)
	})
	.meta({ id: 'Problem', description: 'RFC 9457 problem details (application/problem+json)' });

export type TProblem = z.infer<typeof ZProblem>;

type Msg = (inputs?: object, options?: { locale?: ApiLocale }) => string;

/** The problem types this API uses; each has a page at /api/problems/{slug}. */
export const problemTypes = {
	'invalid-input': {
		status: 400,
		title: m.api_title_invalid_input,
		description: m.api_problem_type_invalid_input
	},
	unauthenticated: {
		status: 401,
		title: m.api_title_unauthenticated,
		description: m.api_problem_type_unauthenticated
	},
	forbidden: {
		status: 403,
		title: m.api_title_forbidden,
		description: m.api_problem_type_forbidden
	},
	'not-found': {
		status: 404,
		title: m.api_title_not_found,
		description: m.api_problem_type_not_found
	},
	'method-not-allowed': {
		status: 405,
		title: m.api_title_method_not_allowed,
		description: m.api_problem_type_method_not_allowed
	},
	conflict: { status: 409, title: m.api_title_conflict, description: m.api_problem_type_conflict },
	'payload-too-large': {
		status: 413,
		title: m.api_title_payload_too_large,
		description: m.api_problem_type_payload_too_large
	},
	'unsupported-media-type': {
		status: 415,
		title: m.api_title_unsupported_media_type,
		description: m.api_problem_type_unsupported_media_type
	},
	'internal-error': {
		status: 500,
		title: m.api_title_internal,
		description: m.api_problem_type_internal
	},
	unavailable: {
		status: 503,
		title: m.api_title_unavailable,
		description: m.api_problem_type_other
	}
} satisfies Record<string, { status: number; title: Msg; description: Msg }>;

export type ProblemSlug = keyof typeof problemTypes;

const slugOfCode: Record<ErrorCode, ProblemSlug> = {
	invalid_input: 'invalid-input',
	not_found: 'not-found',
	unauthenticated: 'unauthenticated',
	forbidden: 'forbidden',
	conflict: 'conflict',
	unavailable: 'unavailable'
};

export const problemTypeUri = (slug: ProblemSlug) => `${publicBaseUrl()}/api/problems/${slug}`;

export interface ProblemContext {
	locale: ApiLocale;
	/** Path and query of the request. */
	instance: string;
	requestId: string;
}

export function makeProblem(
	slug: ProblemSlug,
	detail: string,
	ctx: ProblemContext,
	errors: FieldIssue[] = []
): TProblem {
	const t = problemTypes[slug];
	return {
		type: problemTypeUri(slug),
		title: t.title({}, { locale: ctx.locale }),
		status: t.status,
		detail,
		instance: ctx.instance,
		requestId: ctx.requestId,
		...(errors.length > 0 ? { errors } : {})
	};
}

/**
 * An API-only failure that has no AppError code (415, 413) or needs response
 * headers (401 with WWW-Authenticate, 415 with Accept-Post).
 */
export class ApiProblemError extends Error {
	readonly slug: ProblemSlug;
	readonly errors: FieldIssue[];
	readonly headers: Record<string, string>;
	constructor(
		slug: ProblemSlug,
		detail: string,
		opts: { errors?: FieldIssue[]; headers?: Record<string, string> } = {}
	) {
		super(detail);
		this.name = 'ApiProblemError';
		this.slug = slug;
		this.errors = opts.errors ?? [];
		this.headers = opts.headers ?? {};
	}
}

/** Any thrown value → problem. `unexpected` is true when it should be logged as a bug. */
export function problemFromError(
	error: unknown,
	ctx: ProblemContext
): { problem: TProblem; unexpected: boolean; headers?: Record<string, string> } {
	if (error instanceof ApiProblemError) {
		return {
			problem: makeProblem(error.slug, error.message, ctx, error.errors),
			unexpected: false,
			headers: error.headers
		};
	}
	if (isAppError(error)) {
		const slug = slugOfCode[error.code];
		const problem = makeProblem(slug, error.message, ctx, error.issues);
		problem.status = statusOf[error.code];
		return { problem, unexpected: false };
	}
	return {
		problem: makeProblem('internal-error', m.api_detail_internal({}, { locale: ctx.locale }), ctx),
		unexpected: true
	};
}

export function problemResponse(problem: TProblem, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(problem), {
		status: problem.status,
		headers: {
			'content-type': 'application/problem+json; charset=utf-8',
			'content-language': headers['content-language'] ?? 'de',
			'cache-control': 'no-store',
			...headers
		}
	});
}
