/** Labels and formats the back-office pages share. */
import { dateTimeFormat } from '$lib/intl';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

export type OfferStatusCode =
	'draft' | 'in_review' | 'published' | 'archived' | 'changes_requested' | 'rejected';

export function statusLabel(status: string): string {
	switch (status) {
		case 'draft':
			return m.admin_status_draft();
		case 'in_review':
			return m.admin_status_in_review();
		case 'published':
			return m.admin_status_published();
		case 'archived':
			return m.admin_status_archived();
		case 'changes_requested':
			return m.admin_status_changes_requested();
		case 'rejected':
			return m.admin_status_rejected();
		default:
			return status;
	}
}

export function commentKindLabel(kind: string): string {
	switch (kind) {
		case 'changes_requested':
			return m.admin_comment_kind_changes_requested();
		case 'rejected':
			return m.admin_comment_kind_rejected();
		case 'approved':
			return m.admin_comment_kind_approved();
		case 'submitted':
			return m.admin_comment_kind_submitted();
		default:
			return m.admin_comment_kind_comment();
	}
}

/** "12.03.2026, 14:05" / "12 Mar 2026, 14:05" in the city's time zone. */
export function formatMoment(iso: string, timeZone = 'Europe/Berlin'): string {
	return dateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
		new Date(iso)
	);
}

/** "12.03.2026" / "12 Mar 2026". */
export function formatDay(iso: string, timeZone = 'Europe/Berlin'): string {
	return dateTimeFormat(getLocale(), { dateStyle: 'medium', timeZone }).format(new Date(iso));
}
