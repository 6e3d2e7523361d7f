import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** A shell script as a person would write it for cron, run by /bin/sh with the built svc on its PATH. */
function runScript(script: string) {
  writeFileSync(join(dir, 'svc'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
  const result = spawnSync('/bin/sh', ['-eu', '-c', script], {
    cwd: dir,
    env: { PATH: `${dir}:${process.env.PATH ?? ''}`, HOME: dir, SVC_DB: join(dir, 'svc.db'), NO_COLOR: '1', TZ: 'UTC' },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a script reads what a write made', () => {
  it('gets the bare id with --quiet, and uses it in the next command', async () => {
    const result = runScript(`
      svc config set --quiet timezone UTC
      promise=$(svc commit add --quiet --customer 0501234567 --due 2030-01-04 "Refund 120 ILS")
      complaint=$(svc complaint add --quiet --customer 0501234567 --category billing "Charged twice")
      svc commit keep --quiet "$promise"
      svc complaint ack "$complaint"
      echo "promise=$promise complaint=$complaint"
    `);
    expect(result.stderr).toBe('');
    // The quiet writes print the ids and nothing else; the last write without --quiet says what it did.
    expect(result.stdout).toMatch(/^Complaint #1 acknowledged after [^\n]+\npromise=1 complaint=1\n$/);
    expect(result.code).toBe(0);
    const kept = runScript('svc commit show 1 --format json');
    expect(JSON.parse(kept.stdout)).toMatchObject({ id: 1, status: 'kept', customer: '0501234567' });
  });
});
