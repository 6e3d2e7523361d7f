// Runs the bundle's command line as bin/svc does, writing each chunk's compiled code beside it
// at exit: one training run of `npm run build` (scripts/lib/code-cache-training.mjs).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../../dist/bundle/', import.meta.url));
const require = createRequire(bundle);
require('./code-cache.js').compileWithCodeCache(bundle, true);
require('./cli.js').run();
