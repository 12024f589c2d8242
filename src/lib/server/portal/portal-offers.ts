/**
 * What the provider portal shows about "my" offers: the dashboard (counts per
 * status, offers that need re-checking soon, offers with requested changes)
 * and the filtered, paged offer list. "Mine" means the offers of the
 * institutions the user is a member of; staff see their own memberships here
 * and everything else in the back office.
 *
 * Statuses are shown as buckets: a published offer with a pending change under
 * review is "change_in_review", one whose pending change was sent back counts
 * with "changes_requested" (the provider has to act either way).
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { memberships, users } from '../db/schema';
import { assertCan, canEditInstitutionOffers, type Actor } from '../accounts';
import { getSettings, type TFreshness } from '../settings';
import { listInstitutionOffers } from '../offers';
import { freshnessOf, type Freshness } from '../freshness';

export const OFFER_BUCKETS = [
	'changes_requested',
	'draft',
	'in_review',
	'change_in_review',
	'published',
	'rejected',
	'archived'
] as const;
export type OfferBucket = (typeof OFFER_BUCKETS)[number];

type OfferStatus =
	'draft' | 'in_review' | 'published' | 'archived' | 'changes_requested' | 'rejected';
type ChangeState = 'draft' | 'in_review' | 'changes_requested';

/** The dashboard/list bucket of an offer, from its status and its pending change (if any). */
export function bucketOf(status: OfferStatus, changeState: ChangeState | null): OfferBucket {
	if (status === 'published') {
		if (changeState === 'in_review') return 'change_in_review';
		if (changeState === 'changes_requested') return 'changes_requested';
		return 'published';
	}
	return status;
}

export interface PortalOffer {
	id: string;
	slug: string;
	title: string;
	status: OfferStatus;
	changeState: ChangeState | null;
	bucket: OfferBucket;
	institution: { id: string; slug: string; name: string };
	lastVerifiedAt: string | null;
	publishedAt: string | null;
	updatedAt: string;
	/** Only for published offers (the freshness module's periods and states). */
	freshness: Freshness | null;
}

/** The institutions the actor belongs to (memberships; staff see theirs here, the rest in /admin). */
function myInstitutions(actor: Actor) {
	if (actor.kind !== 'user') return [];
	return actor.user.memberships.map((ms) => ({
		id: ms.institutionId,
		slug: ms.institutionSlug,
		name: ms.institutionName,
		role: ms.role
	}));
}

async function loadMyOffers(db: Db, actor: Actor, now: Date): Promise<PortalOffer[]> {
	const mine = myInstitutions(actor);
	const slugs = new Map(mine.map((i) => [i.id, i.slug]));
	const { freshness } = await getSettings(db);
	const rows = await listInstitutionOffers(db, { actor, institutionIds: mine.map((i) => i.id) });
	const byTitle = (a: { title: string }, b: { title: string }) =>
		a.title.localeCompare(b.title, 'de');
	return [...rows].sort(byTitle).map((r) => ({
		id: r.id,
		slug: r.slug,
		title: r.title,
		status: r.status,
		changeState: r.changeState,
		bucket: bucketOf(r.status, r.changeState),
		institution: {
			id: r.institutionId,
			slug: slugs.get(r.institutionId) ?? '',
			name: r.institutionName
		},
		lastVerifiedAt: r.lastVerifiedAt,
		publishedAt: r.publishedAt,
		updatedAt: r.updatedAt,
		freshness: r.status === 'published' ? freshnessOf(r, freshness, now) : null
	}));
}

const emptyCounts = (): Record<OfferBucket, number> =>
	Object.fromEntries(OFFER_BUCKETS.map((b) => [b, 0])) as Record<OfferBucket, number>;

/** The instant an offer's freshness counts from (ms), -Infinity without one. */
const checkedAt = (o: PortalOffer) => o.freshness?.verifiedAt?.getTime() ?? -Infinity;

/**
 * Published offers that are due soon, stale or hidden; those without any date
 * first, then the oldest check (or publication, when never checked) first.
 */
function needsCheck(offers: PortalOffer[]): PortalOffer[] {
	return offers
		.filter((o) => o.freshness && o.freshness.state !== 'fresh')
		.sort((a, b) => checkedAt(a) - checkedAt(b) || a.title.localeCompare(b.title, 'de'));
}

export interface PortalDashboard {
	institutions: {
		id: string;
		slug: string;
		name: string;
		role: 'editor' | 'manager';
		total: number;
		published: number;
	}[];
	counts: Record<OfferBucket, number>;
	total: number;
	/** Published offers to re-check (stale or soon stale), oldest check first. */
	needsCheck: PortalOffer[];
	/** Offers (or pending changes) the education office sent back, for the editor. */
	changesRequested: PortalOffer[];
	freshness: TFreshness;
}

/** Everything the portal's start page shows for the signed-in provider. */
export async function getPortalDashboard(
	db: Db,
	{ actor, now = new Date() }: { actor: Actor; now?: Date }
): Promise<PortalDashboard> {
	const offers = await loadMyOffers(db, actor, now);
	const counts = emptyCounts();
	for (const o of offers) counts[o.bucket]++;
	const { freshness } = await getSettings(db);
	return {
		institutions: myInstitutions(actor).map((i) => ({
			...i,
			total: offers.filter((o) => o.institution.id === i.id).length,
			published: offers.filter((o) => o.institution.id === i.id && o.status === 'published').length
		})),
		counts,
		total: offers.length,
		needsCheck: needsCheck(offers),
		changesRequested: offers.filter((o) => o.bucket === 'changes_requested'),
		freshness
	};
}

export interface PortalOfferFilter {
	status?: OfferBucket;
	/** Institution slug (one of mine). */
	institution?: string;
	/** Part of the title; case and accents are ignored. */
	q?: string;
	/** Only published offers that are stale or soon will be. */
	due?: boolean;
}

export interface PortalOfferPage {
	total: number;
	page: number;
	pageSize: number;
	items: PortalOffer[];
}

/** Lower case without accents, ß as ss: "Straße" and "strasse" match. */
const fold = (s: string) =>
	s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');

/** One page of my offers, filtered, sorted by title. */
export async function listPortalOffers(
	db: Db,
	{
		actor,
		filter = {},
		page = 1,
		pageSize = 50,
		now = new Date()
	}: { actor: Actor; filter?: PortalOfferFilter; page?: number; pageSize?: number; now?: Date }
): Promise<PortalOfferPage> {
	const offers = await loadMyOffers(db, actor, now);
	const q = filter.q ? fold(filter.q.trim()) : '';
	const matching = (filter.due ? needsCheck(offers) : offers).filter(
		(o) =>
			(!filter.status || o.bucket === filter.status) &&
			(!filter.institution || o.institution.slug === filter.institution) &&
			(!q || fold(o.title).includes(q))
	);
	const start = (page - 1) * pageSize;
	return { total: matching.length, page, pageSize, items: matching.slice(start, start + pageSize) };
}

/** Names of an institution's managers: the people an editor asks to change the profile. */
export async function listInstitutionManagers(
	db: Db,
	{ actor, institutionId }: { actor: Actor; institutionId: string }
): Promise<{ displayName: string; email: string }[]> {
	assertCan(canEditInstitutionOffers(actor, institutionId));
	return db
		.select({ displayName: users.displayName, email: users.email })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(
			and(
				eq(memberships.institutionId, institutionId),
				eq(memberships.role, 'manager'),
				isNull(users.disabledAt)
			)
		)
		.orderBy(asc(users.displayName));
}
