/**
 * Administration from the command line.
 *
 * `npm run admin -- create-user --email E --role admin|coordinator|provider
 *   [--name NAME] [--institution SLUG] [--manager] --password-stdin`
 *   creates an account (the CLI acts as the system actor). The password is read
 *   from stdin, never from the command line, so it stays out of shell history
 *   and process lists:
 *   printf '%s' "$PASSWORT" | npm run admin -- create-user --email … --role admin --password-stdin
 *
 * `npm run admin -- create-token --email E --institution SLUG [--name NAME]`
 *   creates an API token for the institution in the name of that user, who must
 *   be allowed to manage its tokens (its manager, or staff). The explanation
 *   goes to stderr; the token alone is the last line of stdout, so
 *   `TOKEN=$(npm run -s admin -- create-token … | tail -n 1)` works.
 *
 * Exit codes: 0 done, 1 refused (unknown user or institution, not allowed,
 * invalid data), 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import {
	createApiToken,
	createUser,
	findUserByEmail,
	loadSessionUser,
	systemActor,
	userActor,
	USER_ROLES,
	type TUserRole
} from '../src/lib/server/accounts';
import { cityConfig } from '../src/lib/server/config/city';
import { openDatabase } from '../src/lib/server/db/client';
import { syncDistricts } from '../src/lib/server/districts';
import { env } from '../src/lib/server/env';
import { AppError, ErrorCode, isAppError } from '../src/lib/server/errors';
import { getInstitutionBySlug } from '../src/lib/server/institutions';

const USAGE = `Aufruf: npm run admin -- BEFEHL [Optionen]

Befehle:
  create-user --email E-MAIL --role ROLLE [Optionen] --password-stdin
      Legt ein Konto an.
      --email E-MAIL       E-Mail-Adresse (Anmeldename)
      --role ROLLE         admin | coordinator | provider
      --name NAME          Anzeigename (Standard: Teil der E-Mail-Adresse vor dem @)
      --institution SLUG   Mitglied dieser Einrichtung (Kennung aus der URL /einrichtungen/SLUG)
      --manager            als Verwalter*in der Einrichtung statt als Bearbeiter*in
      --password-stdin     Passwort von der Standardeingabe lesen (mind. 12 Zeichen, schwer zu erraten);
                           ohne diese Option entsteht ein eingeladenes Konto ohne Passwort

  create-token --email E-MAIL --institution SLUG [--name NAME]
      Erzeugt ein API-Token für die Einrichtung im Namen dieses Kontos. Das Konto muss
      Verwalter*in der Einrichtung sein oder zum Bildungsbüro gehören (coordinator, admin).
      Das Token steht allein in der letzten Zeile der Ausgabe und wird nur dieses eine Mal gezeigt.
      --email E-MAIL       E-Mail-Adresse des Kontos, dem das Token zugeordnet wird
      --institution SLUG   Kennung der Einrichtung (aus der URL /einrichtungen/SLUG)
      --name NAME          Name des Tokens, z. B. das System, das es nutzt
                           (Standard: „Kommandozeile JJJJ-MM-TT“)

Beispiele:
  printf '%s' "$PASSWORT" | npm run admin -- create-user --email a@example.org --role admin --password-stdin
  TOKEN=$(npm run -s admin -- create-token --email leitung@vhs.example --institution vhs-salzgitter --name Kursverwaltung | tail -n 1)

Rückgabewerte: 0 erledigt, 1 abgelehnt (unbekanntes Konto, keine Berechtigung, ungültige Angaben),
2 falscher Aufruf.`;

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

async function createTokenCommand(argv: string[]): Promise<void> {
	let values;
	try {
		values = parseArgs({
			args: argv,
			options: {
				email: { type: 'string' },
				institution: { type: 'string' },
				name: { type: 'string' }
			}
		}).values;
	} catch (e) {
		throw new UsageError((e as Error).message);
	}
	if (!values.email) throw new UsageError('--email fehlt.');
	if (!values.institution) throw new UsageError('--institution fehlt.');
	const name = values.name ?? `Kommandozeile ${new Date().toISOString().slice(0, 10)}`;

	const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
	try {
		await handle.migrate();
		const found = await findUserByEmail(handle.db, values.email);
		const user = found ? await loadSessionUser(handle.db, found.id) : undefined;
		if (!user) {
			throw new AppError(
				ErrorCode.NotFound,
				found
					? `Das Konto ${found.email} ist gesperrt.`
					: `Es gibt kein Konto mit der E-Mail-Adresse ${values.email}.`
			);
		}
		const institution = await getInstitutionBySlug(handle.db, values.institution);
		if (!institution) {
			throw new AppError(
				ErrorCode.NotFound,
				`Eine Einrichtung mit der Kennung „${values.institution}“ gibt es nicht.`
			);
		}
		const { token, info } = await createApiToken(handle.db, {
			actor: userActor(user),
			input: { institutionId: institution.id, name }
		});
		process.stderr.write(
			[
				`API-Token „${info.name}“ für „${institution.name}“ erzeugt (im Namen von ${user.email}).`,
				'Es wird nur dieses eine Mal angezeigt – bewahren Sie es sicher auf (z. B. in einem Passwort-Manager).',
				'Verwendung: Authorization: Bearer <Token>. Widerrufen im Portal unter der Einrichtung → API-Tokens.',
				`Erkennbar in Listen an: ${info.prefix}…`,
				''
			].join('\n')
		);
		process.stdout.write(`${token}\n`);
	} finally {
		await handle.close();
	}
}

const COMMANDS: Record<string, (argv: string[]) => Promise<void>> = {
	'create-user': createUserCommand,
	'create-token': createTokenCommand
};

async function main(): Promise<void> {
	const [command, ...rest] = process.argv.slice(2);
	if (!command || command === '--help' || command === '-h' || command === 'help') {
		console.log(USAGE);
		return;
	}
	const run = COMMANDS[command];
	if (!run) throw new UsageError(`Unbekannter Befehl „${command}“.`);
	await run(rest);
}

main().catch((e: unknown) => {
	if (e instanceof UsageError) {
		console.error(`Fehler: ${e.message}\n\n${USAGE}`);
		process.exit(2);
	}
	if (isAppError(e)) {
		console.error(`Fehler: ${e.message}`);
	} else {
		console.error('Unerwarteter Fehler:', e instanceof Error ? e.message : e);
	}
	process.exit(1);
});
