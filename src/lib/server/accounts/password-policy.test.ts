import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

describe('checkPassword', () => {
	it('rejects passwords shorter than 12 characters', () => {
		const r = checkPassword('xY7#kq2!Lm');
		expect(r).toEqual({
			ok: false,
			reason: 'too_short',
			message: expect.stringContaining('mindestens 12 Zeichen')
		});
	});

	it('rejects common and dictionary passwords', () => {
		for (const p of ['passwort12345', 'Hallo123456789', 'qwertzuiopasdf', '123456789012']) {
			const r = checkPassword(p);
			expect(r.ok, p).toBe(false);
			if (!r.ok) expect(r.message).toContain('zu leicht zu erraten');
			if (!r.ok) expect(r.reason).toBe('weak');
		}
	});

	it('rejects a password built from the e-mail address', () => {
		expect(checkPassword('annamueller2024', ['anna.mueller@example.org']).ok).toBe(false);
	});

	it('accepts long random passwords and passphrases', () => {
		expect(checkPassword('xY7#kq2!Lm9p')).toEqual({ ok: true });
		expect(checkPassword('korrekt Pferd Batterie Heftklammer')).toEqual({ ok: true });
	});
});
