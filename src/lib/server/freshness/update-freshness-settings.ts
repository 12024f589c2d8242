/**
 * An admin changes the freshness periods (/admin/einstellungen). Saved and
 * audited by the settings module; offers that become hidden or visible under
 * the new periods are announced right away, so search follows at once.
 */
import type { Actor } from '../accounts/accounts.schemas';
import type { Db } from '../db/client';
import { getSettings, updateSettings, type TFreshness } from '../settings/settings';
import { announceVisibilityChange } from './hidden-changes';

export async function updateFreshnessSettings(
	db: Db,
	{ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }
): Promise<{ freshness: TFreshness; changedOffers: number }> {
	const before = (await getSettings(db)).freshness;
	const freshness = await updateSettings(db, { actor, group: 'freshness', input });
	const changedOffers = await announceVisibilityChange(db, before, freshness, now);
	return { freshness, changedOffers };
}
