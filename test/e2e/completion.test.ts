import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('svc-e2e-completion-')));
afterEach(() => cleanup());

/** The distinct non-empty values of one column of a simple CSV fixture (no quoted commas in it). */
function columnValues(file: string, column: string): string[] {
  const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\n').map((line) => line.split(','));
  const at = header!.indexOf(column);
  return [...new Set(rows.map((row) => row[at]!).filter((value) => value !== ''))].sort();
}

function candidates(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line !== '' && !line.startsWith(':')).map((line) => line.split('\t')[0]!);
}

describe('svc completion', () => {
  it('prints a bash script that bash accepts, and scripts for zsh and fish, all asking svc for candidates', () => {
    const bash = runBin(['completion', 'bash'], { cwd: dir });
    expect(bash.code).toBe(0);
    writeFileSync(join(dir, 'svc.bash'), bash.stdout);
    expect(spawnSync('bash', ['-n', join(dir, 'svc.bash')]).status).toBe(0);
    for (const shell of ['bash', 'zsh', 'fish']) {
      const script = runBin(['completion', shell], { cwd: dir });
      expect(script.code, shell).toBe(0);
      expect(script.stdout, shell).toMatch(/svc complete --/);
    }
  });

  it('refuses a shell it has no script for', () => {
    const tcsh = runBin(['completion', 'tcsh'], { cwd: dir });
    expect(tcsh.code).toBe(1);
    expect(tcsh.stderr).toMatch(/^Error: command-argument value 'tcsh' is invalid for argument 'shell'\. Allowed choices are zsh, bash, fish, powershell\.\nHint: usage: svc completion /);
  });

  it('completes commands, format names, KPI keys, and the queues and agents of the store', () => {
    const env = { SVC_DB: join(dir, 'svc.db') };
    const week = join(FIXTURES, 'report', 'week.csv');
    expect(runBin(['import', week, '--quiet'], { cwd: dir, env }).code).toBe(0);
    const complete = (...words: string[]) => candidates(runBin(['complete', '--', ...words], { cwd: dir, env }).stdout);

    expect(complete('rep')).toEqual(['report']);
    expect(complete('report', '--format', '')).toEqual(['table', 'json', 'csv', 'md']);
    expect(complete('target', 'set', '')).toEqual(expect.arrayContaining(['service_level', 'abandon_rate', 'asa_s', 'complaint_ack_h']));
    expect(complete('calls', '--queue', '')).toEqual(columnValues(week, 'queue'));
    expect(complete('calls', '--agent', '')).toEqual(columnValues(week, 'agent'));
  });

  it('offers no names, and creates no store, where there is none', () => {
    const env = { SVC_DB: join(dir, 'none.db') };
    const result = runBin(['complete', '--', 'calls', '--agent', ''], { cwd: dir, env });
    expect(result.code).toBe(0);
    expect(candidates(result.stdout)).toEqual([]);
    expect(existsSync(join(dir, 'none.db'))).toBe(false);
  });
});
