import type { Logger } from 'pino';

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
		}
	}
}

export {};
