/** A minimal RequestEvent for calling API handlers in tests. */
import type { RequestEvent } from '@sveltejs/kit';
import { logger } from '../logger';

export function fakeEvent(
	path: string,
	opts: { headers?: Record<string, string>; params?: Record<string, string>; method?: string } = {}
): RequestEvent {
	const url = new URL(path, 'http://localhost');
	return {
		url,
		params: opts.params ?? {},
		request: new Request(url, { method: opts.method ?? 'GET', headers: opts.headers }),
		locals: { requestId: 'test-request', locale: 'de', log: logger.child({ test: true }) }
	} as unknown as RequestEvent;
}
