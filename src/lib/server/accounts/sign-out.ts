import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { sessions } from '../db/schema';
import { sessionIdOf } from './sessions';

/** Ends the session of this token (this browser only). Unknown tokens are ignored. */
export async function signOut(db: Db, { input }: { input: { token: string | undefined } }) {
	if (!input.token) return;
	await db.delete(sessions).where(eq(sessions.id, sessionIdOf(input.token)));
}
