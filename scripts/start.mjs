/**
 * `npm start`: builds the portal when the build is missing or older than the
 * sources, then starts the production server (adapter-node) on PORT (3000).
 * On an empty database the server seeds the Salzgitter demo data first.
 */
import path from 'node:path';
import { ensureBuild, root } from './lib/ensure-build.mjs';

process.chdir(root);
ensureBuild();
process.env.NODE_ENV ??= 'production';
// adapter-node assumes https when ORIGIN is unset, and would then refuse every form
// POST on plain http://localhost as cross-site. Behind a TLS proxy, set ORIGIN (or
// PUBLIC_BASE_URL) to the public https origin.
process.env.ORIGIN ??=
	process.env.PUBLIC_BASE_URL || `http://localhost:${process.env.PORT || 3000}`;
// Import files may be up to 10 MB (adapter-node allows 512 KB request bodies by default).
process.env.BODY_SIZE_LIMIT ??= '12M';
await import(path.join(root, 'build', 'index.js'));
