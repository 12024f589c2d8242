/** Creates an account (and optionally its membership of one institution). */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { institutions, memberships, users } from '../db/schema';
import { AppError, ErrorCode } from '../errors';
import { recordAudit } from '../audit';
import { assertCanCreateUser } from './accounts.policy';
import { findUserByEmail } from './accounts.queries';
import { ZCreateUser, type Actor, type TCreateUserInput, type TUserRole } from './accounts.schemas';
import { hashPassword } from './hash-password';
import { checkPassword } from './password-policy';

export interface CreatedUser {
	id: string;
	email: string;
	role: TUserRole;
	displayName: string;
	institution?: { id: string; slug: string; name: string; role: 'editor' | 'manager' };
}

export async function createUser(
	db: Db,
	{ actor, input }: { actor: Actor; input: TCreateUserInput }
): Promise<CreatedUser> {
	const parsed = ZCreateUser.safeParse(input);
	if (!parsed.success) {
		const issues = parsed.error.issues.map((i) => ({
			field: i.path.join('.'),
			message: i.message
		}));
		throw new AppError(ErrorCode.InvalidInput, issues[0]?.message ?? 'Ungültige Eingabe.', issues);
	}
	const data = parsed.data;
	assertCanCreateUser(actor, data.role);
	const displayName = data.displayName ?? data.email.split('@')[0]!;

	let passwordHash: string | null = null;
	if (data.password !== undefined) {
		const check = checkPassword(data.password, [data.email, displayName]);
		if (!check.ok) {
			throw new AppError(ErrorCode.InvalidInput, check.message, [
				{ field: 'password', message: check.message }
			]);
		}
		passwordHash = await hashPassword(data.password);
	}

	return db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		if (await findUserByEmail(tx, data.email)) {
			throw new AppError(
				ErrorCode.Conflict,
				`Es gibt bereits ein Konto mit der E-Mail-Adresse ${data.email}.`,
				[{ field: 'email', message: 'Diese E-Mail-Adresse ist schon vergeben.' }]
			);
		}
		let institution: CreatedUser['institution'];
		if (data.institutionSlug) {
			const [found] = await tx
				.select({ id: institutions.id, slug: institutions.slug, name: institutions.name })
				.from(institutions)
				.where(eq(institutions.slug, data.institutionSlug))
				.limit(1);
			if (!found) {
				throw new AppError(
					ErrorCode.NotFound,
					`Eine Einrichtung mit der Kennung „${data.institutionSlug}“ gibt es nicht.`,
					[{ field: 'institutionSlug', message: 'Unbekannte Einrichtung.' }]
				);
			}
			institution = { ...found, role: data.membershipRole };
		}
		const [user] = await tx
			.insert(users)
			.values({ email: data.email, role: data.role, displayName, passwordHash })
			.returning({
				id: users.id,
				email: users.email,
				role: users.role,
				displayName: users.displayName
			});
		if (institution) {
			await tx
				.insert(memberships)
				.values({ userId: user!.id, institutionId: institution.id, role: institution.role });
		}
		// Never the password hash: only who the account is and what it may do.
		await recordAudit(tx, {
			actor,
			action: 'user.create',
			entityType: 'user',
			entityId: user!.id,
			institutionId: institution?.id ?? null,
			before: null,
			after: {
				email: user!.email,
				role: user!.role,
				displayName: user!.displayName,
				hasPassword: passwordHash !== null,
				institution: institution ? { slug: institution.slug, role: institution.role } : null
			}
		});
		return { ...user!, institution };
	});
}
