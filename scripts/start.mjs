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
await import(path.join(root, 'build', 'index.js'));
