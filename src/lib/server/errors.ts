/**
 * One error type for expected failures. Each code maps to one HTTP status here
 * and nowhere else; anything that is not an AppError is unexpected and is
 * logged with the request id by handleError.
 */
export const ErrorCode = {
	NotFound: 'not_found',
	InvalidInput: 'invalid_input',
	Unauthenticated: 'unauthenticated',
	Forbidden: 'forbidden',
	Conflict: 'conflict',
	Unavailable: 'unavailable'
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const statusOf: Record<ErrorCode, number> = {
	not_found: 404,
	invalid_input: 400,
	unauthenticated: 401,
	forbidden: 403,
	conflict: 409,
	unavailable: 503
};

/** A field-level problem, as listed in problem+json `errors`. */
export interface FieldIssue {
	field: string;
	message: string;
}

export class AppError extends Error {
	readonly code: ErrorCode;
	readonly issues: FieldIssue[];
	constructor(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
		super(message);
		this.name = 'AppError';
		this.code = code;
		this.issues = issues;
	}
	get status(): number {
		return statusOf[this.code];
	}
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
