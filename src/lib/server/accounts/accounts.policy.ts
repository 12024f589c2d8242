/** Who may do what with accounts. Every accounts use case asks here. */
import { AppError, ErrorCode } from '../errors';
import type { Actor, TUserRole } from './accounts.schemas';

/** Admins create anyone; coordinators create providers; the CLI acts as the system. */
export function canCreateUser(actor: Actor, role: TUserRole): boolean {
	if (actor.kind === 'system') return true;
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
