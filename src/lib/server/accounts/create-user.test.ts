import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { memberships, users } from '../db/schema';
import { insertFixtures } from '../api/fixtures';
import { createTestDb } from '../testing/db';
import { AppError } from '../errors';
import { systemActor, userActor, type SessionUser, type TUserRole } from './accounts.schemas';
import { createUser } from './create-user';
import { verifyPassword } from './hash-password';

let handle: DbHandle;
const PASSWORD = 'Zitronenfalter-Wolke-42';

beforeAll(async () => {
	handle = await createTestDb();
	await insertFixtures(handle.db);
});
afterAll(() => handle.close());

const actorWithRole = (role: TUserRole) =>
	userActor({
		id: '00000000-0000-4000-8000-000000000000',
		email: `${role}@example.org`,
		role,
		displayName: role,
		memberships: []
	} satisfies SessionUser);

let n = 0;
const email = () => `person${++n}@example.org`;

describe('createUser policy', () => {
	const matrix: [
		string,
		ReturnType<typeof actorWithRole> | ReturnType<typeof systemActor>,
		TUserRole,
		boolean
	][] = [
		['system', systemActor(), 'admin', true],
		['admin', actorWithRole('admin'), 'admin', true],
		['admin', actorWithRole('admin'), 'coordinator', true],
		['admin', actorWithRole('admin'), 'provider', true],
		['coordinator', actorWithRole('coordinator'), 'admin', false],
		['coordinator', actorWithRole('coordinator'), 'coordinator', false],
		['coordinator', actorWithRole('coordinator'), 'provider', true],
		['provider', actorWithRole('provider'), 'admin', false],
		['provider', actorWithRole('provider'), 'coordinator', false],
		['provider', actorWithRole('provider'), 'provider', false]
	];
	it.each(matrix)('%s creates %s → allowed: %s', async (_, actor, role, allowed) => {
		const attempt = createUser(handle.db, { actor, input: { email: email(), role } });
		if (allowed) await expect(attempt).resolves.toMatchObject({ role });
		else await expect(attempt).rejects.toMatchObject({ code: 'forbidden' });
	});
});

describe('createUser', () => {
	it('stores a lower-cased e-mail, an argon2id hash and the membership', async () => {
		const created = await createUser(handle.db, {
			actor: systemActor(),
			input: {
				email: '  Erika.Muster@Example.ORG ',
				role: 'provider',
				displayName: 'Erika Muster',
				password: PASSWORD,
				institutionSlug: 'kita-grosser-baer',
				membershipRole: 'manager'
			}
		});
		expect(created).toMatchObject({
			email: 'erika.muster@example.org',
			displayName: 'Erika Muster',
			institution: { slug: 'kita-grosser-baer', role: 'manager' }
		});
		const [row] = await handle.db.select().from(users).where(eq(users.id, created.id));
		expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
		expect(await verifyPassword(row!.passwordHash!, PASSWORD)).toBe(true);
		const ms = await handle.db.select().from(memberships).where(eq(memberships.userId, created.id));
		expect(ms).toHaveLength(1);
		expect(ms[0]!.role).toBe('manager');
	});

	it('creates invited users without a password', async () => {
		const created = await createUser(handle.db, {
			actor: systemActor(),
			input: { email: email(), role: 'provider' }
		});
		const [row] = await handle.db.select().from(users).where(eq(users.id, created.id));
		expect(row!.passwordHash).toBeNull();
	});

	it('refuses an existing e-mail address in any spelling', async () => {
		await expect(
			createUser(handle.db, {
				actor: systemActor(),
				input: { email: 'ERIKA.muster@example.org', role: 'provider' }
			})
		).rejects.toMatchObject({ code: 'conflict' });
	});

	it('refuses weak passwords, unknown institutions and bad e-mail addresses', async () => {
		const weak = createUser(handle.db, {
			actor: systemActor(),
			input: { email: email(), role: 'admin', password: 'passwort1234' }
		});
		await expect(weak).rejects.toBeInstanceOf(AppError);
		await expect(weak).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(
			createUser(handle.db, {
				actor: systemActor(),
				input: { email: email(), role: 'provider', institutionSlug: 'gibt-es-nicht' }
			})
		).rejects.toMatchObject({
			code: 'not_found',
			message: expect.stringContaining('gibt-es-nicht')
		});
		await expect(
			createUser(handle.db, { actor: systemActor(), input: { email: 'kein-at', role: 'provider' } })
		).rejects.toMatchObject({ code: 'invalid_input' });
	});

	it('leaves nothing behind when the membership cannot be created', async () => {
		const address = email();
		await expect(
			createUser(handle.db, {
				actor: systemActor(),
				input: { email: address, role: 'provider', institutionSlug: 'gibt-es-nicht' }
			})
		).rejects.toThrow();
		expect(await handle.db.select().from(users).where(eq(users.email, address))).toHaveLength(0);
	});
});
