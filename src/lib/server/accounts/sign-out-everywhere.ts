import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { sessions } from '../db/schema';
import { assertSignedIn } from './accounts.policy';
import type { Actor } from './accounts.schemas';

/** Ends all sessions of the signed-in user, on every device; returns how many. */
export async function signOutEverywhere(db: Db, { actor }: { actor: Actor }): Promise<number> {
	assertSignedIn(actor);
	const rows = await db
		.delete(sessions)
		.where(eq(sessions.userId, actor.user.id))
		.returning({ id: sessions.id });
	return rows.length;
}
