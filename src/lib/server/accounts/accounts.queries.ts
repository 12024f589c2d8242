import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { institutions, memberships, users } from '../db/schema';
import type { SessionUser } from './accounts.schemas';

export async function findUserByEmail(db: Db, email: string) {
	const [row] = await db
		.select()
		.from(users)
		.where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
		.limit(1);
	return row;
}

/** The user with memberships, or undefined when unknown or disabled. */
export async function loadSessionUser(db: Db, userId: string): Promise<SessionUser | undefined> {
	const [user] = await db
		.select({
			id: users.id,
			email: users.email,
			role: users.role,
			displayName: users.displayName
		})
		.from(users)
		.where(and(eq(users.id, userId), isNull(users.disabledAt)))
		.limit(1);
	if (!user) return undefined;
	const rows = await db
		.select({
			institutionId: memberships.institutionId,
			institutionSlug: institutions.slug,
			institutionName: institutions.name,
			role: memberships.role
		})
		.from(memberships)
		.innerJoin(institutions, eq(institutions.id, memberships.institutionId))
		.where(eq(memberships.userId, userId))
		.orderBy(institutions.name);
	return { ...user, memberships: rows };
}
