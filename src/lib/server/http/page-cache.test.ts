/** The finder's page cache: visitors get a kept page only while nothing it shows has changed. */
import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { pageCache } from './page-cache';

function event(path: string, opts: { cookie?: string; gzip?: boolean; data?: boolean } = {}) {
	const url = new URL(`http://localhost${path}`);
	const headers = new Headers(opts.gzip ? { 'accept-encoding': 'gzip, br' } : {});
	return {
		url,
		request: new Request(url, { headers }),
		isDataRequest: opts.data ?? false,
		cookies: { get: (name: string) => (name === 'session' ? opts.cookie : undefined) }
	} as unknown as RequestEvent;
}

function setup() {
	const state = { version: 'v1', renders: 0, setCookie: false, status: 200, now: 0 };
	const handle = pageCache({
		sessionCookie: 'session',
		version: async () => state.version,
		now: () => state.now
	});
	const get = async (path: string, opts?: Parameters<typeof event>[1]) => {
		const response = await handle({
			event: event(path, opts),
			resolve: async () => {
				state.renders++;
				const headers = new Headers({ 'content-type': 'text/html' });
				if (state.setCookie) headers.set('set-cookie', 'a=b');
				return new Response(`page ${state.renders}`, { status: state.status, headers });
			}
		});
		return { status: response.status, text: await response.text() };
	};
	return { state, get };
}

describe('finder page cache', () => {
	it('renders a repeated finder page once and serves the same page again', async () => {
		const { state, get } = setup();
		expect((await get('/angebote?q=Kita')).text).toBe('page 1');
		expect((await get('/angebote?q=Kita')).text).toBe('page 1');
		expect((await get('/en/angebote?q=Kita')).text).toBe('page 2');
		expect((await get('/angebote?q=Schwimmen')).text).toBe('page 3');
		expect(state.renders).toBe(3);
	});

	it('renders anew once the index or the settings changed, or after 30 seconds', async () => {
		const { state, get } = setup();
		await get('/angebote');
		state.version = 'v2';
		expect((await get('/angebote')).text).toBe('page 2');
		state.now = 29_999;
		expect((await get('/angebote')).text).toBe('page 2');
		state.now = 60_000;
		expect((await get('/angebote')).text).toBe('page 3');
	});

	it('never keeps pages of signed-in users, other pages, data requests, errors or cookies', async () => {
		const { state, get } = setup();
		await get('/angebote', { cookie: 'token' });
		await get('/angebote', { cookie: 'token' });
		await get('/portal');
		await get('/portal');
		await get('/angebote', { data: true });
		await get('/angebote', { data: true });
		expect(state.renders).toBe(6);
		state.setCookie = true;
		await get('/angebote?x=1');
		await get('/angebote?x=1');
		state.setCookie = false;
		state.status = 500;
		await get('/angebote?x=2');
		expect((await get('/angebote?x=2')).status).toBe(500);
		expect(state.renders).toBe(10);
	});

	it('keeps compressed and plain answers apart', async () => {
		const { state, get } = setup();
		await get('/angebote', { gzip: true });
		await get('/angebote');
		expect(state.renders).toBe(2);
	});
});
