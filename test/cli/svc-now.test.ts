import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';

/**
 * SVC_NOW pins "now" for every command. These run with the computer's clock years away from it,
 * so a command that reads the clock instead of the session's "now" shows the wrong instant.
 */
const SVC_NOW = '2026-11-16T09:00:00.000Z';
const CLOCK = '2031-03-05T12:00:00.000Z';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const svc = (args: string[]) => runCli([...args, '--db', join(dir, 'svc.db')], { cwd: join(FIXTURES, 'generic'), env: { SVC_NOW }, clock: CLOCK });

describe('SVC_NOW', () => {
  it('dates an import and its undoing, as svc imports lists them', async () => {
    expect((await svc(['import', 'english.csv', '--quiet'])).code).toBe(0);
    expect((await svc(['imports', 'undo', '1'])).code).toBe(0);
    const [listed] = JSON.parse((await svc(['imports', '--format', 'json'])).stdout) as { started_at: string; undone_at: string }[];
    expect(listed).toMatchObject({ started_at: SVC_NOW, undone_at: SVC_NOW });
  });

  it('dates a target, as svc target list shows it', async () => {
    expect((await svc(['target', 'set', 'asa_s', '<=30'])).code).toBe(0);
    const [target] = JSON.parse((await svc(['target', 'list', '--format', 'json'])).stdout) as { set_at: string }[];
    expect(target!.set_at).toBe(SVC_NOW);
  });
});
