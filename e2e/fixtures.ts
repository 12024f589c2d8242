/**
 * The accounts every end-to-end test can sign in with, created by the global
 * setup before the server starts (the CLI cannot open a PGlite folder while
 * the server holds it). Institutions A and B are the first two seeded
 * institutions by name; providers are managers of their institution.
 */
export const E2E_PASSWORD = 'Sonnenblumen-Feld-am-Salzgittersee-2026';

export interface E2eAccount {
	email: string;
	password: string;
	role: 'admin' | 'coordinator' | 'provider';
	institution?: { id: string; slug: string; name: string };
}

export interface E2eAccounts {
	admin: E2eAccount;
	coordinator: E2eAccount;
	providerA: E2eAccount & { institution: { id: string; slug: string; name: string } };
	providerB: E2eAccount & { institution: { id: string; slug: string; name: string } };
}
