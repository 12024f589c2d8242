import { z } from 'zod';

export const USER_ROLES = ['admin', 'coordinator', 'provider'] as const;
export const MEMBERSHIP_ROLES = ['editor', 'manager'] as const;
export type TUserRole = (typeof USER_ROLES)[number];
export type TMembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const ZEmail = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.email({ error: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.' }).max(254));

export const ZCreateUser = z.object({
	email: ZEmail,
	role: z.enum(USER_ROLES, { error: 'Unbekannte Rolle.' }),
	displayName: z.string().trim().min(1).max(120).optional(),
	/** Omitted for invited users, who set their password later. */
	password: z.string().optional(),
	/** Slug of the institution the new user may edit. */
	institutionSlug: z.string().trim().min(1).optional(),
	membershipRole: z.enum(MEMBERSHIP_ROLES).default('editor')
});
export type TCreateUserInput = z.input<typeof ZCreateUser>;

export const ZSignIn = z.object({
	email: ZEmail,
	password: z.string().min(1, { error: 'Bitte geben Sie Ihr Passwort ein.' }).max(256)
});
export type TSignInInput = z.input<typeof ZSignIn>;

/** The signed-in user as the app sees it (`locals.user`). */
export interface SessionUser {
	id: string;
	email: string;
	role: TUserRole;
	displayName: string;
	memberships: {
		institutionId: string;
		institutionSlug: string;
		institutionName: string;
		role: TMembershipRole;
	}[];
}

/** An API token acting for its institution (write API). */
export interface TokenActor {
	kind: 'token';
	tokenId: string;
	institutionId: string;
	/** First characters of the token, for the audit log. */
	prefix: string;
	/** The user who created the token (null when created on the command line). */
	createdBy: string | null;
}

/** Who performs a use case: a signed-in user, an API token, or the command line / start-up. */
export type Actor =
	{ kind: 'user'; user: SessionUser } | TokenActor | { kind: 'system'; name: string };

export const systemActor = (name = 'cli'): Actor => ({ kind: 'system', name });
export const userActor = (user: SessionUser): Actor => ({ kind: 'user', user });
