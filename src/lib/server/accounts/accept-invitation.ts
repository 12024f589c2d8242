/**
 * Accepting an invitation: a new address gets a provider account with the
 * chosen password; an existing account gets the membership (and the password,
 * if it had none yet). The link is used up, and the person is signed in.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { invitations, memberships, users } from '../db/schema';
import { recordAudit } from '../audit';
import { AppError, ErrorCode } from '../errors';
import { findUserByEmail, loadSessionUser } from './accounts.queries';
import { userActor, type SessionUser } from './accounts.schemas';
import { hashPassword } from './hash-password';
import { getInvitation } from './invitations';
import { checkPassword } from './password-policy';
import { createSession } from './sessions';

const LINK_MESSAGES = {
	invalid: 'Dieser Einladungslink ist ungültig.',
	expired: 'Diese Einladung ist abgelaufen. Bitten Sie um eine neue Einladung.',
	revoked: 'Diese Einladung wurde zurückgezogen.',
	accepted: 'Diese Einladung wurde bereits angenommen. Bitte melden Sie sich an.'
} as const;

const ZDisplayName = z
	.string()
	.trim()
	.min(1, { error: 'Bitte geben Sie Ihren Namen an.' })
	.max(120, { error: 'Höchstens 120 Zeichen.' });

export interface AcceptedInvitation {
	user: SessionUser;
	session: { token: string; expiresAt: Date };
	institutionSlug: string;
}

export async function acceptInvitation(
	db: Db,
	{
		token,
		input,
		context = {},
		now = new Date()
	}: {
		token: string;
		input: { displayName?: string; password?: string };
		context?: { userAgent?: string | null; currentToken?: string };
		now?: Date;
	}
): Promise<AcceptedInvitation> {
	const view = await getInvitation(db, token, now);
	if (view.status !== 'valid') {
		throw new AppError(ErrorCode.NotFound, LINK_MESSAGES[view.status], [
			{ field: 'token', message: view.status }
		]);
	}
	const inv = view.invitation!;
	const existing = await findUserByEmail(db, inv.email);
	const needsPassword = !existing?.passwordHash;

	let displayName = existing?.displayName ?? '';
	if (!existing) {
		const name = ZDisplayName.safeParse(input.displayName ?? '');
		if (!name.success) {
			const message = name.error.issues[0]!.message;
			throw new AppError(ErrorCode.InvalidInput, message, [{ field: 'displayName', message }]);
		}
		displayName = name.data;
	}
	let passwordHash: string | null = null;
	if (needsPassword) {
		const check = checkPassword(input.password ?? '', [inv.email, displayName]);
		if (!check.ok) {
			throw new AppError(ErrorCode.InvalidInput, check.message, [
				{ field: 'password', message: check.message }
			]);
		}
		passwordHash = await hashPassword(input.password!);
	}

	const result = await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		const claimed = await tx
			.update(invitations)
			.set({ acceptedAt: now })
			.where(
				and(
					eq(invitations.id, inv.id),
					isNull(invitations.acceptedAt),
					isNull(invitations.revokedAt)
				)
			)
			.returning({ id: invitations.id });
		if (claimed.length === 0) throw new AppError(ErrorCode.NotFound, LINK_MESSAGES.accepted);

		let userId: string;
		let role: SessionUser['role'];
		if (!existing) {
			const [created] = await tx
				.insert(users)
				.values({ email: inv.email, role: 'provider', displayName, passwordHash, createdAt: now })
				.returning({ id: users.id });
			userId = created!.id;
			role = 'provider';
		} else {
			userId = existing.id;
			role = existing.role;
			if (passwordHash) {
				await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
			}
		}
		const actor = userActor({ id: userId, email: inv.email, role, displayName, memberships: [] });
		if (!existing) {
			await recordAudit(tx, {
				actor,
				action: 'user.create',
				entityType: 'user',
				entityId: userId,
				institutionId: inv.institutionId,
				before: null,
				after: {
					email: inv.email,
					role,
					displayName,
					hasPassword: true,
					institution: { slug: inv.institutionSlug, role: inv.role },
					via: 'invitation'
				}
			});
		} else if (passwordHash) {
			await recordAudit(tx, {
				actor,
				action: 'user.password_set',
				entityType: 'user',
				entityId: userId,
				before: { hasPassword: false },
				after: { hasPassword: true, via: 'invitation' }
			});
		}

		const [member] = await tx
			.select({ role: memberships.role })
			.from(memberships)
			.where(and(eq(memberships.userId, userId), eq(memberships.institutionId, inv.institutionId)));
		if (!member) {
			await tx
				.insert(memberships)
				.values({ userId, institutionId: inv.institutionId, role: inv.role, createdAt: now });
			await recordAudit(tx, {
				actor,
				action: 'membership.create',
				entityType: 'membership',
				entityId: `${userId}:${inv.institutionId}`,
				institutionId: inv.institutionId,
				before: null,
				after: { email: inv.email, role: inv.role, via: 'invitation' }
			});
		} else if (member.role === 'editor' && inv.role === 'manager') {
			await tx
				.update(memberships)
				.set({ role: 'manager' })
				.where(
					and(eq(memberships.userId, userId), eq(memberships.institutionId, inv.institutionId))
				);
			await recordAudit(tx, {
				actor,
				action: 'membership.update',
				entityType: 'membership',
				entityId: `${userId}:${inv.institutionId}`,
				institutionId: inv.institutionId,
				before: { role: 'editor' },
				after: { role: 'manager', via: 'invitation' }
			});
		}
		await recordAudit(tx, {
			actor,
			action: 'invitation.accept',
			entityType: 'invitation',
			entityId: inv.id,
			institutionId: inv.institutionId,
			before: { acceptedAt: null },
			after: { acceptedAt: now, userId, role: inv.role }
		});
		const session = await createSession(tx, {
			userId,
			userAgent: context.userAgent,
			currentToken: context.currentToken,
			now
		});
		return { userId, session };
	});

	const user = await loadSessionUser(db, result.userId);
	return { user: user!, session: result.session, institutionSlug: inv.institutionSlug };
}
