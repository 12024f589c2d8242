/**
 * A provider's own system writes offers over real HTTP with the institution's
 * API token (created by the global setup for providerA's institution): it
 * creates an offer (201) that stays invisible to the public until approved,
 * gets 403 for another institution, 401 without a valid token, 400 naming the
 * invalid fields, and changes its offer with PATCH.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { baseUrl } from '../helpers';

const token = () => inject('apiTokenA');
const accounts = () => inject('accounts');

interface Send {
	method?: string;
	token?: string | null;
	body?: unknown;
	raw?: string;
	contentType?: string;
	headers?: Record<string, string>;
}

async function api(path: string, opts: Send = {}) {
	const t = opts.token === undefined ? token() : opts.token;
	const res = await fetch(`${baseUrl()}${path}`, {
		method: opts.method ?? 'GET',
		headers: {
			accept: 'application/json',
			...(opts.body !== undefined || opts.raw !== undefined
				? { 'content-type': opts.contentType ?? 'application/json' }
				: {}),
			...(t ? { authorization: `Bearer ${t}` } : {}),
			...opts.headers
		},
		body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body))
	});
	const type = res.headers.get('content-type') ?? '';
	const json = type.includes('json') ? await res.json() : await res.text();
	return { res, json };
}

function expectProblem(r: { res: Response; json: unknown }, status: number) {
	expect(r.res.status).toBe(status);
	expect(r.res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
	expect(r.json).toMatchObject({ status, type: expect.stringContaining('/api/problems/') });
	return r.json as { detail: string; errors?: { field: string; message: string }[] };
}

const title = `API-Testkurs ${randomBytes(3).toString('hex')}`;
const offer = (over: Record<string, unknown> = {}) => ({
	title,
	description: 'Ein Kurs, den das Kursverwaltungssystem der Einrichtung über die API anlegt.',
	format: 'kurs',
	topics: ['sprache'],
	lifePhases: ['erwachsene'],
	schedule: {
		type: 'dates',
		dates: [{ startsAt: '2027-05-04T17:00:00+02:00', endsAt: '2027-05-04T18:30:00+02:00' }]
	},
	...over
});

describe('a provider’s system writes offers through the API', () => {
	let id = '';

	it('needs a valid token: 401 with a Bearer challenge', async () => {
		const none = await api('/api/v1/offers', { method: 'POST', token: null, body: offer() });
		expectProblem(none, 401);
		expect(none.res.headers.get('www-authenticate')).toBe('Bearer realm="Bildungslandschaft"');
		const wrong = await api('/api/v1/offers', {
			method: 'POST',
			token: 'bl_gibt-es-nicht',
			body: offer()
		});
		expectProblem(wrong, 401);
		expect(wrong.res.headers.get('www-authenticate')).toContain('error="invalid_token"');
	});

	it('answers bad input with 400 problem+json naming every invalid field', async () => {
		const r = await api('/api/v1/offers?lang=en', {
			method: 'POST',
			body: { title: 'A', description: '', format: 'zaubern', topics: [], schedule: {} }
		});
		const p = expectProblem(r, 400);
		const fields = new Set(p.errors!.map((e) => e.field));
		for (const f of ['title', 'description', 'format', 'topics', 'lifePhases', 'schedule.type']) {
			expect(fields, f).toContain(f);
		}
		expect(r.res.headers.get('content-language')).toBe('en');
		const malformed = await api('/api/v1/offers', { method: 'POST', raw: '{"title": "Kurs",}' });
		expect(expectProblem(malformed, 400).errors![0]!.field).toBe('(body)');
		const xml = await api('/api/v1/offers', {
			method: 'POST',
			raw: '<offer/>',
			contentType: 'application/xml'
		});
		expectProblem(xml, 415);
		const big = await api('/api/v1/offers', {
			method: 'POST',
			body: offer({ description: 'x'.repeat(1_100_000) })
		});
		expectProblem(big, 413);
		// Between the server's BODY_SIZE_LIMIT (adapter-node: 512 KB unless set) and 1 MB:
		// still a problem+json (413 from the server limit, or 400 for the too long text).
		const mid = await api('/api/v1/offers', {
			method: 'POST',
			body: offer({ description: 'x'.repeat(700_000) })
		});
		expect([400, 413]).toContain(mid.res.status);
		expect(mid.res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		const form = await api('/api/v1/offers', {
			method: 'POST',
			raw: 'title=Kurs',
			contentType: 'text/plain'
		});
		// Form content types never reach the API: SvelteKit's cross-site check refuses them.
		expect(form.res.status).toBe(403);
	});

	it('refuses to write for another institution (403)', async () => {
		const b = accounts().providerB.institution;
		const r = await api('/api/v1/offers', {
			method: 'POST',
			body: offer({ institution: { slug: b.slug } })
		});
		expectProblem(r, 403);
	});

	it('creates an offer for its own institution (201) that the public cannot see yet', async () => {
		const r = await api('/api/v1/offers', { method: 'POST', body: offer() });
		expect(r.res.status).toBe(201);
		const created = r.json as { id: string; status: string; institution: { slug: string } };
		id = created.id;
		expect(r.res.headers.get('location')).toBe(`/api/v1/offers/${id}`);
		expect(created.status).toBe('in_review');
		expect(created.institution.slug).toBe(accounts().providerA.institution.slug);

		const anon = await api(`/api/v1/offers/${id}`, { token: null });
		expectProblem(anon, 404);
		const search = await api(`/api/v1/offers?q=${encodeURIComponent(title)}`, { token: null });
		expect((search.json as { items: { id: string }[] }).items.map((i) => i.id)).not.toContain(id);
		const page = await fetch(`${baseUrl()}/angebote`);
		expect(await page.text()).not.toContain(title);

		const own = await api(`/api/v1/offers/${id}`);
		expect(own.res.status).toBe(200);
		expect(own.res.headers.get('cache-control')).toBe('private, no-store');
		expect(own.json).toMatchObject({
			title,
			moderation: { status: 'in_review', changeState: null }
		});
	});

	it('reads the offer, changes it and sends it back (PATCH 200)', async () => {
		const own = await api(`/api/v1/offers/${id}`);
		const item = own.json as Record<string, unknown>;
		const r = await api(`/api/v1/offers/${id}`, {
			method: 'PATCH',
			body: { ...item, title: `${title} (geändert)` }
		});
		expect(r.res.status).toBe(200);
		expect(r.json).toMatchObject({ title: `${title} (geändert)`, status: 'in_review' });
		expectProblem(await api(`/api/v1/offers/${id}`, { token: null }), 404);
		const noToken = await api(`/api/v1/offers/${id}`, {
			method: 'PATCH',
			token: null,
			body: { title: 'Ohne Token' }
		});
		expectProblem(noToken, 401);
	});
});
