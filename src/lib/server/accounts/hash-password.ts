/**
 * Argon2id password hashes (OWASP parameters: 19 MiB, 2 passes, 1 lane — the
 * library's defaults, spelled out so a library update cannot weaken them).
 */
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

let dummy: Promise<string> | undefined;

/**
 * Spends the same time as a real verification, for unknown or password-less
 * accounts, so response times do not reveal which e-mail addresses exist.
 */
export async function verifyDummy(password: string): Promise<false> {
	dummy ??= hashPassword('dummy-password-for-timing-only');
	await verifyPassword(await dummy, password);
	return false;
}
