// Loaded with `node --import`: writes to $SVC_RECORD_MODULES every module the process loads, as
// resolved URLs (ES modules, through a resolve hook) and file paths (CommonJS, at exit).
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.SVC_RECORD_MODULES;
register(new URL('./record-modules-hooks.mjs', import.meta.url), { data: { file } });
process.on('exit', () => appendFileSync(file, Object.keys(createRequire(import.meta.url).cache).join('\n') + '\n'));
