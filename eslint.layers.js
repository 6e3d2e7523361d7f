// The layers of src/ (docs/architecture.md), enforced: a violation fails `npm run lint`.
// test/unit/layer-rules.test.ts proves each rule fires.

const SQLITE = { name: 'better-sqlite3', message: 'Only src/db talks to SQLite: ask a function of src/db.' };

/** A store is opaque above src/db: the connection behind it is unwrapped there alone. */
const STORE_HANDLE = { group: ['**/db/store.js'], allowTypeImports: true, message: 'A store is opaque outside src/db: pass it to a function of src/db (import the Store type only).' };

/** A call that runs SQL (or handles a transaction) on a database handle: src/db's business alone. */
const SQL_CALLS = [
  {
    selector: "CallExpression[callee.property.name=/^(prepare|pragma|transaction|exec)$/][callee.object.name=/^(db|store|database)$/]",
    message: 'Only src/db runs SQL: call (or add) a function of src/db; for a unit of work, src/db/transaction.ts.',
  },
  {
    selector: "MemberExpression[property.name='inTransaction'][object.name=/^(db|store|database)$/]",
    message: 'Only src/db knows transactions: use inTransaction() of src/db/transaction.ts.',
  },
  {
    selector: 'Literal[value=/^\\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA|ATTACH|WITH)(\\s|;|$)/]',
    message: 'SQL text belongs in src/db.',
  },
  {
    selector: 'TemplateElement[value.raw=/^\\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA|ATTACH|WITH)(\\s|;|$)/]',
    message: 'SQL text belongs in src/db.',
  },
  {
    selector: "Literal[value=/^SQLITE_/]",
    message: "The storage engine's error codes are src/db's: classify them there (src/db/store-failure.ts).",
  },
];

const FILES_TERMINAL_PROCESS = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process', 'readline', 'node:readline', 'tty', 'node:tty', 'os', 'node:os', 'worker_threads', 'node:worker_threads', 'process', 'node:process', 'net', 'node:net'].map((name) => ({
  name,
  message: 'src/core is the domain: no files, terminal or process. Put the edge in src/io (files) or src/commands (the process), and pass what core needs.',
}));

/**
 * The core modules src/db still imports values from, each for a reason. Each is a leaf (it
 * imports no other layer), so the store stays below the domain; a new value import from core
 * anywhere else in src/db fails the lint.
 */
const DB_READS_FROM_CORE = [
  // Time-zone and calendar arithmetic: the store keeps local hours and groups weeks by its week start.
  'time/zone',
  'time/calendar',
  // The packed layout of a batch of calls and its packing: packed by the reader worker, inserted
  // by src/db (a single call is packed the same way).
  'import/call-batch',
  'import/call-packer',
  // The one declaration of the rollup sums, from which the db derives its SQL, and the running
  // sums of an import derived from the same declaration (both imports only of each other).
  'kpi/sums',
  'kpi/sum-calls',
  // The settings catalogue (keys, defaults, validation) that the settings table is read with.
  'settings',
  // The customer-id normaliser: SQLite's customer_key() function and the released migration 005 run it.
  'customers/customer-key',
  // The quadrants' order and letters, in which a stored review's items are numbered.
  'swot/swot',
];

export const layerRules = [
  {
    files: ['src/**/*.ts'],
    ignores: ['src/db/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [SQLITE], patterns: [STORE_HANDLE] }],
      'no-restricted-syntax': ['error', ...SQL_CALLS],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [SQLITE, ...FILES_TERMINAL_PROCESS],
          patterns: [
            STORE_HANDLE,
            { group: ['**/commands/**', '**/interactive/**', '**/cli.js'], message: 'src/core is below the commands: it is called by them, never calls them.' },
            { group: ['**/io/**'], allowTypeImports: true, message: 'src/core takes what the edges read and returns what they render: import their types only.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core is the domain: take what it needs from the process (time, zone, environment) as a parameter.' },
        { name: 'console', message: 'src/core never prints: return what the command renders.' },
      ],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `^(\\.\\./)+core/(?!(${DB_READS_FROM_CORE.join('|')})\\.js$)`, allowTypeImports: true, message: 'src/db is below src/core: it may import core types, never its values (the value belongs in src/db, or core passes it in).' },
            { group: ['**/commands/**', '**/interactive/**', '**/cli.js'], message: 'src/db is below the commands: it is called by them, never calls them.' },
            { group: ['**/io/**'], allowTypeImports: true, message: 'src/db stores what it is given: import the types of the edges only.' },
          ],
        },
      ],
    },
  },
];
