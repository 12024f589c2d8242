/**
 * Reading JSON request bodies of the write API: content type (415), size
 * (413, at most 1 MB), UTF-8 and JSON syntax (400 naming line and column),
 * and an object at the top. Every failure is a problem+json, never a 500.
 */
import { m } from '$lib/paraglide/messages';
import type { ApiLocale } from './locale';
import { ApiProblemError } from './problem';

/** Largest accepted body: 1 MiB. */
export const MAX_BODY_BYTES = 1024 * 1024;
const MAX_BODY_LABEL = '1 MB';

export interface ReadJsonOptions {
	locale: ApiLocale;
	/** Media types accepted besides application/json (e.g. application/merge-patch+json). */
	mediaTypes?: string[];
	/** Header telling clients what to send instead (Accept-Post / Accept-Patch). */
	acceptHeader: 'accept-post' | 'accept-patch';
	maxBytes?: number;
}

const bodyProblem = (locale: ApiLocale, message: string) =>
	new ApiProblemError('invalid-input', m.api_detail_body_malformed({}, { locale }), {
		errors: [{ field: '(body)', message }]
	});

function checkContentType(headers: Headers, opts: ReadJsonOptions): void {
	const types = ['application/json', ...(opts.mediaTypes ?? [])];
	const raw = headers.get('content-type') ?? '';
	const [type = '', ...params] = raw.split(';').map((p) => p.trim().toLowerCase());
	const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length);
	const charsetOk = !charset || ['utf-8', 'utf8', '"utf-8"'].includes(charset);
	if (!types.includes(type) || !charsetOk) {
		throw new ApiProblemError(
			'unsupported-media-type',
			m.api_detail_content_type({ types: types.join(', ') }, { locale: opts.locale }),
			{ headers: { [opts.acceptHeader]: types.join(', ') } }
		);
	}
}

/**
 * The rest of the body is not read, so the connection is closed after the
 * answer: a client must not send its next request on a socket that still
 * carries this body (it would see ECONNRESET).
 */
function tooLarge(locale: ApiLocale): ApiProblemError {
	return new ApiProblemError(
		'payload-too-large',
		m.api_detail_body_too_large({ max: MAX_BODY_LABEL }, { locale }),
		{ headers: { connection: 'close' } }
	);
}

/** Reads at most `max` bytes; a longer body (or the server's own limit) is a 413. */
async function readLimited(request: Request, max: number, locale: ApiLocale): Promise<Uint8Array> {
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > max) throw tooLarge(locale);
	if (!request.body) return new Uint8Array();
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > max) {
				await reader.cancel().catch(() => {});
				throw tooLarge(locale);
			}
			chunks.push(value);
		}
	} catch (error) {
		if (error instanceof ApiProblemError) throw error;
		// adapter-node stops bodies above BODY_SIZE_LIMIT with a 413 error of its own.
		if ((error as { status?: unknown } | null)?.status === 413) throw tooLarge(locale);
		throw new ApiProblemError('invalid-input', m.api_detail_body_unreadable({}, { locale }), {
			errors: [{ field: '(body)', message: m.api_detail_body_unreadable({}, { locale }) }]
		});
	}
	const out = new Uint8Array(size);
	let offset = 0;
	for (const c of chunks) {
		out.set(c, offset);
		offset += c.byteLength;
	}
	return out;
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

function syntaxMessage(text: string, error: unknown, locale: ApiLocale): string {
	const msg = error instanceof Error ? error.message : '';
	const pos = /position (\d+)/.exec(msg);
	if (pos) {
		const { line, column } = lineColumn(text, Number(pos[1]));
		return m.api_field_json_syntax({ line: String(line), column: String(column) }, { locale });
	}
	return m.api_field_json_syntax_end({}, { locale });
}

/** The parsed JSON object of a write request, or an ApiProblemError (415, 413, 400). */
export async function readJsonObject(
	request: Request,
	opts: ReadJsonOptions
): Promise<Record<string, unknown>> {
	const { locale } = opts;
	checkContentType(request.headers, opts);
	const bytes = await readLimited(request, opts.maxBytes ?? MAX_BODY_BYTES, locale);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		throw bodyProblem(locale, m.api_field_json_encoding({}, { locale }));
	}
	if (text.trim() === '') throw bodyProblem(locale, m.api_field_json_empty({}, { locale }));
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw bodyProblem(locale, syntaxMessage(text, error, locale));
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw bodyProblem(locale, m.api_field_json_object({}, { locale }));
	}
	return value as Record<string, unknown>;
}
