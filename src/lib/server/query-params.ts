/**
 * Zod pieces for URL query parameters shared by the finder, the institution
 * directory and the API: codes (taxonomy codes and slugs) and lists of them,
 * given as repeated parameters (?topic=a&topic=b) or comma-separated.
 */
import { z } from 'zod';

export const zCode = z
	.string()
	.trim()
	.min(1)
	.max(80)
	.regex(/^[a-z0-9-]+$/, 'Ungültiger Wert');

export const zCodeList = z
	.union([z.string(), z.array(z.string())])
	.optional()
	.transform((v) =>
		(Array.isArray(v) ? v : v === undefined ? [] : [v])
			.flatMap((s) => s.split(','))
			.map((s) => s.trim())
			.filter((s) => s !== '')
	)
	.pipe(z.array(zCode).max(50));

export const zPage = z.coerce.number().int().min(1).max(10_000).optional().default(1);
export const zPageSize = z.coerce.number().int().min(1).max(100).optional().default(20);
