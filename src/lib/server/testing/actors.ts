/** Actors for policy and use-case tests: the five roles of the policy matrix. */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { institutions, memberships, users } from '../db/schema';
import {
	userActor,
	type Actor,
	type SessionUser,
	type TUserRole
} from '../accounts/accounts.schemas';

/** Creates a real user row (and memberships) and returns the actor for it. */
export async function makeActor(
	db: Db,
	opts: {
		role: TUserRole;
		email?: string;
		institutions?: { slug: string; role?: 'editor' | 'manager' }[];
	}
): Promise<Actor & { kind: 'user' }> {
	const email = (
		opts.email ?? `${opts.role}-${Math.random().toString(36).slice(2, 8)}@example.org`
	).toLowerCase();
	const [user] = await db
		.insert(users)
		.values({ email, role: opts.role, displayName: email.split('@')[0]! })
		.returning();
	const ms: SessionUser['memberships'] = [];
	for (const ref of opts.institutions ?? []) {
		const [inst] = await db.select().from(institutions).where(eq(institutions.slug, ref.slug));
		if (!inst) throw new Error(`unknown institution ${ref.slug}`);
		const role = ref.role ?? 'editor';
		await db.insert(memberships).values({ userId: user!.id, institutionId: inst.id, role });
		ms.push({
			institutionId: inst.id,
			institutionSlug: inst.slug,
			institutionName: inst.name,
			role
		});
	}
	return userActor({
		id: user!.id,
		email: user!.email,
		role: user!.role,
		displayName: user!.displayName,
		memberships: ms
	}) as Actor & { kind: 'user' };
}
