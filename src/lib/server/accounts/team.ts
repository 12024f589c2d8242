/**
 * The people of an institution (its memberships), for its managers and staff.
 * A manager cannot remove the last manager, so an institution always keeps
 * someone who can invite; staff may (the office can always invite again).
 */
import { and, asc, count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { memberships, users } from '../db/schema';
import { recordAudit } from '../audit';
import { AppError, ErrorCode } from '../errors';
import { assertCan, canManageInstitution, isStaff } from './accounts.policy';
import type { Actor, TMembershipRole } from './accounts.schemas';

export interface MemberInfo {
	userId: string;
	email: string;
	displayName: string;
	role: TMembershipRole;
	since: string;
	/** False for accounts that never set a password (created without one). */
	hasPassword: boolean;
	disabled: boolean;
}

const MANAGE_MESSAGE =
	'Das Team verwalten nur die Verwalter*innen der Einrichtung und das Bildungsbüro.';

export async function listMembers(
	db: Db,
	{ actor, institutionId }: { actor: Actor; institutionId: string }
): Promise<MemberInfo[]> {
	assertCan(canManageInstitution(actor, institutionId), MANAGE_MESSAGE);
	const rows = await db
		.select({
			userId: users.id,
			email: users.email,
			displayName: users.displayName,
			role: memberships.role,
			since: memberships.createdAt,
			passwordHash: users.passwordHash,
			disabledAt: users.disabledAt
		})
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(memberships.institutionId, institutionId))
		// The enum orders editor before manager: descending lists managers first.
		.orderBy(desc(memberships.role), asc(users.displayName), asc(users.email));
	return rows.map((r) => ({
		userId: r.userId,
		email: r.email,
		displayName: r.displayName,
		role: r.role,
		since: r.since.toISOString(),
		hasPassword: r.passwordHash !== null,
		disabled: r.disabledAt !== null
	}));
}

export async function removeMembership(
	db: Db,
	{ actor, input }: { actor: Actor; input: { institutionId: string; userId: string } }
): Promise<void> {
	const ids = z.object({ institutionId: z.uuid(), userId: z.uuid() }).safeParse(input);
	if (!ids.success) throw new AppError(ErrorCode.NotFound, 'Diese Person gehört nicht zum Team.');
	const { institutionId, userId } = ids.data;
	assertCan(canManageInstitution(actor, institutionId), MANAGE_MESSAGE);
	const where = and(eq(memberships.institutionId, institutionId), eq(memberships.userId, userId));
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		const [row] = await tx
			.select({ role: memberships.role, email: users.email })
			.from(memberships)
			.innerJoin(users, eq(users.id, memberships.userId))
			.where(where)
			.for('update', { of: memberships });
		if (!row) throw new AppError(ErrorCode.NotFound, 'Diese Person gehört nicht zum Team.');
		if (row.role === 'manager' && !isStaff(actor)) {
			const [managers] = await tx
				.select({ n: count() })
				.from(memberships)
				.where(and(eq(memberships.institutionId, institutionId), eq(memberships.role, 'manager')));
			if ((managers?.n ?? 0) <= 1) {
				throw new AppError(
					ErrorCode.Conflict,
					'Die letzte Verwalterin bzw. der letzte Verwalter kann nicht entfernt werden. Laden Sie zuerst eine weitere Person als Verwalter*in ein.'
				);
			}
		}
		await tx.delete(memberships).where(where);
		await recordAudit(tx, {
			actor,
			action: 'membership.delete',
			entityType: 'membership',
			entityId: `${userId}:${institutionId}`,
			institutionId,
			before: { email: row.email, role: row.role },
			after: null
		});
	});
}
