/**
 * Invitations to an institution: staff and the institution's managers invite a
 * person by e-mail as editor or manager. The mailed link (valid 7 days) lets
 * them set a password (see accept-invitation.ts). Inviting the same address to
 * the same institution again replaces the open invitation.
 */
import { and, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { institutions, invitations, memberships, users } from '../db/schema';
import { recordAudit } from '../audit';
import { cityConfig } from '../config/city';
import { AppError, ErrorCode } from '../errors';
import { logger } from '../logger';
import { composeMail, sendMail, type MailTransportOptions } from '../mail';
import { publicBaseUrl } from '../urls';
import { assertCan, canManageInstitution, isStaff } from './accounts.policy';
import { findUserByEmail } from './accounts.queries';
import { MEMBERSHIP_ROLES, ZEmail, type Actor, type TMembershipRole } from './accounts.schemas';
import { formatMailDateTime, hashLinkToken, isLinkTokenShape, newLinkToken } from './link-tokens';

export const INVITATION_VALID_MS = 7 * 24 * 60 * 60 * 1000;
export const invitationPath = (token: string) => `/einladung/${token}`;

export const ZInvitationInput = z.object({
	email: ZEmail,
	institutionId: z.uuid({ error: 'Bitte wählen Sie eine Einrichtung.' }),
	role: z.enum(MEMBERSHIP_ROLES, { error: 'Bitte wählen Sie eine Rolle.' })
});
export type TInvitationInput = z.input<typeof ZInvitationInput>;

export const MEMBERSHIP_ROLE_LABEL: Record<TMembershipRole, string> = {
	editor: 'Bearbeiter*in',
	manager: 'Verwalter*in'
};
const ROLE_EXPLAINED: Record<TMembershipRole, string> = {
	editor: 'Als Bearbeiter*in legen Sie Angebote an, pflegen sie und reichen sie zur Prüfung ein.',
	manager:
		'Als Verwalter*in pflegen Sie außerdem das Profil der Einrichtung, laden Kolleg*innen ein und verwalten API-Tokens.'
};

export interface InvitationInfo {
	id: string;
	email: string;
	institutionId: string;
	institutionSlug: string;
	institutionName: string;
	role: TMembershipRole;
	invitedBy: string | null;
	createdAt: string;
	expiresAt: string;
	expired: boolean;
}

const invalid = (error: z.ZodError): AppError => {
	const issues = error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
	return new AppError(ErrorCode.InvalidInput, issues[0]?.message ?? 'Ungültige Eingabe.', issues);
};

const openFor = (email: string, institutionId: string): SQL =>
	and(
		eq(sql`lower(${invitations.email})`, email.toLowerCase()),
		eq(invitations.institutionId, institutionId),
		isNull(invitations.acceptedAt),
		isNull(invitations.revokedAt)
	)!;

/** Creates (or replaces) an invitation and mails the link. A failed mail stays in the outbox. */
export async function inviteToInstitution(
	db: Db,
	{
		actor,
		input,
		now = new Date(),
		mail
	}: { actor: Actor; input: TInvitationInput; now?: Date; mail?: MailTransportOptions }
): Promise<{ invitation: InvitationInfo; mailed: boolean }> {
	const parsed = ZInvitationInput.safeParse(input);
	if (!parsed.success) throw invalid(parsed.error);
	const { email, institutionId, role } = parsed.data;
	assertCan(
		canManageInstitution(actor, institutionId),
		'Einladen dürfen nur die Verwalter*innen der Einrichtung und das Bildungsbüro.'
	);
	const [inst] = await db
		.select({
			id: institutions.id,
			slug: institutions.slug,
			name: institutions.name,
			locality: institutions.locality
		})
		.from(institutions)
		.where(eq(institutions.id, institutionId));
	if (!inst) throw new AppError(ErrorCode.NotFound, 'Diese Einrichtung gibt es nicht.');

	const existing = await findUserByEmail(db, email);
	if (existing?.disabledAt) {
		const message = 'Das Konto mit dieser E-Mail-Adresse ist gesperrt.';
		throw new AppError(ErrorCode.Conflict, message, [{ field: 'email', message }]);
	}
	if (existing) {
		const [member] = await db
			.select({ role: memberships.role })
			.from(memberships)
			.where(and(eq(memberships.userId, existing.id), eq(memberships.institutionId, inst.id)));
		if (member) {
			const message = `${email} gehört bereits zu „${inst.name}“.`;
			throw new AppError(ErrorCode.Conflict, message, [{ field: 'email', message }]);
		}
	}

	const token = newLinkToken();
	const expiresAt = new Date(now.getTime() + INVITATION_VALID_MS);
	const invitedBy = actor.kind === 'user' ? actor.user.id : null;
	const row = await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		const replaced = await tx
			.update(invitations)
			.set({ revokedAt: now })
			.where(openFor(email, inst.id))
			.returning({ id: invitations.id });
		for (const old of replaced) {
			await recordAudit(tx, {
				actor,
				action: 'invitation.revoke',
				entityType: 'invitation',
				entityId: old.id,
				institutionId: inst.id,
				before: { revokedAt: null },
				after: { revokedAt: now, reason: 'replaced' }
			});
		}
		const [created] = await tx
			.insert(invitations)
			.values({
				tokenHash: hashLinkToken(token),
				email,
				institutionId: inst.id,
				membershipRole: role,
				invitedBy,
				createdAt: now,
				expiresAt
			})
			.returning();
		await recordAudit(tx, {
			actor,
			action: 'invitation.create',
			entityType: 'invitation',
			entityId: created!.id,
			institutionId: inst.id,
			before: null,
			after: { email, role, expiresAt, replaces: replaced.map((r) => r.id) }
		});
		return created!;
	});

	const { city } = cityConfig();
	const inviter =
		actor.kind === 'user' ? `${actor.user.displayName} (${actor.user.email})` : city.office.name;
	const content = composeMail({
		subject: `Einladung: ${inst.name}`,
		paragraphs: [
			`${inviter} lädt Sie ein, in der Bildungslandschaft ${city.name} die Angebote von „${inst.name}“ (${inst.locality}) zu pflegen – als ${MEMBERSHIP_ROLE_LABEL[role]}.`,
			ROLE_EXPLAINED[role],
			`Einladung annehmen und Passwort festlegen: ${publicBaseUrl()}${invitationPath(token)}`,
			`Die Einladung gilt bis ${formatMailDateTime(expiresAt, city.timezone)}.`,
			'Wenn Sie mit dieser Einladung nichts anfangen können, ignorieren Sie diese E-Mail einfach.'
		]
	});
	let mailed = true;
	try {
		await sendMail(db, { input: { to: email, ...content }, options: mail });
	} catch (err) {
		mailed = false;
		logger.error({ err, invitationId: row.id }, 'invitation mail failed');
	}
	return {
		invitation: {
			id: row.id,
			email,
			institutionId: inst.id,
			institutionSlug: inst.slug,
			institutionName: inst.name,
			role,
			invitedBy: actor.kind === 'user' ? actor.user.email : null,
			createdAt: row.createdAt.toISOString(),
			expiresAt: row.expiresAt.toISOString(),
			expired: false
		},
		mailed
	};
}

/**
 * Open invitations (neither accepted nor revoked; expired ones flagged), newest
 * first. Staff see all (optionally of one institution); managers only their
 * institution's.
 */
export async function listInvitations(
	db: Db,
	{
		actor,
		institutionId,
		page = 1,
		pageSize = 50,
		now = new Date()
	}: { actor: Actor; institutionId?: string; page?: number; pageSize?: number; now?: Date }
): Promise<{ total: number; items: InvitationInfo[] }> {
	if (institutionId) {
		if (!z.uuid().safeParse(institutionId).success) {
			throw new AppError(ErrorCode.NotFound, 'Diese Einrichtung gibt es nicht.');
		}
		assertCan(canManageInstitution(actor, institutionId));
	} else {
		assertCan(isStaff(actor), 'Alle Einladungen sieht nur das Bildungsbüro.');
	}
	const where = and(
		isNull(invitations.acceptedAt),
		isNull(invitations.revokedAt),
		institutionId ? eq(invitations.institutionId, institutionId) : undefined
	);
	const [total] = await db.select({ n: count() }).from(invitations).where(where);
	const rows = await db
		.select({
			id: invitations.id,
			email: invitations.email,
			institutionId: invitations.institutionId,
			institutionSlug: institutions.slug,
			institutionName: institutions.name,
			role: invitations.membershipRole,
			invitedBy: users.email,
			createdAt: invitations.createdAt,
			expiresAt: invitations.expiresAt
		})
		.from(invitations)
		.innerJoin(institutions, eq(institutions.id, invitations.institutionId))
		.leftJoin(users, eq(users.id, invitations.invitedBy))
		.where(where)
		.orderBy(desc(invitations.createdAt), desc(invitations.id))
		.limit(Math.min(Math.max(pageSize, 1), 200))
		.offset((Math.max(page, 1) - 1) * pageSize);
	return {
		total: total?.n ?? 0,
		items: rows.map((r) => ({
			...r,
			createdAt: r.createdAt.toISOString(),
			expiresAt: r.expiresAt.toISOString(),
			expired: r.expiresAt.getTime() <= now.getTime()
		}))
	};
}

/** Withdraws an open invitation; its link stops working. */
export async function revokeInvitation(
	db: Db,
	{ actor, invitationId, now = new Date() }: { actor: Actor; invitationId: string; now?: Date }
): Promise<void> {
	if (!z.uuid().safeParse(invitationId).success) {
		throw new AppError(ErrorCode.NotFound, 'Diese Einladung gibt es nicht.');
	}
	const [row] = await db.select().from(invitations).where(eq(invitations.id, invitationId));
	if (!row) throw new AppError(ErrorCode.NotFound, 'Diese Einladung gibt es nicht.');
	assertCan(
		canManageInstitution(actor, row.institutionId),
		'Einladungen widerrufen nur die Verwalter*innen der Einrichtung und das Bildungsbüro.'
	);
	if (row.acceptedAt) {
		throw new AppError(ErrorCode.Conflict, 'Diese Einladung wurde bereits angenommen.');
	}
	if (row.revokedAt) return;
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		await tx.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, row.id));
		await recordAudit(tx, {
			actor,
			action: 'invitation.revoke',
			entityType: 'invitation',
			entityId: row.id,
			institutionId: row.institutionId,
			before: { revokedAt: null },
			after: { revokedAt: now, email: row.email }
		});
	});
}

export type InvitationStatus = 'valid' | 'expired' | 'revoked' | 'accepted' | 'invalid';

export interface InvitationView {
	status: InvitationStatus;
	invitation?: {
		id: string;
		email: string;
		institutionId: string;
		institutionSlug: string;
		institutionName: string;
		institutionLocality: string;
		role: TMembershipRole;
		expiresAt: string;
		/** none: a new account is created; password: the account exists; no_password: it exists without a password. */
		account: 'none' | 'password' | 'no_password';
	};
}

/** What the invitation page shows for a link. */
export async function getInvitation(
	db: Db,
	token: string,
	now: Date = new Date()
): Promise<InvitationView> {
	if (!isLinkTokenShape(token)) return { status: 'invalid' };
	const [row] = await db
		.select({
			id: invitations.id,
			email: invitations.email,
			institutionId: invitations.institutionId,
			institutionSlug: institutions.slug,
			institutionName: institutions.name,
			institutionLocality: institutions.locality,
			role: invitations.membershipRole,
			expiresAt: invitations.expiresAt,
			acceptedAt: invitations.acceptedAt,
			revokedAt: invitations.revokedAt
		})
		.from(invitations)
		.innerJoin(institutions, eq(institutions.id, invitations.institutionId))
		.where(eq(invitations.tokenHash, hashLinkToken(token)));
	if (!row) return { status: 'invalid' };
	if (row.acceptedAt) return { status: 'accepted' };
	if (row.revokedAt) return { status: 'revoked' };
	if (row.expiresAt.getTime() <= now.getTime()) return { status: 'expired' };
	const user = await findUserByEmail(db, row.email);
	if (user?.disabledAt) return { status: 'invalid' };
	return {
		status: 'valid',
		invitation: {
			id: row.id,
			email: row.email,
			institutionId: row.institutionId,
			institutionSlug: row.institutionSlug,
			institutionName: row.institutionName,
			institutionLocality: row.institutionLocality,
			role: row.role,
			expiresAt: row.expiresAt.toISOString(),
			account: !user ? 'none' : user.passwordHash ? 'password' : 'no_password'
		}
	};
}

/** Every institution by name, for the institution select of the staff invitation form. */
export async function listInstitutionOptions(
	db: Db
): Promise<{ id: string; slug: string; name: string }[]> {
	return db
		.select({ id: institutions.id, slug: institutions.slug, name: institutions.name })
		.from(institutions)
		.orderBy(institutions.name, institutions.slug);
}
