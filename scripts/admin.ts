/**
 * `npm run admin -- create-user --email E --role admin|coordinator|provider
 *   [--name NAME] [--institution SLUG] [--manager] --password-stdin`
 *
 * Administration from the command line (the CLI acts as the system actor).
 * The password is read from stdin, never from the command line, so it stays
 * out of shell history and process lists:
 *   printf '%s' "$PASSWORT" | npm run admin -- create-user --email … --role admin --password-stdin
 */
import { parseArgs } from 'node:util';
import { createUser, systemActor, USER_ROLES, type TUserRole } from '../src/lib/server/accounts';
import { cityConfig } from '../src/lib/server/config/city';
import { openDatabase } from '../src/lib/server/db/client';
import { syncDistricts } from '../src/lib/server/districts';
import { env } from '../src/lib/server/env';
import { isAppError } from '../src/lib/server/errors';

const USAGE = `Aufruf: npm run admin -- create-user --email E-MAIL --role ROLLE [Optionen] --password-stdin

  --email E-MAIL       E-Mail-Adresse (Anmeldename)
  --role ROLLE         admin | coordinator | provider
  --name NAME          Anzeigename (Standard: Teil der E-Mail-Adresse vor dem @)
  --institution SLUG   Mitglied dieser Einrichtung (Kennung aus der URL /einrichtungen/SLUG)
  --manager            als Verwalter*in der Einrichtung statt als Bearbeiter*in
  --password-stdin     Passwort von der Standardeingabe lesen (mind. 12 Zeichen, schwer zu erraten);
                       ohne diese Option entsteht ein eingeladenes Konto ohne Passwort

Beispiel:
  printf '%s' "$PASSWORT" | npm run admin -- create-user --email a@example.org --role admin --password-stdin`;

class UsageError extends Error {}

async function readStdin(): Promise<string> {
	if (process.stdin.isTTY) {
		process.stderr.write('Passwort eingeben und mit Strg+D abschließen: ');
	}
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	// Only the line break a shell or `echo` adds is removed; spaces belong to the password.
	return Buffer.concat(chunks)
		.toString('utf8')
		.replace(/\r?\n$/, '');
}

async function createUserCommand(argv: string[]): Promise<void> {
	let values;
	try {
		values = parseArgs({
			args: argv,
			options: {
				email: { type: 'string' },
				role: { type: 'string' },
				name: { type: 'string' },
				institution: { type: 'string' },
				manager: { type: 'boolean', default: false },
				'password-stdin': { type: 'boolean', default: false }
			}
		}).values;
	} catch (e) {
		throw new UsageError((e as Error).message);
	}
	if (!values.email) throw new UsageError('--email fehlt.');
	if (!values.role) throw new UsageError('--role fehlt.');
	if (!(USER_ROLES as readonly string[]).includes(values.role)) {
		throw new UsageError(`Unbekannte Rolle „${values.role}“. Erlaubt: ${USER_ROLES.join(', ')}.`);
	}
	if (values.manager && !values.institution) {
		throw new UsageError('--manager gilt nur zusammen mit --institution.');
	}
	const password = values['password-stdin'] ? await readStdin() : undefined;

	const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
	try {
		await handle.migrate();
		await syncDistricts(handle.db, cityConfig().districts);
		const user = await createUser(handle.db, {
			actor: systemActor('cli'),
			input: {
				email: values.email,
				role: values.role as TUserRole,
				displayName: values.name,
				password,
				institutionSlug: values.institution,
				membershipRole: values.manager ? 'manager' : 'editor'
			}
		});
		const roleName = { admin: 'Administration', coordinator: 'Koordination', provider: 'Anbieter' };
		let line = `Konto angelegt: ${user.email} (${roleName[user.role]}, Anzeigename „${user.displayName}“)`;
		if (user.institution) {
			line += `, ${user.institution.role === 'manager' ? 'Verwalter*in' : 'Bearbeiter*in'} von „${user.institution.name}“`;
		}
		console.log(`${line}.`);
		if (!password) console.log('Das Konto hat noch kein Passwort (eingeladen).');
	} finally {
		await handle.close();
	}
}

async function main(): Promise<void> {
	const [command, ...rest] = process.argv.slice(2);
	if (!command || command === '--help' || command === '-h' || command === 'help') {
		console.log(USAGE);
		return;
	}
	if (command !== 'create-user') throw new UsageError(`Unbekannter Befehl „${command}“.`);
	await createUserCommand(rest);
}

main().catch((e: unknown) => {
	if (e instanceof UsageError) {
		console.error(`Fehler: ${e.message}\n\n${USAGE}`);
	} else if (isAppError(e)) {
		console.error(`Fehler: ${e.message}`);
	} else {
		console.error('Unerwarteter Fehler:', e instanceof Error ? e.message : e);
	}
	process.exit(1);
});
