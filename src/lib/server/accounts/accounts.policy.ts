/** Who may do what with accounts. Every accounts use case asks here. */
import { AppError, ErrorCode } from '../errors';
import type { Actor, TUserRole } from './accounts.schemas';

/** Admins create anyone; coordinators create providers; the CLI acts as the system. */
export function canCreateUser(actor: Actor, role: TUserRole): boolean {
	if (actor.kind === 'system') return true;
	if (actor.kind === 'token') return false;
	if (actor.user.role === 'admin') return true;
	if (actor.user.role === 'coordinator') return role === 'provider';
	return false;
}

export function assertCanCreateUser(actor: Actor, role: TUserRole): void {
	if (!canCreateUser(actor, role)) {
		throw new AppError(ErrorCode.Forbidden, 'Sie dürfen keine Konten dieser Rolle anlegen.');
	}
}

/** Signing out everywhere concerns one's own sessions only. */
export function assertSignedIn(actor: Actor): asserts actor is Extract<Actor, { kind: 'user' }> {
	if (actor.kind !== 'user') {
		throw new AppError(ErrorCode.Unauthenticated, 'Bitte melden Sie sich an.');
	}
}

/** Education-office staff: coordinators and admins (and the system itself). */
export function isStaff(actor: Actor): boolean {
	if (actor.kind === 'system') return true;
	return (
		actor.kind === 'user' && (actor.user.role === 'admin' || actor.user.role === 'coordinator')
	);
}

export function isAdmin(actor: Actor): boolean {
	if (actor.kind === 'system') return true;
	return actor.kind === 'user' && actor.user.role === 'admin';
}

/** The actor's role in an institution: staff count as manager everywhere; tokens as editor of their own. */
export function institutionRole(actor: Actor, institutionId: string): 'editor' | 'manager' | null {
	if (isStaff(actor)) return 'manager';
	if (actor.kind === 'token') return actor.institutionId === institutionId ? 'editor' : null;
	if (actor.kind !== 'user') return null;
	return actor.user.memberships.find((ms) => ms.institutionId === institutionId)?.role ?? null;
}

/** Write offers of an institution: its members (editor or manager), its tokens, staff. */
export function canEditInstitutionOffers(actor: Actor, institutionId: string): boolean {
	return institutionRole(actor, institutionId) !== null;
}

/** Edit an institution's profile, invite colleagues, manage its API tokens: managers and staff. */
export function canManageInstitution(actor: Actor, institutionId: string): boolean {
	return institutionRole(actor, institutionId) === 'manager';
}

export function assertCan(allowed: boolean, message = 'Dazu fehlt Ihnen die Berechtigung.'): void {
	if (!allowed) throw new AppError(ErrorCode.Forbidden, message);
}
