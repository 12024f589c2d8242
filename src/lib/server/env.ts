/**
 * The only reader of process.env. Parsed once with zod; a bad value stops the
 * process at start with a clear message instead of failing later.
 */
import { z } from 'zod';

const EnvSchema = z.object({
	NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	HOST: z.string().default('0.0.0.0'),
	DATA_DIR: z.string().min(1).default('./data'),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'DATABASE_URL muss mit postgres:// oder postgresql:// beginnen')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	CITY: z
		.string()
		.regex(/^[a-z0-9-]+$/, 'CITY ist der Name eines Ordners unter config/cities/')
		.default('salzgitter'),
	PUBLIC_BASE_URL: z
		.url()
		.optional()
		.or(z.literal('').transform(() => undefined)),
	/** Tile URL template for maps, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
	TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
	TILE_ATTRIBUTION: z.string().default('© OpenStreetMap-Mitwirkende'),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	/** smtp(s)://user:pass@host:port — without it mails go to the `outbox` table. */
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\//, 'SMTP_URL muss mit smtp:// oder smtps:// beginnen')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	MAIL_FROM: z.string().min(3).default('Bildungslandschaft <noreply@localhost>'),
	/** Days a session stays valid without use (sliding expiry). */
	SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
	/** Minutes between runs of the periodic jobs (stale reminders, hiding, clean-up); 0 disables them. */
	JOBS_INTERVAL_MINUTES: z.preprocess(
		(v) => (v === '' ? undefined : v),
		z.coerce
			.number({ error: 'JOBS_INTERVAL_MINUTES ist eine Zahl von Minuten (0 schaltet die Jobs ab)' })
			.int('JOBS_INTERVAL_MINUTES ist eine ganze Zahl von Minuten')
			.min(0, 'JOBS_INTERVAL_MINUTES ist 0 (aus) oder mehr')
			.max(10_080, 'JOBS_INTERVAL_MINUTES darf höchstens 10080 (eine Woche) sein')
			.default(60)
	),
	/**
	 * Run PGlite in a worker thread so its queries do not block the event loop.
	 * Unset: on for the app and the scripts, off for module tests (createTestDb);
	 * `true`/`false` sets it for all of them.
	 */
	PGLITE_WORKER: z
		.preprocess(
			(v) => (v === '' ? undefined : v),
			z
				.enum(['true', 'false', '1', '0'], {
					error: 'PGLITE_WORKER ist true oder false (PGlite im Worker-Thread oder im Prozess)'
				})
				.optional()
		)
		.transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
	/** Seed demo data when the database has no offers (default on). */
	SEED_ON_EMPTY: z
		.enum(['true', 'false', '1', '0'])
		.default('true')
		.transform((v) => v === 'true' || v === '1')
});

export type Env = z.infer<typeof EnvSchema>;

function parseEnv(): Env {
	const result = EnvSchema.safeParse(process.env);
	if (!result.success) {
		const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
		throw new Error(`Ungültige Konfiguration:\n${lines.join('\n')}`);
	}
	return result.data;
}

export const env: Env = parseEnv();
