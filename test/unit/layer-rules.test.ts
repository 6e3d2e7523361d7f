import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layer rules of eslint.layers.js, run by the project's own lint configuration on small
// pieces of code placed (by name only) in each folder: each rule must fire, and stay quiet on what is allowed.
const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the layer rules of the lint', () => {
  it('keep src/db from importing values of src/core, but not its types', async () => {
    expect(await problems('src/db/example.ts', "import { buildCallReport } from '../core/report/build.js';\nexport { buildCallReport };\n")).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*src\/db is below src\/core/),
    ]);
    expect(await problems('src/db/example.ts', "import type { CallReport } from '../core/report/call-report.js';\nexport type Example = CallReport;\n")).toEqual([]);
    expect(await problems('src/db/kpi/example.ts', "import { Zone } from '../../core/time/zone.js';\nexport { Zone };\n")).toEqual([]);
  });

  it('keep files, the terminal, the process and SQL out of src/core', async () => {
    expect(await problems('src/core/example.ts', "import { readFileSync } from 'node:fs';\nexport { readFileSync };\n")).toEqual([expect.stringMatching(/no-restricted-imports: .*no files, terminal or process/)]);
    expect(await problems('src/core/example.ts', 'export const zone = process.env.TZ;\n')).toEqual([expect.stringMatching(/^no-restricted-globals: /)]);
    expect(await problems('src/core/example.ts', "import { run } from '../commands/import.js';\nexport { run };\n")).toEqual([expect.stringMatching(/below the commands/)]);
    expect(await problems('src/core/example.ts', "export function count(db: { prepare(sql: string): unknown }) {\n  return db.prepare('SELECT count(*) FROM calls');\n}\n")).toEqual([
      expect.stringMatching(/^no-restricted-syntax: Only src\/db runs SQL/),
      expect.stringMatching(/^no-restricted-syntax: SQL text belongs in src\/db/),
    ]);
  });

  it('keep better-sqlite3, SQL and SQLite error codes out of src/commands (and everywhere but src/db)', async () => {
    expect(await problems('src/commands/example.ts', "import Database from 'better-sqlite3';\nexport { Database };\n")).toEqual([expect.stringMatching(/Only src\/db talks to SQLite/)]);
    expect(await problems('src/commands/example.ts', "export function end(db: { exec(sql: string): void }) {\n  db.exec('COMMIT');\n}\n")).toEqual([
      expect.stringMatching(/Only src\/db runs SQL/),
      expect.stringMatching(/SQL text belongs in src\/db/),
    ]);
    expect(await problems('src/cli.ts', "export const busy = (code: string) => code === 'SQLITE_BUSY';\n")).toEqual([expect.stringMatching(/store-failure\.ts/)]);
    expect(await problems('src/io/example.ts', 'export const inserted = `INSERT INTO calls (id) VALUES (1)`;\n')).toEqual([expect.stringMatching(/SQL text belongs in src\/db/)]);
  });

  it('keep the connection behind a store inside src/db, but not the Store type', async () => {
    expect(await problems('src/commands/example.ts', "import { connection } from '../db/store.js';\nexport { connection };\n")).toEqual([expect.stringMatching(/A store is opaque outside src\/db/)]);
    expect(await problems('src/core/example.ts', "import { connection } from '../db/store.js';\nexport { connection };\n")).toEqual([expect.stringMatching(/A store is opaque outside src\/db/)]);
    expect(await problems('src/core/example.ts', "import type { Store } from '../db/store.js';\nexport type Example = Store;\n")).toEqual([]);
    expect(await problems('src/db/example.ts', "import { connection } from './store.js';\nexport { connection };\n")).toEqual([]);
  });

  it('let src/db do all of that', async () => {
    const code = "import Database from 'better-sqlite3';\nexport function count(db: Database.Database) {\n  return db.prepare('SELECT count(*) FROM calls').get();\n}\n";
    expect(await problems('src/db/example.ts', code)).toEqual([]);
  });
});
