import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { institutions, invitations, loginAttempts, passwordResets, sessions } from '../db/schema';
import { insertFixtures } from '../api/fixtures';
import { createTestDb } from '../testing/db';
import { systemActor } from './accounts.schemas';
import { cleanupExpired } from './cleanup';
import { createUser } from './create-user';

let handle: DbHandle;
beforeAll(async () => {
	handle = await createTestDb();
	await insertFixtures(handle.db);
});
afterAll(() => handle.close());

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe('cleanupExpired', () => {
	it('deletes what can no longer be used and keeps everything else', async () => {
		const db = handle.db;
		const now = new Date('2026-06-01T12:00:00Z');
		const ago = (ms: number) => new Date(now.getTime() - ms);
		const user = await createUser(db, {
			actor: systemActor(),
			input: { email: 'aufraeumen@example.org', role: 'provider' }
		});
		const [inst] = await db.select().from(institutions).limit(1);
		await db.insert(sessions).values([
			{ id: 'expired', userId: user.id, expiresAt: ago(1000) },
			{ id: 'valid', userId: user.id, expiresAt: new Date(now.getTime() + DAY) }
		]);
		await db.insert(loginAttempts).values([
			{ key: 'ip:old', count: 3, windowStart: ago(HOUR) },
			{
				key: 'ip:locked',
				count: 30,
				windowStart: ago(HOUR),
				lockedUntil: new Date(now.getTime() + HOUR)
			},
			{ key: 'ip:recent', count: 2, windowStart: ago(60_000) }
		]);
		await db.insert(passwordResets).values([
			{
				id: 'used-long-ago',
				userId: user.id,
				createdAt: ago(3 * DAY),
				expiresAt: ago(3 * DAY - HOUR),
				usedAt: ago(3 * DAY)
			},
			{
				id: 'expired-long-ago',
				userId: user.id,
				createdAt: ago(2 * DAY),
				expiresAt: ago(2 * DAY - HOUR)
			},
			{
				id: 'used-today',
				userId: user.id,
				createdAt: ago(2 * HOUR),
				expiresAt: ago(HOUR),
				usedAt: ago(HOUR + 1000)
			},
			{
				id: 'open',
				userId: user.id,
				createdAt: ago(1000),
				expiresAt: new Date(now.getTime() + HOUR)
			}
		]);
		const inv = (tokenHash: string, v: Partial<typeof invitations.$inferInsert>) => ({
			tokenHash,
			email: `${tokenHash}@example.org`,
			institutionId: inst!.id,
			expiresAt: new Date(now.getTime() + DAY),
			...v
		});
		await db
			.insert(invitations)
			.values([
				inv('accepted-old', { acceptedAt: ago(40 * DAY), expiresAt: ago(35 * DAY) }),
				inv('revoked-old', { revokedAt: ago(31 * DAY), expiresAt: ago(30 * DAY) }),
				inv('expired-old', { expiresAt: ago(31 * DAY) }),
				inv('expired-recent', { expiresAt: ago(DAY) }),
				inv('open', {})
			]);

		const result = await cleanupExpired(db, now);
		expect(result).toEqual({ sessions: 1, passwordResets: 2, invitations: 3 });
		expect((await db.select().from(sessions)).map((s) => s.id)).toEqual(['valid']);
		expect((await db.select().from(loginAttempts)).map((r) => r.key).sort()).toEqual([
			'ip:locked',
			'ip:recent'
		]);
		expect((await db.select().from(passwordResets)).map((r) => r.id).sort()).toEqual([
			'open',
			'used-today'
		]);
		expect((await db.select().from(invitations)).map((r) => r.tokenHash).sort()).toEqual([
			'expired-recent',
			'open'
		]);
	});
});
