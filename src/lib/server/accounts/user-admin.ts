/**
 * Staff administration of accounts: the user list, roles, disabling, and
 * memberships of institutions. Who may do what:
 *
 * - list users, manage memberships: staff (coordinators, admins);
 * - change a user's role: admins only;
 * - disable/enable: admins anyone but themselves, coordinators providers only;
 * - the last active admin can be neither demoted nor disabled.
 *
 * Disabling ends every session of the user. Every write is audited in its
 * transaction. (Managers remove colleagues through the invitations module;
 * this is the staff version, hence `adminRemoveMembership`.)
 */
import { and, asc, count, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { institutions, memberships, sessions, users } from '../db/schema';
import { AppError, ErrorCode } from '../errors';
import { recordAudit } from '../audit';
import { assertCan, canCreateUser, isAdmin, isStaff } from './accounts.policy';
import {
	MEMBERSHIP_ROLES,
	USER_ROLES,
	type Actor,
	type TCreateUserInput,
	type TMembershipRole,
	type TUserRole
} from './accounts.schemas';
import { createUser, type CreatedUser } from './create-user';

export const USER_STATUSES = ['active', 'disabled', 'invited'] as const;
/** active: can sign in; disabled: blocked by staff; invited: has no password yet. */
export type TUserStatus = (typeof USER_STATUSES)[number];
export const USER_PAGE_SIZE = 50;

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const ZUserListFilter = z.object({
	q: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
	role: z.preprocess(blankToUndefined, z.enum(USER_ROLES).optional()),
	institutionId: z.preprocess(blankToUndefined, z.uuid().optional()),
	status: z.preprocess(blankToUndefined, z.enum(USER_STATUSES).optional()),
	page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1))
});
export type TUserListFilter = z.input<typeof ZUserListFilter>;

export interface UserMembership {
	institutionId: string;
	institutionSlug: string;
	institutionName: string;
	role: TMembershipRole;
}

export interface UserSummary {
	id: string;
	email: string;
	displayName: string;
	role: TUserRole;
	status: TUserStatus;
	createdAt: string;
	memberships: UserMembership[];
}

const statusOf = (u: { disabledAt: Date | null; passwordHash: string | null }): TUserStatus =>
	u.disabledAt ? 'disabled' : u.passwordHash ? 'active' : 'invited';

const containsPattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;

const STAFF_ONLY = 'Die Benutzerverwaltung ist dem Bildungsbüro vorbehalten.';

function invalid(issues: z.core.$ZodIssue[]): AppError {
	const list = issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
	return new AppError(ErrorCode.InvalidInput, list[0]?.message ?? 'Ungültige Eingabe.', list);
}

async function membershipsOf(db: Db, userIds: string[]): Promise<Map<string, UserMembership[]>> {
	const out = new Map<string, UserMembership[]>();
	if (userIds.length === 0) return out;
	const rows = await db
		.select({
			userId: memberships.userId,
			institutionId: memberships.institutionId,
			institutionSlug: institutions.slug,
			institutionName: institutions.name,
			role: memberships.role
		})
		.from(memberships)
		.innerJoin(institutions, eq(institutions.id, memberships.institutionId))
		.where(inArray(memberships.userId, userIds))
		.orderBy(asc(institutions.name));
	for (const { userId, ...m } of rows) {
		const list = out.get(userId) ?? [];
		list.push(m);
		out.set(userId, list);
	}
	return out;
}

const userColumns = {
	id: users.id,
	email: users.email,
	displayName: users.displayName,
	role: users.role,
	createdAt: users.createdAt,
	disabledAt: users.disabledAt,
	passwordHash: users.passwordHash
};

/** One page (50) of accounts matching the filter, ordered by e-mail address. Staff only. */
export async function listUsers(
	db: Db,
	{ actor, filter }: { actor: Actor; filter: TUserListFilter }
): Promise<{ total: number; page: number; pageSize: number; items: UserSummary[] }> {
	assertCan(isStaff(actor), STAFF_ONLY);
	const parsed = ZUserListFilter.safeParse(filter);
	if (!parsed.success) throw invalid(parsed.error.issues);
	const f = parsed.data;
	const where: SQL[] = [];
	if (f.q) {
		const p = containsPattern(f.q);
		where.push(sql`(lower(${users.email}) like ${p} or lower(${users.displayName}) like ${p})`);
	}
	if (f.role) where.push(eq(users.role, f.role));
	if (f.status === 'disabled') where.push(isNotNull(users.disabledAt));
	if (f.status === 'active')
		where.push(and(isNull(users.disabledAt), isNotNull(users.passwordHash))!);
	if (f.status === 'invited')
		where.push(and(isNull(users.disabledAt), isNull(users.passwordHash))!);
	if (f.institutionId) {
		where.push(
			sql`exists (select 1 from ${memberships} where ${memberships.userId} = ${users.id} and ${memberships.institutionId} = ${f.institutionId})`
		);
	}
	const cond = where.length ? and(...where) : undefined;
	const [totalRow] = await db.select({ n: count() }).from(users).where(cond);
	const rows = await db
		.select(userColumns)
		.from(users)
		.where(cond)
		.orderBy(asc(users.email))
		.limit(USER_PAGE_SIZE)
		.offset((f.page - 1) * USER_PAGE_SIZE);
	const ms = await membershipsOf(
		db,
		rows.map((r) => r.id)
	);
	return {
		total: totalRow?.n ?? 0,
		page: f.page,
		pageSize: USER_PAGE_SIZE,
		items: rows.map((r) => ({
			id: r.id,
			email: r.email,
			displayName: r.displayName,
			role: r.role,
			status: statusOf(r),
			createdAt: r.createdAt.toISOString(),
			memberships: ms.get(r.id) ?? []
		}))
	};
}

/** One account with its memberships, or undefined (also for ids that are not uuids). Staff only. */
export async function getUserForAdmin(
	db: Db,
	{ actor, userId }: { actor: Actor; userId: string }
): Promise<(UserSummary & { disabledAt: string | null; sessionCount: number }) | undefined> {
	assertCan(isStaff(actor), STAFF_ONLY);
	if (!z.uuid().safeParse(userId).success) return undefined;
	const [row] = await db.select(userColumns).from(users).where(eq(users.id, userId));
	if (!row) return undefined;
	const [s] = await db.select({ n: count() }).from(sessions).where(eq(sessions.userId, userId));
	const ms = await membershipsOf(db, [userId]);
	return {
		id: row.id,
		email: row.email,
		displayName: row.displayName,
		role: row.role,
		status: statusOf(row),
		createdAt: row.createdAt.toISOString(),
		disabledAt: row.disabledAt?.toISOString() ?? null,
		sessionCount: s?.n ?? 0,
		memberships: ms.get(userId) ?? []
	};
}

export interface InstitutionMember {
	userId: string;
	email: string;
	displayName: string;
	userRole: TUserRole;
	status: TUserStatus;
	role: TMembershipRole;
}

/** The members of an institution, by e-mail address. Staff only. */
export async function listInstitutionMembersForAdmin(
	db: Db,
	{ actor, institutionId }: { actor: Actor; institutionId: string }
): Promise<InstitutionMember[]> {
	assertCan(isStaff(actor), STAFF_ONLY);
	const rows = await db
		.select({
			userId: users.id,
			email: users.email,
			displayName: users.displayName,
			userRole: users.role,
			disabledAt: users.disabledAt,
			passwordHash: users.passwordHash,
			role: memberships.role
		})
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(memberships.institutionId, institutionId))
		.orderBy(asc(users.email));
	return rows.map(({ disabledAt, passwordHash, ...r }) => ({
		...r,
		status: statusOf({ disabledAt, passwordHash })
	}));
}

/** Roles the actor may give a new account (for the role select of the form). */
export function creatableRoles(actor: Actor): TUserRole[] {
	return USER_ROLES.filter((r) => canCreateUser(actor, r));
}

/** Whether the actor may change users' roles at all (admins). */
export const canChangeRoles = (actor: Actor): boolean => isAdmin(actor);

/** Whether the actor may disable or enable this user. */
export function canSetDisabled(actor: Actor, target: { id: string; role: TUserRole }): boolean {
	if (!isStaff(actor)) return false;
	if (actor.kind === 'user' && actor.user.id === target.id) return false;
	if (isAdmin(actor)) return true;
	return target.role === 'provider';
}

/** createUser (policy: admins anyone, coordinators providers), which audits `user.create` itself. */
export async function adminCreateUser(
	db: Db,
	{ actor, input }: { actor: Actor; input: TCreateUserInput }
): Promise<CreatedUser> {
	assertCan(isStaff(actor), STAFF_ONLY);
	return createUser(db, { actor, input });
}

async function findUser(db: Db, userId: string) {
	if (!z.uuid().safeParse(userId).success) return undefined;
	const [row] = await db.select(userColumns).from(users).where(eq(users.id, userId));
	return row;
}

const notFoundUser = () => new AppError(ErrorCode.NotFound, 'Dieses Konto gibt es nicht.');

/** Refuses when `userId` is the only active admin (locks the admin rows on PostgreSQL). */
async function assertNotLastAdmin(tx: Db, userId: string, message: string): Promise<void> {
	const admins = await tx
		.select({ id: users.id })
		.from(users)
		.where(and(eq(users.role, 'admin'), isNull(users.disabledAt)))
		.for('update');
	if (admins.length <= 1 && admins.some((a) => a.id === userId)) {
		throw new AppError(ErrorCode.Conflict, message);
	}
}

const ZRole = z.enum(USER_ROLES, { error: 'Bitte wählen Sie eine Rolle aus der Liste.' });
const ZMembershipRole = z.enum(MEMBERSHIP_ROLES, {
	error: 'Bitte wählen Sie „Redaktion“ oder „Leitung“.'
});

/** Changes a user's role. Admins only; the last active admin keeps the role. */
export async function updateUserRole(
	db: Db,
	{ actor, userId, role }: { actor: Actor; userId: string; role: string }
): Promise<void> {
	assertCan(isAdmin(actor), 'Rollen ändern nur Administratorinnen und Administratoren.');
	const parsed = ZRole.safeParse(role);
	if (!parsed.success) {
		throw new AppError(ErrorCode.InvalidInput, parsed.error.issues[0]!.message, [
			{ field: 'role', message: parsed.error.issues[0]!.message }
		]);
	}
	const target = await findUser(db, userId);
	if (!target) throw notFoundUser();
	if (target.role === parsed.data) return;
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		if (target.role === 'admin') {
			await assertNotLastAdmin(
				tx,
				userId,
				'Das ist das letzte aktive Administrationskonto; es behält seine Rolle.'
			);
		}
		await tx.update(users).set({ role: parsed.data }).where(eq(users.id, userId));
		await recordAudit(tx, {
			actor,
			action: 'user.role_change',
			entityType: 'user',
			entityId: userId,
			before: { email: target.email, role: target.role },
			after: { email: target.email, role: parsed.data }
		});
	});
}

/**
 * Disables or enables an account. Disabling ends all its sessions. Admins may
 * disable anyone but themselves, coordinators only providers; the last active
 * admin stays enabled.
 */
export async function setUserDisabled(
	db: Db,
	{ actor, userId, disabled }: { actor: Actor; userId: string; disabled: boolean }
): Promise<{ sessionsEnded: number }> {
	assertCan(isStaff(actor), STAFF_ONLY);
	const target = await findUser(db, userId);
	if (!target) throw notFoundUser();
	if (actor.kind === 'user' && actor.user.id === userId) {
		throw new AppError(ErrorCode.Forbidden, 'Das eigene Konto können Sie nicht sperren.');
	}
	assertCan(
		canSetDisabled(actor, target),
		'Koordinatorinnen und Koordinatoren sperren nur Konten von Anbietern.'
	);
	if (Boolean(target.disabledAt) === disabled) return { sessionsEnded: 0 };
	return db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		if (disabled && target.role === 'admin') {
			await assertNotLastAdmin(
				tx,
				userId,
				'Das ist das letzte aktive Administrationskonto; es kann nicht gesperrt werden.'
			);
		}
		const now = disabled ? new Date() : null;
		await tx.update(users).set({ disabledAt: now }).where(eq(users.id, userId));
		const ended = disabled
			? await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id })
			: [];
		await recordAudit(tx, {
			actor,
			action: disabled ? 'user.disable' : 'user.enable',
			entityType: 'user',
			entityId: userId,
			before: { email: target.email, disabledAt: target.disabledAt },
			after: {
				email: target.email,
				disabledAt: now,
				...(disabled ? { sessionsEnded: ended.length } : {})
			}
		});
		return { sessionsEnded: ended.length };
	});
}

async function findInstitution(db: Db, institutionId: string) {
	if (!z.uuid().safeParse(institutionId).success) return undefined;
	const [row] = await db
		.select({ id: institutions.id, slug: institutions.slug, name: institutions.name })
		.from(institutions)
		.where(eq(institutions.id, institutionId));
	return row;
}

async function findMembership(db: Db, userId: string, institutionId: string) {
	const [row] = await db
		.select()
		.from(memberships)
		.where(and(eq(memberships.userId, userId), eq(memberships.institutionId, institutionId)));
	return row;
}

const membershipId = (userId: string, institutionId: string) => `${userId}:${institutionId}`;

async function membershipContext(db: Db, actor: Actor, userId: string, institutionId: string) {
	assertCan(isStaff(actor), STAFF_ONLY);
	const user = await findUser(db, userId);
	if (!user) throw notFoundUser();
	const institution = await findInstitution(db, institutionId);
	if (!institution) {
		throw new AppError(ErrorCode.NotFound, 'Diese Einrichtung gibt es nicht.', [
			{ field: 'institutionId', message: 'Bitte wählen Sie eine Einrichtung aus der Liste.' }
		]);
	}
	return { user, institution };
}

function parseMembershipRole(role: string): TMembershipRole {
	const parsed = ZMembershipRole.safeParse(role);
	if (!parsed.success) {
		const message = parsed.error.issues[0]!.message;
		throw new AppError(ErrorCode.InvalidInput, message, [{ field: 'membershipRole', message }]);
	}
	return parsed.data;
}

/** Makes a user a member (editor or manager) of an institution. Staff only. */
export async function addMembership(
	db: Db,
	{
		actor,
		userId,
		institutionId,
		role
	}: { actor: Actor; userId: string; institutionId: string; role: string }
): Promise<void> {
	const r = parseMembershipRole(role);
	const { user, institution } = await membershipContext(db, actor, userId, institutionId);
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		if (await findMembership(tx, userId, institutionId)) {
			throw new AppError(
				ErrorCode.Conflict,
				`${user.email} gehört schon zu „${institution.name}“.`,
				[{ field: 'institutionId', message: 'Diese Mitgliedschaft gibt es schon.' }]
			);
		}
		await tx.insert(memberships).values({ userId, institutionId, role: r });
		await recordAudit(tx, {
			actor,
			action: 'membership.create',
			entityType: 'membership',
			entityId: membershipId(userId, institutionId),
			institutionId,
			before: null,
			after: { email: user.email, institution: institution.slug, role: r }
		});
	});
}

/** Changes a member's role in an institution. Staff only. */
export async function setMembershipRole(
	db: Db,
	{
		actor,
		userId,
		institutionId,
		role
	}: { actor: Actor; userId: string; institutionId: string; role: string }
): Promise<void> {
	const r = parseMembershipRole(role);
	const { user, institution } = await membershipContext(db, actor, userId, institutionId);
	const current = await findMembership(db, userId, institutionId);
	if (!current) throw new AppError(ErrorCode.NotFound, 'Diese Mitgliedschaft gibt es nicht.');
	if (current.role === r) return;
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		await tx
			.update(memberships)
			.set({ role: r })
			.where(and(eq(memberships.userId, userId), eq(memberships.institutionId, institutionId)));
		await recordAudit(tx, {
			actor,
			action: 'membership.update',
			entityType: 'membership',
			entityId: membershipId(userId, institutionId),
			institutionId,
			before: { email: user.email, institution: institution.slug, role: current.role },
			after: { email: user.email, institution: institution.slug, role: r }
		});
	});
}

/** Removes a user from an institution (staff version; managers use the team page). */
export async function adminRemoveMembership(
	db: Db,
	{ actor, userId, institutionId }: { actor: Actor; userId: string; institutionId: string }
): Promise<void> {
	const { user, institution } = await membershipContext(db, actor, userId, institutionId);
	const current = await findMembership(db, userId, institutionId);
	if (!current) throw new AppError(ErrorCode.NotFound, 'Diese Mitgliedschaft gibt es nicht.');
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		await tx
			.delete(memberships)
			.where(and(eq(memberships.userId, userId), eq(memberships.institutionId, institutionId)));
		await recordAudit(tx, {
			actor,
			action: 'membership.delete',
			entityType: 'membership',
			entityId: membershipId(userId, institutionId),
			institutionId,
			before: { email: user.email, institution: institution.slug, role: current.role },
			after: null
		});
	});
}
