/**
 * Field messages for the account forms in the interface language. The use
 * cases check the same rules again (in German, for logs and the API); routes
 * ask here first so the user reads the message in their language.
 * Not exported from index.ts: it needs the Paraglide messages.
 */
import { m } from '$lib/paraglide/messages';
import { checkPassword } from './password-policy';

export function passwordProblem(password: string, userInputs: string[]): string | undefined {
	if (!password) return m.account_password_missing();
	const check = checkPassword(password, userInputs);
	if (check.ok) return undefined;
	return {
		too_short: m.account_password_too_short,
		too_long: m.account_password_too_long,
		weak: m.account_password_weak
	}[check.reason]();
}

/** Errors of a "new password + repeat" pair, keyed by field name. */
export function newPasswordErrors(
	password: string,
	repeat: string,
	userInputs: string[],
	fields: { password: string; repeat: string } = { password: 'password', repeat: 'passwordRepeat' }
): Record<string, string> {
	const errors: Record<string, string> = {};
	const problem = passwordProblem(password, userInputs);
	if (problem) errors[fields.password] = problem;
	if (!repeat) errors[fields.repeat] = m.account_password_repeat_missing();
	else if (password && repeat !== password) errors[fields.repeat] = m.account_password_mismatch();
	return errors;
}
