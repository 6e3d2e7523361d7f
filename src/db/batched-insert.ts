import type { Statement } from 'better-sqlite3';
import { connection, type Store } from './store.js';

/**
 * Rows per statement: past about twenty, more rows per statement gain nothing measurable; 32 rows
 * of the hourly rollup's 24 values bind 768 parameters.
 */
const ROWS_PER_STATEMENT = 32;

/**
 * Inserts (or, with an ON CONFLICT clause, upserts) rows of one table many at a time: one
 * statement of ROWS_PER_STATEMENT rows costs about two thirds of as many one-row statements
 * through better-sqlite3. Rows that an upsert merges must differ in the conflict's key (a row
 * cannot meet another of its own statement). Rows are held until a statement is full; flush()
 * writes the rest, and must be called before anything reads the table.
 */
export class BatchedInsert {
  private readonly many: Statement;
  private readonly one: Statement;
  private readonly held: unknown[];
  private count = 0;

  /** `onConflict` is the statement's ON CONFLICT clause, as it reads after the rows. */
  constructor(
    store: Store,
    table: string,
    private readonly columns: readonly string[],
    onConflict = '',
  ) {
    const db = connection(store);
    const row = `(${columns.map(() => '?').join(', ')})`;
    const into = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.many = db.prepare(`${into}${Array.from({ length: ROWS_PER_STATEMENT }, () => row).join(', ')} ${onConflict}`);
    this.one = db.prepare(`${into}${row} ${onConflict}`);
    this.held = new Array<unknown>(ROWS_PER_STATEMENT * columns.length);
  }

  /** Adds one row, its values in the order of the columns. */
  add(...values: unknown[]): void {
    this.addRow(values);
  }

  /** Adds one row given as an array, its values in the order of the columns. */
  addRow(values: readonly unknown[]): void {
    const width = this.columns.length;
    const at = this.count * width;
    for (let i = 0; i < width; i++) this.held[at + i] = values[i];
    if (++this.count === ROWS_PER_STATEMENT) {
      this.many.run(this.held);
      this.count = 0;
    }
  }

  flush(): void {
    const width = this.columns.length;
    for (let row = 0; row < this.count; row++) this.one.run(this.held.slice(row * width, (row + 1) * width));
    this.count = 0;
  }
}
