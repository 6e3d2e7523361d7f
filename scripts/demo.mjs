// npm run demo: a fresh store, the bundled sample call log, a service charter, the weekly report.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const store = join(mkdtempSync(join(tmpdir(), 'svc-demo-')), 'svc.db');
// The sample runs from Monday 2026-10-26 to Sunday 2026-11-15; "now" is the Monday after it.
const env = { ...process.env, SVC_DB: store, SVC_NOW: '2026-11-16T09:00:00+02:00' };

function svc(...args) {
  console.log(`\n$ svc ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [join(root, 'bin', 'svc'), ...args], { env, stdio: 'inherit' });
  if (result.status !== 0 && result.status !== 2) process.exit(result.status ?? 1);
}

svc('config', 'set', 'timezone', 'Asia/Jerusalem');
svc('target', 'set', 'service_level', '>=0.8');
svc('target', 'set', 'abandon_rate', '<=0.05');
svc('target', 'set', 'asa_s', '<=30');
svc('import', join(root, 'fixtures', 'sample', 'calls.csv'));
svc('report', '--weekly', '--compare');
console.log(`\nThe demo store is ${store}\nTry: SVC_DB=${store} SVC_NOW=2026-11-16T09:00:00+02:00 ./bin/svc report --weekly --by agent`);
