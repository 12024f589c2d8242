/**
 * System settings, changed by admins at /admin/einstellungen and stored in the
 * `settings` table (one row per group). Read often, written rarely: the values
 * are cached per database handle for at most SETTINGS_MAX_AGE_MS. An update
 * clears the cache of this process at once and tells `onSettingsChanged`
 * listeners (the search sync, which tells the other app instances on a
 * PostgreSQL server; they call `clearSettingsCache`).
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { settings } from '../db/schema';
import { AppError, ErrorCode } from '../errors';
import { recordAudit } from '../audit';
import { assertCan, isAdmin, type Actor } from '../accounts';

const days = (min: number, max: number) =>
	z.coerce
		.number({ error: `Bitte eine Zahl von ${min} bis ${max} angeben.` })
		.int({ error: `Bitte eine ganze Zahl von ${min} bis ${max} angeben.` })
		.min(min, { error: `Bitte eine Zahl von ${min} bis ${max} angeben.` })
		.max(max, { error: `Bitte eine Zahl von ${min} bis ${max} angeben.` });

/** Allowed range of each freshness period, in days (the settings form shows them). */
export const FRESHNESS_LIMITS = {
	staleAfterDays: { min: 7, max: 3650 },
	reminderDaysBefore: { min: 1, max: 365 },
	graceDays: { min: 0, max: 3650 }
} as const;
const L = FRESHNESS_LIMITS;

/** When an offer counts as stale, when its providers are reminded, when it is hidden. */
export const ZFreshness = z
	.object({
		/** Days after the last check (zuletzt geprüft) until an offer is marked stale. */
		staleAfterDays: days(L.staleAfterDays.min, L.staleAfterDays.max).default(182),
		/** Days before it goes stale that providers get a reminder mail. */
		reminderDaysBefore: days(L.reminderDaysBefore.min, L.reminderDaysBefore.max).default(14),
		/** Days an offer stays visible (marked stale) before it is hidden from the public. */
		graceDays: days(L.graceDays.min, L.graceDays.max).default(60)
	})
	.refine((f) => f.reminderDaysBefore < f.staleAfterDays, {
		path: ['reminderDaysBefore'],
		error: 'Die Erinnerung muss vor dem Veralten kommen: weniger Tage als bis „veraltet“.'
	});
export type TFreshness = z.infer<typeof ZFreshness>;

export const ZSettings = z.object({ freshness: ZFreshness });
export type TSettings = z.infer<typeof ZSettings>;
type Group = keyof TSettings;

export const DEFAULT_SETTINGS: TSettings = { freshness: ZFreshness.parse({}) };

/**
 * How long a read settings value is served from memory. A safety net only:
 * updates clear the cache at once, in this process and (over PostgreSQL
 * NOTIFY, see search-sync/) in every other instance.
 */
export const SETTINGS_MAX_AGE_MS = 2000;

const cache = new WeakMap<Db, { value: TSettings; at: number }>();
/** Bumped by every clear: a read that started before a clear does not fill the cache. */
const generations = new WeakMap<Db, number>();

/** Forgets the cached settings, so the next read sees changes made by another process. */
export function clearSettingsCache(db: Db): void {
	cache.delete(db);
	generations.set(db, (generations.get(db) ?? 0) + 1);
}

type SettingsListener = (db: Db) => void | Promise<void>;
const listeners = new Set<SettingsListener>();

/** Called (and awaited) after each committed update of the settings in this process. */
export function onSettingsChanged(listener: SettingsListener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** The current settings (defaults where nothing is stored). */
export async function getSettings(db: Db): Promise<TSettings> {
	const hit = cache.get(db);
	if (hit && performance.now() - hit.at < SETTINGS_MAX_AGE_MS) return hit.value;
	const generation = generations.get(db) ?? 0;
	const at = performance.now();
	const rows = await db.select().from(settings);
	const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
	const parsed = ZSettings.safeParse({ freshness: stored.freshness ?? {} });
	const value = parsed.success ? parsed.data : DEFAULT_SETTINGS;
	if ((generations.get(db) ?? 0) === generation) cache.set(db, { value, at });
	return value;
}

/** Replaces one group of settings (admins only); audited. */
export async function updateSettings<G extends Group>(
	db: Db,
	{ actor, group, input }: { actor: Actor; group: G; input: unknown }
): Promise<TSettings[G]> {
	assertCan(
		isAdmin(actor),
		'Systemeinstellungen ändern nur Administratorinnen und Administratoren.'
	);
	const schema = ZSettings.shape[group];
	const parsed = schema.safeParse(input);
	if (!parsed.success) {
		const issues = parsed.error.issues.map((i) => ({
			field: i.path.join('.'),
			message: i.message
		}));
		throw new AppError(ErrorCode.InvalidInput, issues[0]?.message ?? 'Ungültige Eingabe.', issues);
	}
	const before = (await getSettings(db))[group];
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		const updatedBy = actor.kind === 'user' ? actor.user.id : null;
		const [existing] = await tx.select().from(settings).where(eq(settings.key, group));
		if (existing) {
			await tx
				.update(settings)
				.set({ value: parsed.data, updatedAt: new Date(), updatedBy })
				.where(eq(settings.key, group));
		} else {
			await tx.insert(settings).values({ key: group, value: parsed.data, updatedBy });
		}
		await recordAudit(tx, {
			actor,
			action: 'settings.update',
			entityType: 'settings',
			entityId: group,
			before,
			after: parsed.data
		});
	});
	clearSettingsCache(db);
	for (const l of listeners) await l(db);
	return parsed.data as TSettings[G];
}
