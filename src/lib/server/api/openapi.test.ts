import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';

const doc = buildOpenApiDocument({
	baseUrl: 'https://bildung.example.de',
	cityName: 'Salzgitter',
	office: { name: 'Bildungsbüro', email: 'bildung@example.de', website: 'https://example.de' }
}) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every value of a key anywhere in the document. */
function collect(value: unknown, key: string, out: unknown[] = []): unknown[] {
	if (Array.isArray(value)) value.forEach((v) => collect(v, key, out));
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			if (k === key) out.push(v);
			collect(v, key, out);
		}
	}
	return out;
}

function resolvePointer(ref: string): unknown {
	return ref
		.slice(2)
		.split('/')
		.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
		.reduce<unknown>((node, seg) => (node as Record<string, unknown> | undefined)?.[seg], doc);
}

describe('OpenAPI document', () => {
	it('is OpenAPI 3.1.0 with license, server and tags', () => {
		expect(doc.openapi).toBe('3.1.0');
		expect(doc.info.license.name).toContain('Datenlizenz Deutschland');
		expect(doc.servers).toEqual([
			{ url: 'https://bildung.example.de', description: expect.any(String) }
		]);
		for (const tag of doc.tags) expect(tag.description).toBeTruthy();
		expect(doc.info.description).toContain('Access-Control-Allow-Origin');
	});

	it('describes every API path', () => {
		expect(Object.keys(doc.paths).sort()).toEqual(
			[
				'/api/v1/offers',
				'/api/v1/offers/{id}',
				'/api/v1/institutions',
				'/api/v1/institutions/{id}',
				'/api/v1/districts',
				'/api/openapi.json',
				'/api/problems/{type}',
				'/angebote/{slug}/kalender.ics'
			].sort()
		);
	});

	it('gives each operation a unique operationId, a tag, a summary and a 4xx response', () => {
		const ops = Object.values(doc.paths).map((p) => (p as { get: Record<string, any> }).get); // eslint-disable-line @typescript-eslint/no-explicit-any
		const ids = ops.map((o) => o.operationId);
		expect(new Set(ids).size).toBe(ids.length);
		const tagNames = doc.tags.map((t: { name: string }) => t.name);
		for (const op of ops) {
			expect(op.summary).toBeTruthy();
			expect(tagNames).toEqual(expect.arrayContaining(op.tags));
			expect(Object.keys(op.responses).some((s) => s.startsWith('4'))).toBe(true);
		}
	});

	it('resolves every $ref and uses every component schema', () => {
		const refs = collect(doc, '$ref') as string[];
		for (const ref of refs) expect(resolvePointer(ref), ref).toBeDefined();
		for (const name of Object.keys(doc.components.schemas)) {
			expect(refs).toContain(`#/components/schemas/${name}`);
		}
	});

	it('documents the list response, its items and problem+json errors from the Zod schemas', () => {
		const list = doc.components.schemas.OfferList;
		expect(Object.keys(list.properties).sort()).toEqual(
			['facets', 'items', 'page', 'pageSize', 'suggestion', 'total'].sort()
		);
		const item = doc.components.schemas.OfferListItem;
		expect(item.properties).toHaveProperty('nextDate');
		expect(item.properties).toHaveProperty('distanceKm');
		expect(doc.components.schemas.Problem.required).toEqual(
			expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance', 'requestId'])
		);
		expect(
			doc.components.responses.BadRequest.content['application/problem+json'].schema.$ref
		).toBe('#/components/schemas/Problem');
	});

	it('documents the finder parameters, arrays exploded', () => {
		const params = doc.paths['/api/v1/offers'].get.parameters.filter(
			(p: { in?: string }) => p.in === 'query'
		);
		const names = params.map((p: { name: string }) => p.name);
		expect(names).toEqual([
			'q',
			'lifePhase',
			'topic',
			'district',
			'language',
			'format',
			'provider',
			'sdg',
			'free',
			'accessible',
			'but',
			'from',
			'to',
			'sort',
			'near',
			'page',
			'pageSize',
			'facetLimit',
			'lang'
		]);
		const topic = params.find((p: { name: string }) => p.name === 'topic');
		expect(topic).toMatchObject({ style: 'form', explode: true, schema: { type: 'array' } });
		const pageSize = params.find((p: { name: string }) => p.name === 'pageSize');
		expect(pageSize.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
	});
});
