/**
 * Zod → JSON Schema 2020-12 for the OpenAPI document: named schemas (those with
 * `.meta({ id })`) become components.schemas entries, everything else is inlined.
 */
import { z } from 'zod';

export type JsonSchema = { [key: string]: unknown };

const COMPONENTS = '#/components/schemas/';

const SAFE_INT = Number.MAX_SAFE_INTEGER;

/**
 * $defs refs → components refs; drops the ±2^53 bounds zod puts on every int and,
 * for responses, `additionalProperties: false` (new optional fields may be added
 * within v1, so clients must not reject unknown members).
 */
function tidy(value: unknown, io: 'input' | 'output'): unknown {
	if (Array.isArray(value)) return value.map((v) => tidy(v, io));
	if (value && typeof value === 'object') {
		const out: JsonSchema = {};
		for (const [k, v] of Object.entries(value)) {
			if ((k === 'minimum' && v === -SAFE_INT) || (k === 'maximum' && v === SAFE_INT)) continue;
			if (k === 'additionalProperties' && v === false && io === 'output') continue;
			out[k] =
				k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')
					? COMPONENTS + v.slice('#/$defs/'.length)
					: tidy(v, io);
		}
		return out;
	}
	return value;
}

/** Collects named schemas while converting; one instance per document. */
export class SchemaCollector {
	readonly schemas: Record<string, JsonSchema> = {};

	/** The output (response) schema: a $ref when the schema is named, else inline. */
	output(schema: z.ZodType): JsonSchema {
		return this.convert(schema, 'output');
	}

	/** The input schema (what a client sends), always inlined apart from named parts. */
	input(schema: z.ZodType): JsonSchema {
		return this.convert(schema, 'input');
	}

	private convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
		const raw = z.toJSONSchema(schema, {
			target: 'draft-2020-12',
			io,
			unrepresentable: 'any'
		}) as JsonSchema;
		const { $schema: _dialect, $defs, ...rest } = tidy(raw, io) as JsonSchema;
		for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
			this.add(id, def);
		}
		return rest;
	}

	private add(id: string, def: JsonSchema) {
		const existing = this.schemas[id];
		if (existing && JSON.stringify(existing) !== JSON.stringify(def)) {
			throw new Error(`OpenAPI: two different schemas are named "${id}"`);
		}
		this.schemas[id] = def;
	}
}

/**
 * One OpenAPI query parameter per property of an object schema (input side).
 * "string or list of strings" becomes an exploded array; the empty-string
 * alternatives that stand for "not given" are dropped.
 */
export function queryParameters(
	collector: SchemaCollector,
	schema: z.ZodType,
	descriptions: Record<string, string>
): JsonSchema[] {
	const objectSchema = collector.input(schema);
	const props = (objectSchema.properties ?? {}) as Record<string, JsonSchema>;
	const required = new Set((objectSchema.required ?? []) as string[]);
	return Object.entries(props).map(([name, prop]) => {
		let s: JsonSchema = prop;
		let isList = false;
		const anyOf = s.anyOf as JsonSchema[] | undefined;
		if (anyOf) {
			const array = anyOf.find((b) => b.type === 'array');
			const rest = anyOf.filter((b) => b.const !== '');
			if (array) {
				s = { ...array };
				isList = true;
			} else if (rest.length === 1) {
				s = { ...rest[0] };
			} else {
				s = { ...s, anyOf: rest };
			}
		}
		if (Array.isArray(s.enum)) s = { ...s, enum: (s.enum as unknown[]).filter((v) => v !== '') };
		const description =
			(descriptions[name] ?? '') +
			(isList ? ' Repeat the parameter or separate values with commas (values are OR’ed).' : '');
		return {
			name,
			in: 'query',
			required: required.has(name),
			description: description.trim(),
			schema: s,
			...(isList ? { style: 'form', explode: true } : {})
		};
	});
}
