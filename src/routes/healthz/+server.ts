import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { getApp } from '$lib/server/app';

/** Liveness and readiness: ok once the database answers. */
export async function GET() {
	try {
		const { handle } = await getApp();
		await handle.db.execute(sql`select 1`);
		return json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
	} catch {
		return json(
			{ status: 'unavailable' },
			{ status: 503, headers: { 'cache-control': 'no-store' } }
		);
	}
}
