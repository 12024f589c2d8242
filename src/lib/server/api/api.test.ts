/** Contract tests of the read API against a fresh database and search engine. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearch, type App } from '../app';
import type { DbHandle } from '../db/client';
import { facetNames } from '../search/search.schemas';
import { createTestDb } from '../testing/db';
import { ZProblem } from './problem';
import { insertFixtures } from './fixtures';
import { apiJson, apiMethodNotAllowed } from './handler';
import { getOfferApi, searchOffersApi, searchOffersApiJson } from './offers';
import { getInstitutionApi, listInstitutionsApi } from './institutions';
import { listDistrictsApi } from './districts';
import { describeProblemType } from './problem-types';
import { ZDistrictList, ZInstitutionDetail, ZInstitutionList, ZOfferList } from './schemas';
import { fakeEvent } from './test-event';
import { fallback as unknownApiPath } from '../../../routes/api/[...rest]/+server';

let handle: DbHandle;
let app: App;
let fx: Awaited<ReturnType<typeof insertFixtures>>;

beforeAll(async () => {
	handle = await createTestDb();
	fx = await insertFixtures(handle.db);
	app = { handle, search: await buildSearch(handle) };
});
afterAll(() => handle.close());

const url = (q: string) => new URL(`http://localhost/api/v1/offers${q}`);

/** Runs a load function through the API envelope like a route does. */
async function call(path: string, load: Parameters<typeof apiJson>[1], headers = {}) {
	const res = await apiJson(fakeEvent(path, { headers }), load);
	return { res };
}

async function expectProblem(res: Response, status: number) {
	expect(res.status).toBe(status);
	expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
	const body = await res.json();
	expect(ZProblem.strict().parse(body)).toBeTruthy();
	expect(body.status).toBe(status);
	expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
	return body;
}

describe('GET /api/v1/offers', () => {
	it('answers with exactly total, page, pageSize, items, facets and suggestion', () => {
		const body = searchOffersApi(url(''), app);
		expect(Object.keys(body).sort()).toEqual(
			['facets', 'items', 'page', 'pageSize', 'suggestion', 'total'].sort()
		);
		expect(ZOfferList.parse(body)).toBeTruthy();
		expect(Object.keys(body.facets).sort()).toEqual([...facetNames].sort());
		for (const values of Object.values(body.facets)) {
			for (const v of values) expect(Object.keys(v).sort()).toEqual(['count', 'label', 'value']);
		}
		expect(body.total).toBe(3); // the draft is not published
		expect(body.page).toBe(1);
		expect(body.pageSize).toBe(20);
		for (const item of body.items) {
			expect(item).toHaveProperty('nextDate');
			expect(item).toHaveProperty('distanceKm');
			expect(item.status).toBe('published');
		}
	});

	it('sends the same JSON from the pre-serialised path as from the object, also when repeated', () => {
		for (const [q, locale] of [
			['', 'de'],
			['?q=Schwimmen&pageSize=2', 'de'],
			['?topic=sprache&lang=en', 'en'],
			['?near=lebenstedt&sort=distance', 'de'],
			['?q=Schwimen', 'de']
		] as const) {
			const expected = JSON.stringify(searchOffersApi(url(q), app, locale));
			expect(searchOffersApiJson(url(q), app, locale).text).toBe(expected);
			// The second call comes from the caches (result and body) and must not differ.
			expect(searchOffersApiJson(url(q), app, locale).text).toBe(expected);
		}
	});

	it('pages with page and pageSize', () => {
		const body = searchOffersApi(url('?pageSize=2&page=2'), app);
		expect(body.page).toBe(2);
		expect(body.pageSize).toBe(2);
		expect(body.items).toHaveLength(1);
	});

	it('labels facets in English with lang=en', () => {
		const de = searchOffersApi(url('?topic=sprache'), app);
		const en = searchOffersApi(url('?topic=sprache&lang=en'), app, 'en');
		const label = (b: typeof de) => b.facets.topic.find((f) => f.value === 'sprache')?.label;
		expect(label(de)).toBe('Sprache und Sprachförderung');
		expect(label(en)).toBe('Language and language support');
	});

	it('rejects pageSize > 100 with a 400 problem naming pageSize', async () => {
		const { res } = await call('/api/v1/offers?pageSize=1000', () =>
			searchOffersApi(url('?pageSize=1000'), app)
		);
		const body = await expectProblem(res, 400);
		expect(body.errors).toEqual([{ field: 'pageSize', message: 'Darf höchstens 100 sein' }]);
		expect(body.instance).toBe('/api/v1/offers?pageSize=1000');
		expect(body.requestId).toBe('test-request');
		expect(body.type).toMatch(/\/api\/problems\/invalid-input$/);
		expect(res.headers.get('cache-control')).toBe('no-store');
	});

	it('lists every invalid parameter at once, in English when asked', async () => {
		const q =
			'?page=abc&pageSize=0&sort=best&from=2025-02-30&topic=Sprache&free=vielleicht&lang=en';
		const { res } = await call(`/api/v1/offers${q}`, ({ locale }) =>
			searchOffersApi(url(q), app, locale)
		);
		const body = await expectProblem(res, 400);
		const fields = body.errors.map((e: { field: string }) => e.field).sort();
		expect(fields).toEqual(['free', 'page', 'pageSize', 'sort', 'topic'].sort());
		expect(body.title).toBe('Invalid request');
		expect(body.errors.find((e: { field: string }) => e.field === 'page').message).toBe(
			'Must be a number'
		);
	});

	it('checks that dates are real days and in order', () => {
		const issues = (q: string) => {
			try {
				searchOffersApi(url(q), app);
				return [];
			} catch (e) {
				return (e as { issues: { field: string; message: string }[] }).issues;
			}
		};
		expect(issues('?from=2025-02-30')).toEqual([
			{ field: 'from', message: 'Datum im Format JJJJ-MM-TT erwartet' }
		]);
		expect(issues('?from=2025-04-01&to=2025-03-01')).toEqual([
			{ field: 'to', message: 'Das Enddatum darf nicht vor dem Anfangsdatum liegen' }
		]);
		expect(issues('?from=2025-03-01&to=2025-03-31')).toEqual([]);
	});

	it('uses Accept-Language when lang is absent, and rejects an unknown lang', async () => {
		const { res } = await call(
			'/api/v1/offers?page=0&lang=fr',
			({ locale }) => searchOffersApi(url('?page=0&lang=fr'), app, locale),
			{ 'accept-language': 'fr;q=1, en;q=0.8, de;q=0.5' }
		);
		const body = await expectProblem(res, 400);
		expect(res.headers.get('content-language')).toBe('en');
		expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['lang', 'page']);
	});

	it('sends cache headers and answers If-None-Match with 304', async () => {
		const load = () => searchOffersApi(url(''), app);
		const first = await call('/api/v1/offers', load);
		expect(first.res.status).toBe(200);
		expect(first.res.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(first.res.headers.get('cache-control')).toBe('public, max-age=60');
		const etag = first.res.headers.get('etag')!;
		expect(etag).toMatch(/^W\/".+"$/);
		const second = await call('/api/v1/offers', load, { 'if-none-match': etag });
		expect(second.res.status).toBe(304);
	});
});

describe('GET /api/v1/offers/{id}', () => {
	it('returns a published offer', async () => {
		const offer = await getOfferApi(fx.offers.sprachkurs.id, app);
		expect(offer.slug).toBe('sprachkurs-deutsch-a1');
		expect(offer.schedule.dates).toHaveLength(2);
	});

	it.each([
		['an unknown uuid', '6f1c0d7e-1b2a-4c3d-8e9f-0a1b2c3d4e5f'],
		['a malformed id', 'not-a-uuid'],
		['a draft', 'DRAFT']
	])('answers %s with a 404 problem', async (_what, raw) => {
		const id = raw === 'DRAFT' ? fx.offers.entwurf.id : raw;
		const { res } = await call(`/api/v1/offers/${id}`, () => getOfferApi(id, app));
		const body = await expectProblem(res, 404);
		expect(body.detail).toBe('Es gibt kein veröffentlichtes Angebot mit dieser ID.');
	});
});

describe('GET /api/v1/institutions', () => {
	const iurl = (q: string) => new URL(`http://localhost/api/v1/institutions${q}`);

	it('lists institutions with total and paging', async () => {
		const body = await listInstitutionsApi(iurl('?pageSize=2'), app);
		expect(Object.keys(body).sort()).toEqual(['items', 'page', 'pageSize', 'total']);
		expect(ZInstitutionList.parse(body)).toBeTruthy();
		expect(body.total).toBe(3);
		expect(body.items).toHaveLength(2);
		expect(body.items[0]!.name).toBe('Kita Großer Bär');
	});

	it('filters by name ignoring case and accents, type, district and language', async () => {
		const names = async (q: string) =>
			(await listInstitutionsApi(iurl(q), app)).items.map((i) => i.name);
		expect(await names('?q=gross')).toEqual(['Kita Großer Bär']);
		expect(await names('?q=MUELLER')).toEqual(['Sportverein Müller 100% e.V.']);
		expect(await names('?q=100%25')).toEqual(['Sportverein Müller 100% e.V.']);
		expect(await names('?q=_')).toEqual([]);
		expect(await names('?type=kita,vhs')).toEqual([
			'Kita Großer Bär',
			'Volkshochschule Salzgitter'
		]);
		expect(await names('?district=lebenstedt&language=tr')).toEqual(['Volkshochschule Salzgitter']);
	});

	it('rejects pageSize > 100', async () => {
		const { res } = await call('/api/v1/institutions?pageSize=101', () =>
			listInstitutionsApi(iurl('?pageSize=101'), app)
		);
		const body = await expectProblem(res, 400);
		expect(body.errors[0].field).toBe('pageSize');
	});

	it('returns one institution with its published offers only', async () => {
		const body = await getInstitutionApi(fx.institutions.vhs.id, app, 'en');
		expect(ZInstitutionDetail.parse(body)).toBeTruthy();
		expect(body.typeLabel).toBe('Adult education centre (VHS)');
		expect(body.offerCount).toBe(1);
		expect(body.offers).toEqual([
			{
				id: fx.offers.sprachkurs.id,
				slug: 'sprachkurs-deutsch-a1',
				title: 'Sprachkurs Deutsch A1',
				url: expect.stringMatching(/\/angebote\/sprachkurs-deutsch-a1$/)
			}
		]);
		await expect(getInstitutionApi('nope', app)).rejects.toMatchObject({ code: 'not_found' });
	});
});

describe('GET /api/v1/districts', () => {
	it('lists every district with counts', async () => {
		const body = await listDistrictsApi(app);
		expect(ZDistrictList.parse(body)).toBeTruthy();
		expect(body.total).toBe(body.items.length);
		const lebenstedt = body.items.find((d) => d.slug === 'lebenstedt')!;
		const thiede = body.items.find((d) => d.slug === 'thiede')!;
		expect(lebenstedt).toMatchObject({ institutionCount: 2, offerCount: 1, borough: 'Nord' });
		expect(thiede).toMatchObject({ institutionCount: 1, offerCount: 2 });
	});
});

describe('errors', () => {
	it('answers unknown /api paths with a 404 problem', async () => {
		const res = await unknownApiPath(
			fakeEvent('/api/v2/nothing') as Parameters<typeof unknownApiPath>[0]
		);
		const body = await expectProblem(res, 404);
		expect(body.detail).toContain('/api/openapi.json');
	});

	it('answers other methods with 405 and Allow', async () => {
		const res = apiMethodNotAllowed(fakeEvent('/api/v1/offers', { method: 'POST' }));
		await expectProblem(res, 405);
		expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
	});

	it('turns an unexpected error into a 500 problem without internals', async () => {
		const { res } = await call('/api/v1/offers', () => {
			throw new Error('relation "secret_table" does not exist');
		});
		const body = await expectProblem(res, 500);
		expect(JSON.stringify(body)).not.toContain('secret_table');
	});

	it('describes each problem type', () => {
		expect(describeProblemType('not-found', 'en')).toMatchObject({
			status: 404,
			title: 'Not found'
		});
		expect(() => describeProblemType('toString')).toThrow();
	});
});
