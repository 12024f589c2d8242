import type { Logger } from 'pino';
import type { SessionUser } from '$lib/server/accounts';

declare global {
	namespace App {
		interface Error {
			message: string;
			requestId?: string;
		}
		interface Locals {
			requestId: string;
			log: Logger;
			locale: 'de' | 'en';
			/** The signed-in user, or null. Set by the session hook. */
			user: SessionUser | null;
		}
	}
}

export {};
