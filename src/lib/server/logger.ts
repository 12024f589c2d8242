import pino from 'pino';
import { env } from './env';

/** Structured JSON logs on stdout; one child logger per request carries its id. */
export const logger = pino({
	level: env.NODE_ENV === 'test' ? 'silent' : env.LOG_LEVEL,
	base: { app: 'bildungslandschaft' },
	timestamp: pino.stdTimeFunctions.isoTime
});
