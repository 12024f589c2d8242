import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { sessions } from '../db/schema';
import { recordAudit } from '../audit';
import { assertSignedIn } from './accounts.policy';
import type { Actor } from './accounts.schemas';

/** Ends all sessions of the signed-in user, on every device; returns how many. */
export async function signOutEverywhere(db: Db, { actor }: { actor: Actor }): Promise<number> {
	assertSignedIn(actor);
	return db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		const rows = await tx
			.delete(sessions)
			.where(eq(sessions.userId, actor.user.id))
			.returning({ id: sessions.id });
		await recordAudit(tx, {
			actor,
			action: 'user.sign_out_everywhere',
			entityType: 'user',
			entityId: actor.user.id,
			before: null,
			after: { sessionsEnded: rows.length }
		});
		return rows.length;
	});
}
