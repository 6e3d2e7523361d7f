import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/io/render/document/wrap.js';
import { openStore } from '../../src/db/open.js';
import { writeSetting } from '../../src/db/settings.js';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { readCallFixture, storeCalls } from '../helpers/report-calls.js';

/**
 * What a person sees on a terminal of 80 and of 120 columns (COLUMNS, stdout a pipe): no line
 * wider than the terminal, and text wrapped at words, never cut: the words of a page are the
 * same at both widths.
 */
let dir: string;
let cleanup: () => void;
let env: Record<string, string>;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-11-17T08:00:00Z' };
});
afterEach(() => cleanup());

const WIDTHS = [80, 120] as const;
const at = (width: number, args: string[], now = env.SVC_NOW!) => runCli(args, { env: { ...env, SVC_NOW: now, COLUMNS: String(width) }, columns: null });
const words = (text: string) => text.split(/\s+/).filter(Boolean).sort();

async function fitsBoth(args: string[], now?: string): Promise<Record<80 | 120, string[]>> {
  const pages = {} as Record<80 | 120, string[]>;
  for (const width of WIDTHS) {
    const result = await at(width, args, now);
    expect(result, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    for (const line of lines) expect(displayWidth(line), `${args.join(' ')} at ${width}: ${line}`).toBeLessThanOrEqual(width);
    pages[width] = lines;
  }
  expect(words(pages[80].join('\n')), `${args.join(' ')}: the same words at both widths`).toEqual(words(pages[120].join('\n')));
  return pages;
}

const PROMISE = "Refund the double charge of 120 ILS to the customer's card and call back to confirm it arrived";
const NOTE = 'the customer called to ask where the refund is; finance says the transfer left on Tuesday and takes three working days';

describe('the ledger pages at 80 and 120 columns', () => {
  beforeEach(async () => {
    await runCli(['config', 'set', 'timezone', 'Asia/Jerusalem'], { env });
  });

  it('svc commit show wraps the promise under its label and the history by column', async () => {
    await at(100, ['commit', 'add', '--customer', '0501234567', '--due', '2026-11-19', '--owner', 'dana', '--by', 'ruth', PROMISE]);
    await at(100, ['commit', 'note', '1', NOTE, '--by', 'ruth'], '2026-11-17T09:00:00Z');
    const pages = await fitsBoth(['commit', 'show', '1'], '2026-11-17T10:00:00Z');
    // "Promised" and two spaces take 10 columns: the promise (95 characters) fits 120 on one line.
    expect(pages[120]).toContain(`Promised  ${PROMISE}`);
    // At 80, 70 columns are left for it: "… card and call" is 67, adding " back" would make 72.
    expect(pages[80]).toContain("Promised  Refund the double charge of 120 ILS to the customer's card and call");
    expect(pages[80]).toContain('          back to confirm it arrived');
    // The note (118 characters) cannot stand on one line at either width: its column wraps.
    expect(pages[120].some((line) => line.endsWith(NOTE))).toBe(false);
  });

  it('svc complaint show wraps the complaint and what it asks for', async () => {
    await at(100, ['complaint', 'add', '--customer', '0501234567', '--category', 'Billing', '--remedy', 'the second charge refunded to the card it was taken from, and a written apology', '--by', 'ruth', PROMISE]);
    await at(100, ['complaint', 'note', '1', NOTE, '--by', 'ruth'], '2026-11-17T09:00:00Z');
    const pages = await fitsBoth(['complaint', 'show', '1'], '2026-11-17T10:00:00Z');
    // "Complaint" and two spaces take 11 columns, "Asks for" padded to them: 69 left at 80,
    // where "… card and call" (67) fits and " back" (72) does not.
    expect(pages[120]).toContain(`Complaint  ${PROMISE}`);
    expect(pages[80]).toContain("Complaint  Refund the double charge of 120 ILS to the customer's card and call");
    expect(pages[80]).toContain('           back to confirm it arrived');
  });
});

describe('the report and the lists at 80 and 120 columns', () => {
  beforeEach(() => {
    env.SVC_NOW = '2026-11-10T12:00:00Z';
    const db = openStore(env.SVC_DB!);
    writeSetting(db, 'timezone', 'UTC');
    writeSetting(db, 'short_abandon_s', '5');
    storeCalls(db, readCallFixture(join(FIXTURES, 'report', 'week.csv')));
    db.close();
  });

  it.each([
    [['report', '--by', 'agent', '--compare']],
    [['report', '--by', 'hour']],
    [['report', '--by', 'queue', '--compare', '--explain']],
    [['report', '--customers']],
    [['callbacks', '--since', '2026-11-01']],
    [['customers']],
    [['imports']],
  ])('svc %s', async (args) => {
    await fitsBoth(args);
  });
});
