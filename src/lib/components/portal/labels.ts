/** Labels of the portal's offer statuses, in the current interface language. */
import { m } from '$lib/paraglide/messages';

export type OfferBucket =
	| 'changes_requested'
	| 'draft'
	| 'in_review'
	| 'change_in_review'
	| 'published'
	| 'rejected'
	| 'archived';
export type OfferStatus =
	'draft' | 'in_review' | 'published' | 'archived' | 'changes_requested' | 'rejected';
export type ChangeState = 'draft' | 'in_review' | 'changes_requested';

/** Order of the dashboard counts and of the list's status filter. */
export const BUCKETS: OfferBucket[] = [
	'changes_requested',
	'draft',
	'in_review',
	'change_in_review',
	'published',
	'rejected',
	'archived'
];

/** Plural heading of a bucket ("Entwürfe"). */
export function bucketLabel(b: OfferBucket): string {
	switch (b) {
		case 'draft':
			return m.portal_bucket_draft();
		case 'in_review':
			return m.portal_bucket_in_review();
		case 'change_in_review':
			return m.portal_bucket_change_in_review();
		case 'changes_requested':
			return m.portal_bucket_changes_requested();
		case 'rejected':
			return m.portal_bucket_rejected();
		case 'published':
			return m.portal_bucket_published();
		case 'archived':
			return m.portal_bucket_archived();
	}
}

/** Status of one offer ("Entwurf"). */
export function statusLabel(s: OfferStatus): string {
	switch (s) {
		case 'draft':
			return m.portal_status_draft();
		case 'in_review':
			return m.portal_status_in_review();
		case 'changes_requested':
			return m.portal_status_changes_requested();
		case 'rejected':
			return m.portal_status_rejected();
		case 'published':
			return m.portal_status_published();
		case 'archived':
			return m.portal_status_archived();
	}
}

/** State of a pending change to a published offer. */
export function changeLabel(c: ChangeState): string {
	switch (c) {
		case 'draft':
			return m.portal_change_draft();
		case 'in_review':
			return m.portal_change_in_review();
		case 'changes_requested':
			return m.portal_change_changes_requested();
	}
}

export function roleLabel(role: 'editor' | 'manager' | 'staff'): string {
	return role === 'manager'
		? m.portal_role_manager()
		: role === 'editor'
			? m.portal_role_editor()
			: m.portal_role_staff();
}
