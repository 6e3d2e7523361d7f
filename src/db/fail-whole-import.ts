/**
 * The conflict clause (`INSERT OR FAIL`) of a statement that adds many rows to the store inside
 * an import's or an undo's transaction. Under the default (ABORT) SQLite undoes a statement that
 * fails halfway on its own, so it first copies every page the statement changes to a statement
 * journal. FAIL stops at the failing row and keeps the rows before it, which changes nothing
 * here: an import or undo that meets any error rolls its whole transaction (or its file's
 * savepoint) back. SQLite still journals a statement that calls a function (min(), strftime())
 * or updates through an upsert, whatever the clause.
 */
export const FAIL_WHOLE_IMPORT = 'OR FAIL';
