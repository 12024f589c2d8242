/**
 * Public search pages for visitors who are not signed in, kept for up to
 * 30 seconds and only while the search index and the settings are unchanged.
 *
 * The finder is what residents open most, and the same pages ("/angebote",
 * "/angebote?q=Kita") are asked for again and again. Rendering one costs a few
 * milliseconds of the single event loop; a kept page costs microseconds. The
 * answer is stored after security headers and compression, per encoding. Never
 * kept: signed-in users, anything that sets a cookie, errors, data requests of
 * client-side navigation.
 */
import type { Handle } from '@sveltejs/kit';
import { LruCache } from '../lru-cache';

const TTL_MS = 30_000;
const MAX_PAGES = 64;
/** The finder in every language (English lives under /en). */
const CACHED_PATHS = /^\/(?:[a-z]{2}\/)?angebote\/?$/;

interface KeptPage {
	body: Uint8Array;
	headers: [string, string][];
}

/**
 * `version()` names the state the page was rendered from (search index and
 * settings); a page kept under another version is never served.
 */
export function pageCache(opts: {
	version: () => Promise<string>;
	sessionCookie: string;
	maxPages?: number;
	now?: () => number;
}): Handle {
	const pages = new LruCache<KeptPage>(opts.maxPages ?? MAX_PAGES, TTL_MS);
	const now = opts.now ?? Date.now;
	return async ({ event, resolve }) => {
		if (
			event.request.method !== 'GET' ||
			event.isDataRequest ||
			!CACHED_PATHS.test(event.url.pathname) ||
			event.cookies.get(opts.sessionCookie) !== undefined
		) {
			return resolve(event);
		}
		const gzip = /\bgzip\b/.test(event.request.headers.get('accept-encoding') ?? '');
		const key = `${await opts.version()}|${gzip ? 'gzip' : 'identity'}|${event.url.pathname}${event.url.search}`;
		const kept = pages.get(key, now());
		if (kept) return new Response(kept.body.slice(), { status: 200, headers: kept.headers });

		const response = await resolve(event);
		if (response.status !== 200 || response.headers.has('set-cookie') || !response.body) {
			return response;
		}
		const body = new Uint8Array(await response.arrayBuffer());
		const headers = [...response.headers];
		pages.set(key, { body, headers }, now());
		return new Response(body.slice(), { status: 200, headers });
	};
}
