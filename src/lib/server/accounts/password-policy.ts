/**
 * Passwords: at least 12 characters and not guessable — zxcvbn with the common
 * and German dictionaries must score at least 3 of 4. Messages are German.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
const MIN_SCORE = 3;

let zxcvbn: ZxcvbnFactory | undefined;
function checker(): ZxcvbnFactory {
	zxcvbn ??= new ZxcvbnFactory({
		dictionary: { ...common.dictionary, ...de.dictionary },
		graphs: common.adjacencyGraphs
	});
	return zxcvbn;
}

export type PasswordProblem = 'too_short' | 'too_long' | 'weak';
export type PasswordCheck = { ok: true } | { ok: false; reason: PasswordProblem; message: string };

/** `userInputs`: e-mail address, name … — a password built from them is weak. */
export function checkPassword(password: string, userInputs: string[] = []): PasswordCheck {
	if (password.length < MIN_PASSWORD_LENGTH) {
		return {
			ok: false,
			reason: 'too_short',
			message: `Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein.`
		};
	}
	if (password.length > MAX_PASSWORD_LENGTH) {
		return {
			ok: false,
			reason: 'too_long',
			message: `Das Passwort darf höchstens ${MAX_PASSWORD_LENGTH} Zeichen lang sein.`
		};
	}
	const inputs = userInputs
		.map((s) => s.toLowerCase())
		.flatMap((s) => [s, s.split('@')[0]!.replace(/[.\s_-]+/g, ''), ...s.split(/[@.\s_-]+/)])
		.filter(Boolean);
	const result = checker().check(password, inputs);
	if (result.score < MIN_SCORE) {
		return {
			ok: false,
			reason: 'weak',
			message:
				'Das Passwort ist zu leicht zu erraten (bekanntes Passwort, Wort aus dem Wörterbuch oder einfaches Muster). Besser: mehrere zufällige Wörter oder ein Passwort-Manager.'
		};
	}
	return { ok: true };
}
