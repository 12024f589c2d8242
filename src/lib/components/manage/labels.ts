/** Interface labels for roles and statuses shown on the management pages. */
import { m } from '$lib/paraglide/messages';

export function userRoleLabel(role: string): string {
	switch (role) {
		case 'admin':
			return m.manage_role_admin();
		case 'coordinator':
			return m.manage_role_coordinator();
		case 'provider':
			return m.manage_role_provider();
		default:
			return role;
	}
}

export function membershipRoleLabel(role: string): string {
	return role === 'manager' ? m.manage_membership_manager() : m.manage_membership_editor();
}

export function userStatusLabel(status: string): string {
	switch (status) {
		case 'active':
			return m.manage_status_active();
		case 'disabled':
			return m.manage_status_disabled();
		default:
			return m.manage_status_invited();
	}
}

export function offerStatusLabel(status: string): string {
	switch (status) {
		case 'draft':
			return m.manage_offer_status_draft();
		case 'in_review':
			return m.manage_offer_status_in_review();
		case 'published':
			return m.manage_offer_status_published();
		case 'archived':
			return m.manage_offer_status_archived();
		case 'changes_requested':
			return m.manage_offer_status_changes_requested();
		case 'rejected':
			return m.manage_offer_status_rejected();
		default:
			return status;
	}
}

export function localeLabel(locale: string): string {
	return locale === 'en' ? m.manage_locale_en() : m.manage_locale_de();
}
