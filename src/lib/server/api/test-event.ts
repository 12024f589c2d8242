/** A minimal RequestEvent for calling API handlers in tests. */
import type { RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from '../accounts';
import { logger } from '../logger';

export function fakeEvent(
	path: string,
	opts: {
		headers?: Record<string, string>;
		params?: Record<string, string>;
		method?: string;
		body?: string | Uint8Array;
		/** A signed-in session (the write API must ignore it). */
		user?: SessionUser | null;
	} = {}
): RequestEvent {
	const url = new URL(path, 'http://localhost');
	return {
		url,
		params: opts.params ?? {},
		request: new Request(url, {
			method: opts.method ?? 'GET',
			headers: opts.headers,
			body: opts.body as BodyInit | undefined
		}),
		locals: {
			requestId: 'test-request',
			locale: 'de',
			log: logger.child({ test: true }),
			user: opts.user ?? null
		}
	} as unknown as RequestEvent;
}
