/**
 * Personal API tokens per institution for the write API. A token is shown once
 * (`bl_…`); the database keeps its SHA-256 and a short prefix to tell tokens
 * apart. Managers of the institution and staff create and revoke them.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { apiTokens, institutions } from '../db/schema';
import { AppError, ErrorCode } from '../errors';
import { recordAudit } from '../audit';
import { assertCan, canManageInstitution } from './accounts.policy';
import type { Actor, TokenActor } from './accounts.schemas';

export const API_TOKEN_PREFIX = 'bl_';
/** Written at most once a minute per token. */
const TOUCH_INTERVAL_MS = 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const ZCreateApiToken = z.object({
	institutionId: z.uuid(),
	name: z
		.string()
		.trim()
		.min(1, { error: 'Bitte geben Sie dem Token einen Namen.' })
		.max(100, { error: 'Höchstens 100 Zeichen.' })
});

export interface ApiTokenInfo {
	id: string;
	institutionId: string;
	name: string;
	prefix: string;
	createdAt: string;
	lastUsedAt: string | null;
	revokedAt: string | null;
}

const toInfo = (r: typeof apiTokens.$inferSelect): ApiTokenInfo => ({
	id: r.id,
	institutionId: r.institutionId,
	name: r.name,
	prefix: r.prefix,
	createdAt: r.createdAt.toISOString(),
	lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
	revokedAt: r.revokedAt?.toISOString() ?? null
});

/** Creates a token; the returned `token` is the only time it is ever visible. */
export async function createApiToken(
	db: Db,
	{ actor, input }: { actor: Actor; input: z.input<typeof ZCreateApiToken> }
): Promise<{ token: string; info: ApiTokenInfo }> {
	const parsed = ZCreateApiToken.safeParse(input);
	if (!parsed.success) {
		const issues = parsed.error.issues.map((i) => ({
			field: i.path.join('.'),
			message: i.message
		}));
		throw new AppError(ErrorCode.InvalidInput, issues[0]?.message ?? 'Ungültige Eingabe.', issues);
	}
	const { institutionId, name } = parsed.data;
	assertCan(
		canManageInstitution(actor, institutionId),
		'API-Tokens verwalten nur die Leitung der Einrichtung und das Bildungsbüro.'
	);
	const [inst] = await db
		.select({ id: institutions.id })
		.from(institutions)
		.where(eq(institutions.id, institutionId));
	if (!inst) throw new AppError(ErrorCode.NotFound, 'Diese Einrichtung gibt es nicht.');
	const token = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
	const prefix = token.slice(0, 10);
	return db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		const [row] = await tx
			.insert(apiTokens)
			.values({
				institutionId,
				name,
				tokenHash: hashToken(token),
				prefix,
				createdBy: actor.kind === 'user' ? actor.user.id : null
			})
			.returning();
		await recordAudit(tx, {
			actor,
			action: 'api_token.create',
			entityType: 'api_token',
			entityId: row!.id,
			institutionId,
			before: null,
			after: { name, prefix }
		});
		return { token, info: toInfo(row!) };
	});
}

export async function revokeApiToken(
	db: Db,
	{ actor, tokenId }: { actor: Actor; tokenId: string }
): Promise<void> {
	const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, tokenId));
	if (!row) throw new AppError(ErrorCode.NotFound, 'Dieses Token gibt es nicht.');
	assertCan(
		canManageInstitution(actor, row.institutionId),
		'API-Tokens verwalten nur die Leitung der Einrichtung und das Bildungsbüro.'
	);
	if (row.revokedAt) return;
	const now = new Date();
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		await tx.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, tokenId));
		await recordAudit(tx, {
			actor,
			action: 'api_token.revoke',
			entityType: 'api_token',
			entityId: tokenId,
			institutionId: row.institutionId,
			before: { revokedAt: null },
			after: { revokedAt: now }
		});
	});
}

export async function listApiTokens(
	db: Db,
	{ actor, institutionId }: { actor: Actor; institutionId: string }
): Promise<ApiTokenInfo[]> {
	assertCan(canManageInstitution(actor, institutionId));
	const rows = await db
		.select()
		.from(apiTokens)
		.where(eq(apiTokens.institutionId, institutionId))
		.orderBy(desc(apiTokens.createdAt));
	return rows.map(toInfo);
}

/** The actor for a bearer token, or null when it is unknown or revoked. Records the use. */
export async function authenticateApiToken(db: Db, token: string): Promise<TokenActor | null> {
	if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
	const [row] = await db
		.select()
		.from(apiTokens)
		.where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)));
	if (!row) return null;
	const now = new Date();
	if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
		await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
	}
	return {
		kind: 'token',
		tokenId: row.id,
		institutionId: row.institutionId,
		prefix: row.prefix,
		createdBy: row.createdBy
	};
}
