/**
 * A signed-in user changes their own password: the current one must be right
 * (wrong guesses count towards the sign-in back-off of the account), the new
 * one must meet the rules. Every other session ends; the current one stays.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../db/client';
import { sessions, users } from '../db/schema';
import { recordAudit } from '../audit';
import { AppError, ErrorCode } from '../errors';
import { assertSignedIn } from './accounts.policy';
import type { Actor } from './accounts.schemas';
import { hashPassword, verifyPassword } from './hash-password';
import { checkPassword } from './password-policy';
import { sessionIdOf } from './sessions';
import { ACCOUNT_LIMIT, lockedSeconds, recordFailedAttempt } from './sign-in';

export async function changePassword(
	db: Db,
	{
		actor,
		input,
		currentToken,
		now = new Date()
	}: {
		actor: Actor;
		input: { currentPassword: string; newPassword: string };
		/** The session that stays signed in. */
		currentToken?: string;
		now?: Date;
	}
): Promise<{ sessionsEnded: number }> {
	assertSignedIn(actor);
	const key = `account:${actor.user.email.toLowerCase()}`;
	const locked = await lockedSeconds(db, [key], now);
	if (locked > 0) {
		const minutes = Math.max(1, Math.ceil(locked / 60));
		throw new AppError(
			ErrorCode.Forbidden,
			`Zu viele falsche Versuche. Bitte versuchen Sie es in ${minutes} Min. erneut.`
		);
	}
	const [row] = await db
		.select({ passwordHash: users.passwordHash })
		.from(users)
		.where(eq(users.id, actor.user.id));
	const valid =
		row?.passwordHash && input.currentPassword.length <= 256
			? await verifyPassword(row.passwordHash, input.currentPassword)
			: false;
	if (!valid) {
		await recordFailedAttempt(db, [{ key, limit: ACCOUNT_LIMIT }], now);
		throw new AppError(ErrorCode.InvalidInput, 'Das bisherige Passwort stimmt nicht.', [
			{ field: 'currentPassword', message: 'Das bisherige Passwort stimmt nicht.' }
		]);
	}
	const check = checkPassword(input.newPassword, [actor.user.email, actor.user.displayName]);
	if (!check.ok) {
		throw new AppError(ErrorCode.InvalidInput, check.message, [
			{ field: 'newPassword', message: check.message }
		]);
	}
	if (input.newPassword === input.currentPassword) {
		const message = 'Das neue Passwort muss sich vom bisherigen unterscheiden.';
		throw new AppError(ErrorCode.InvalidInput, message, [{ field: 'newPassword', message }]);
	}
	const passwordHash = await hashPassword(input.newPassword);
	const keep = currentToken ? sessionIdOf(currentToken) : '';
	return db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.user.id));
		const ended = await tx
			.delete(sessions)
			.where(and(eq(sessions.userId, actor.user.id), ne(sessions.id, keep)))
			.returning({ id: sessions.id });
		await recordAudit(tx, {
			actor,
			action: 'user.password_change',
			entityType: 'user',
			entityId: actor.user.id,
			before: null,
			after: { sessionsEnded: ended.length }
		});
		return { sessionsEnded: ended.length };
	});
}
