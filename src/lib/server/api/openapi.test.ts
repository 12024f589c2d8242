import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';
import { offerPatchExample, offerWriteExample } from './openapi-write';
import { parseOfferInput } from '../offers/offer-input';
import { problemTypes } from './problem';

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
		const ops = Object.values(doc.paths).flatMap((p) => Object.values(p as Record<string, any>)); // eslint-disable-line @typescript-eslint/no-explicit-any
		expect(ops).toHaveLength(10);
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

	it('documents the write API: bearer token, request bodies, every status', () => {
		expect(doc.components.securitySchemes.bearerAuth).toMatchObject({
			type: 'http',
			scheme: 'bearer'
		});
		const post = doc.paths['/api/v1/offers'].post;
		const patch = doc.paths['/api/v1/offers/{id}'].patch;
		const get = doc.paths['/api/v1/offers/{id}'].get;
		for (const op of [post, patch]) {
			expect(op.security).toEqual([{ bearerAuth: [] }]);
			expect(op.requestBody.required).toBe(true);
			expect(Object.keys(op.responses)).toEqual(
				expect.arrayContaining(['400', '401', '403', '409', '413', '415', '500'])
			);
			const names = op.parameters.map((p: { name?: string; $ref?: string }) => p.name ?? p.$ref);
			expect(names).toEqual(expect.arrayContaining(['submit', 'lang']));
		}
		expect(Object.keys(post.responses)).toContain('201');
		expect(post.responses['201'].headers.Location).toBeDefined();
		expect(Object.keys(patch.responses)).toEqual(expect.arrayContaining(['200', '404']));
		expect(Object.keys(patch.requestBody.content)).toEqual([
			'application/merge-patch+json',
			'application/json'
		]);
		expect(get.security).toEqual([{}, { bearerAuth: [] }]);
		expect(get.responses['401'].$ref).toBe('#/components/responses/Unauthorized');
		expect(doc.components.responses.Unauthorized.headers['WWW-Authenticate'].$ref).toBe(
			'#/components/headers/WWWAuthenticate'
		);
	});

	it('generates the request body from the write schema, with code lists', () => {
		const write = doc.components.schemas.OfferWrite;
		expect(write.type).toBe('object');
		expect(write.required).toEqual(
			expect.arrayContaining(['title', 'description', 'format', 'topics', 'lifePhases', 'schedule'])
		);
		expect(write.required).not.toContain('institution');
		expect(write.properties.format.enum).toContain('kurs');
		expect(write.properties.topics.items.enum).toContain('sprache');
		expect(write.properties.schedule.properties.type.enum).toEqual([
			'ongoing',
			'dates',
			'recurring'
		]);
		const patch = doc.components.schemas.OfferPatch;
		expect(JSON.stringify(patch)).not.toMatch(/"required":\[/);
		expect(patch.properties.registration.properties.required.type).toBe('boolean');
		expect(JSON.stringify(patch)).not.toContain('"default"');
		expect(doc.components.schemas.OfferForProvider.properties.moderation.$ref).toBe(
			'#/components/schemas/Moderation'
		);
	});

	it('has examples the API accepts', () => {
		const parsed = parseOfferInput({ ...offerWriteExample, institution: { slug: 'x' } });
		expect(parsed.ok ? [] : parsed.issues).toEqual([]);
		expect(
			doc.paths['/api/v1/offers'].post.requestBody.content['application/json'].example
		).toEqual(offerWriteExample);
		const merged = parseOfferInput({
			...offerWriteExample,
			...offerPatchExample,
			summary: undefined,
			institution: { slug: 'x' }
		});
		expect(merged.ok).toBe(true);
	});

	it('lists every problem type, the new ones included', () => {
		const param = doc.paths['/api/problems/{type}'].get.parameters[0];
		expect(param.schema.enum).toEqual(Object.keys(problemTypes));
		expect(param.schema.enum).toEqual(
			expect.arrayContaining(['payload-too-large', 'unsupported-media-type'])
		);
	});
});
