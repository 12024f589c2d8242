import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { auditLog, institutions, memberships, sessions, users } from '../db/schema';
import { insertFixtures } from '../api/fixtures';
import { createTestDb } from '../testing/db';
import { makeActor } from '../testing/actors';
import { systemActor, type Actor } from './accounts.schemas';
import {
	addMembership,
	adminCreateUser,
	adminRemoveMembership,
	creatableRoles,
	getUserForAdmin,
	listInstitutionMembersForAdmin,
	listUsers,
	setMembershipRole,
	setUserDisabled,
	updateUserRole
} from './user-admin';

type UserActor = Actor & { kind: 'user' };

let handle: DbHandle;
let admin: UserActor;
let coordinator: UserActor;
let providerA: UserActor;
let vhsId: string;
let kitaId: string;

const idOf = (a: UserActor) => a.user.id;

beforeAll(async () => {
	handle = await createTestDb();
	await insertFixtures(handle.db);
	admin = await makeActor(handle.db, { role: 'admin', email: 'admin@example.org' });
	coordinator = await makeActor(handle.db, { role: 'coordinator', email: 'koord@example.org' });
	providerA = await makeActor(handle.db, {
		role: 'provider',
		email: 'anbieterin@example.org',
		institutions: [{ slug: 'vhs-salzgitter', role: 'manager' }]
	});
	const rows = await handle.db.select().from(institutions);
	vhsId = rows.find((r) => r.slug === 'vhs-salzgitter')!.id;
	kitaId = rows.find((r) => r.slug === 'kita-grosser-baer')!.id;
});
afterAll(() => handle.close());

async function userRow(id: string) {
	const [row] = await handle.db.select().from(users).where(eq(users.id, id));
	return row!;
}

async function auditCount() {
	return (await handle.db.select().from(auditLog)).length;
}

async function addSession(userId: string) {
	await handle.db.insert(sessions).values({
		id: `s-${Math.random().toString(36).slice(2)}`,
		userId,
		expiresAt: new Date(Date.now() + 86_400_000)
	});
}

describe('updateUserRole', () => {
	it('lets an admin change a role and records user.role_change', async () => {
		const target = await makeActor(handle.db, { role: 'provider' });
		await updateUserRole(handle.db, { actor: admin, userId: idOf(target), role: 'coordinator' });
		expect((await userRow(idOf(target))).role).toBe('coordinator');
		const [entry] = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, idOf(target)), eq(auditLog.action, 'user.role_change')));
		expect(entry).toMatchObject({
			actorId: idOf(admin),
			before: { role: 'provider' },
			after: { role: 'coordinator' }
		});
	});

	it('refuses coordinators — they cannot make an admin, nor change any role', async () => {
		const target = await makeActor(handle.db, { role: 'provider' });
		const before = await auditCount();
		for (const role of ['admin', 'coordinator', 'provider']) {
			await expect(
				updateUserRole(handle.db, { actor: coordinator, userId: idOf(target), role })
			).rejects.toMatchObject({ code: 'forbidden' });
		}
		await expect(
			updateUserRole(handle.db, { actor: coordinator, userId: idOf(coordinator), role: 'admin' })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			updateUserRole(handle.db, { actor: providerA, userId: idOf(providerA), role: 'admin' })
		).rejects.toMatchObject({ code: 'forbidden' });
		expect((await userRow(idOf(target))).role).toBe('provider');
		expect((await userRow(idOf(coordinator))).role).toBe('coordinator');
		expect(await auditCount()).toBe(before);
	});

	it('refuses unknown roles and unknown users', async () => {
		await expect(
			updateUserRole(handle.db, { actor: admin, userId: idOf(providerA), role: 'superuser' })
		).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(
			updateUserRole(handle.db, { actor: admin, userId: 'not-a-uuid', role: 'admin' })
		).rejects.toMatchObject({ code: 'not_found' });
	});

	it('never demotes the last active admin', async () => {
		// `admin` is the only active admin in this database (a disabled one does not count).
		const disabledAdmin = await makeActor(handle.db, { role: 'admin' });
		await handle.db
			.update(users)
			.set({ disabledAt: new Date() })
			.where(eq(users.id, idOf(disabledAdmin)));
		for (const actor of [admin, systemActor()]) {
			await expect(
				updateUserRole(handle.db, { actor, userId: idOf(admin), role: 'coordinator' })
			).rejects.toMatchObject({ code: 'conflict' });
		}
		expect((await userRow(idOf(admin))).role).toBe('admin');

		// With a second active admin, one of them may step down.
		const second = await makeActor(handle.db, { role: 'admin' });
		await updateUserRole(handle.db, { actor: admin, userId: idOf(second), role: 'coordinator' });
		expect((await userRow(idOf(second))).role).toBe('coordinator');
	});
});

describe('setUserDisabled', () => {
	it('lets a coordinator disable a provider, ending all their sessions, and enable them again', async () => {
		const target = await makeActor(handle.db, { role: 'provider' });
		await addSession(idOf(target));
		await addSession(idOf(target));
		const r = await setUserDisabled(handle.db, {
			actor: coordinator,
			userId: idOf(target),
			disabled: true
		});
		expect(r.sessionsEnded).toBe(2);
		expect((await userRow(idOf(target))).disabledAt).toBeInstanceOf(Date);
		expect(
			await handle.db
				.select()
				.from(sessions)
				.where(eq(sessions.userId, idOf(target)))
		).toHaveLength(0);

		await setUserDisabled(handle.db, { actor: coordinator, userId: idOf(target), disabled: false });
		expect((await userRow(idOf(target))).disabledAt).toBeNull();
		const actions = (
			await handle.db
				.select()
				.from(auditLog)
				.where(eq(auditLog.entityId, idOf(target)))
		).map((e) => e.action);
		expect(actions).toEqual(['user.disable', 'user.enable']);
	});

	it('refuses a coordinator disabling an admin or another coordinator', async () => {
		const other = await makeActor(handle.db, { role: 'coordinator' });
		const before = await auditCount();
		for (const target of [admin, other]) {
			await addSession(idOf(target));
			await expect(
				setUserDisabled(handle.db, { actor: coordinator, userId: idOf(target), disabled: true })
			).rejects.toMatchObject({ code: 'forbidden' });
			expect((await userRow(idOf(target))).disabledAt).toBeNull();
			expect(
				await handle.db
					.select()
					.from(sessions)
					.where(eq(sessions.userId, idOf(target)))
			).not.toHaveLength(0);
		}
		expect(await auditCount()).toBe(before);
	});

	it('lets an admin disable anyone but themselves', async () => {
		const other = await makeActor(handle.db, { role: 'coordinator' });
		await setUserDisabled(handle.db, { actor: admin, userId: idOf(other), disabled: true });
		expect((await userRow(idOf(other))).disabledAt).toBeInstanceOf(Date);
		await expect(
			setUserDisabled(handle.db, { actor: admin, userId: idOf(admin), disabled: true })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			setUserDisabled(handle.db, { actor: coordinator, userId: idOf(coordinator), disabled: true })
		).rejects.toMatchObject({ code: 'forbidden' });
		expect((await userRow(idOf(admin))).disabledAt).toBeNull();
	});

	it('keeps the last active admin enabled, even for the system', async () => {
		await expect(
			setUserDisabled(handle.db, { actor: systemActor(), userId: idOf(admin), disabled: true })
		).rejects.toMatchObject({ code: 'conflict' });
		expect((await userRow(idOf(admin))).disabledAt).toBeNull();
	});

	it('refuses providers', async () => {
		const target = await makeActor(handle.db, { role: 'provider' });
		await expect(
			setUserDisabled(handle.db, { actor: providerA, userId: idOf(target), disabled: true })
		).rejects.toMatchObject({ code: 'forbidden' });
	});
});

describe('memberships', () => {
	let target: UserActor;
	beforeEach(async () => {
		target = await makeActor(handle.db, { role: 'provider' });
	});

	const membershipRows = () =>
		handle.db
			.select()
			.from(memberships)
			.where(eq(memberships.userId, idOf(target)));

	it('staff add, change and remove memberships, each audited', async () => {
		await addMembership(handle.db, {
			actor: coordinator,
			userId: idOf(target),
			institutionId: kitaId,
			role: 'editor'
		});
		expect(await membershipRows()).toMatchObject([{ institutionId: kitaId, role: 'editor' }]);
		await setMembershipRole(handle.db, {
			actor: admin,
			userId: idOf(target),
			institutionId: kitaId,
			role: 'manager'
		});
		expect(await membershipRows()).toMatchObject([{ role: 'manager' }]);
		await adminRemoveMembership(handle.db, {
			actor: coordinator,
			userId: idOf(target),
			institutionId: kitaId
		});
		expect(await membershipRows()).toHaveLength(0);
		const entries = await handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, `${idOf(target)}:${kitaId}`));
		expect(entries.map((e) => e.action)).toEqual([
			'membership.create',
			'membership.update',
			'membership.delete'
		]);
		expect(entries.every((e) => e.institutionId === kitaId)).toBe(true);
		expect(entries[1]).toMatchObject({ before: { role: 'editor' }, after: { role: 'manager' } });
	});

	it('refuses duplicates, bad roles and unknown institutions', async () => {
		await addMembership(handle.db, {
			actor: coordinator,
			userId: idOf(target),
			institutionId: vhsId,
			role: 'editor'
		});
		await expect(
			addMembership(handle.db, {
				actor: coordinator,
				userId: idOf(target),
				institutionId: vhsId,
				role: 'manager'
			})
		).rejects.toMatchObject({ code: 'conflict' });
		await expect(
			addMembership(handle.db, {
				actor: coordinator,
				userId: idOf(target),
				institutionId: kitaId,
				role: 'owner'
			})
		).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(
			addMembership(handle.db, {
				actor: coordinator,
				userId: idOf(target),
				institutionId: '00000000-0000-4000-8000-000000000009',
				role: 'editor'
			})
		).rejects.toMatchObject({ code: 'not_found' });
		expect(await membershipRows()).toMatchObject([{ institutionId: vhsId, role: 'editor' }]);
	});

	it('refuses providers — even managers of the institution use the team page instead', async () => {
		await addMembership(handle.db, {
			actor: admin,
			userId: idOf(target),
			institutionId: vhsId,
			role: 'editor'
		});
		const before = await auditCount();
		await expect(
			addMembership(handle.db, {
				actor: providerA,
				userId: idOf(target),
				institutionId: kitaId,
				role: 'editor'
			})
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			setMembershipRole(handle.db, {
				actor: providerA,
				userId: idOf(target),
				institutionId: vhsId,
				role: 'manager'
			})
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			adminRemoveMembership(handle.db, {
				actor: providerA,
				userId: idOf(target),
				institutionId: vhsId
			})
		).rejects.toMatchObject({ code: 'forbidden' });
		expect(await membershipRows()).toMatchObject([{ institutionId: vhsId, role: 'editor' }]);
		expect(await auditCount()).toBe(before);
	});

	it('lists the members of an institution for staff', async () => {
		const members = await listInstitutionMembersForAdmin(handle.db, {
			actor: coordinator,
			institutionId: vhsId
		});
		expect(members).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ email: 'anbieterin@example.org', role: 'manager' })
			])
		);
		await expect(
			listInstitutionMembersForAdmin(handle.db, { actor: providerA, institutionId: vhsId })
		).rejects.toMatchObject({ code: 'forbidden' });
	});
});

describe('adminCreateUser', () => {
	it('offers coordinators only the provider role, admins every role', () => {
		expect(creatableRoles(coordinator)).toEqual(['provider']);
		expect(creatableRoles(admin)).toEqual(['admin', 'coordinator', 'provider']);
		expect(creatableRoles(providerA)).toEqual([]);
	});

	it('creates an invited provider with a membership and records user.create', async () => {
		const created = await adminCreateUser(handle.db, {
			actor: coordinator,
			input: {
				email: 'neu@example.org',
				role: 'provider',
				institutionSlug: 'kita-grosser-baer',
				membershipRole: 'manager'
			}
		});
		const row = await userRow(created.id);
		expect(row.passwordHash).toBeNull();
		const entries = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, 'user.create')));
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			institutionId: kitaId,
			after: { email: 'neu@example.org', role: 'provider', hasPassword: false }
		});
		const detail = await getUserForAdmin(handle.db, { actor: coordinator, userId: created.id });
		expect(detail).toMatchObject({
			status: 'invited',
			memberships: [{ institutionSlug: 'kita-grosser-baer', role: 'manager' }]
		});
	});

	it('refuses a coordinator creating an admin and writes nothing', async () => {
		const before = await auditCount();
		await expect(
			adminCreateUser(handle.db, {
				actor: coordinator,
				input: { email: 'boss@example.org', role: 'admin' }
			})
		).rejects.toMatchObject({ code: 'forbidden' });
		expect(
			await handle.db.select().from(users).where(eq(users.email, 'boss@example.org'))
		).toHaveLength(0);
		expect(await auditCount()).toBe(before);
	});
});

describe('listUsers', () => {
	it('filters by text, role, institution and status, and pages by 50', async () => {
		const all = await listUsers(handle.db, { actor: coordinator, filter: {} });
		expect(all.pageSize).toBe(50);
		expect(all.total).toBe((await handle.db.select().from(users)).length);

		const byText = await listUsers(handle.db, { actor: coordinator, filter: { q: 'ANBIETERIN' } });
		expect(byText.items.map((u) => u.email)).toEqual(['anbieterin@example.org']);
		expect(byText.items[0]!.memberships).toMatchObject([
			{ institutionSlug: 'vhs-salzgitter', role: 'manager' }
		]);

		const admins = await listUsers(handle.db, { actor: admin, filter: { role: 'admin' } });
		expect(admins.items.every((u) => u.role === 'admin')).toBe(true);

		const atVhs = await listUsers(handle.db, { actor: admin, filter: { institutionId: vhsId } });
		expect(atVhs.items.map((u) => u.email)).toContain('anbieterin@example.org');
		expect(atVhs.items.every((u) => u.memberships.some((m) => m.institutionId === vhsId))).toBe(
			true
		);

		const invited = await listUsers(handle.db, { actor: admin, filter: { status: 'invited' } });
		expect(invited.items.map((u) => u.email)).toContain('neu@example.org');
		expect(invited.items.every((u) => u.status === 'invited')).toBe(true);
		const disabled = await listUsers(handle.db, { actor: admin, filter: { status: 'disabled' } });
		expect(disabled.items.length).toBeGreaterThan(0);
		expect(disabled.items.every((u) => u.status === 'disabled')).toBe(true);

		for (let i = 0; i < 55; i++) await makeActor(handle.db, { role: 'provider' });
		const page2 = await listUsers(handle.db, { actor: admin, filter: { page: 2 } });
		expect(page2.items.length).toBe(page2.total - 50);
	});

	it('treats wildcards literally and refuses providers', async () => {
		const r = await listUsers(handle.db, { actor: admin, filter: { q: '%' } });
		expect(r.total).toBe(0);
		await expect(listUsers(handle.db, { actor: providerA, filter: {} })).rejects.toMatchObject({
			code: 'forbidden'
		});
	});
});
