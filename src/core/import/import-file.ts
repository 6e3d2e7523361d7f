import { DataError } from '../../errors.js';
import { nothingImported } from './nothing-imported.js';
import type { CallBatch } from './call-batch.js';
import { loadCarry } from '../../db/carry.js';
import { dropReadIndexes } from '../../db/call-indexes.js';
import { callInserter } from '../../db/calls.js';
import { beginImportRecord, finishImportRecord, lastCallId, type ImportCounts } from '../../db/imports.js';
import type { Store } from '../../db/open.js';
import { IntervalAccumulator } from '../../db/interval-rollups.js';
import { beginWrite } from '../../db/write-lock.js';
import { commit, inTransaction, rollback, savepoint, type Savepoint } from '../../db/transaction.js';
import { extendCustomerMonths } from '../../db/customer-days.js';
import { RollupAccumulator, type RollupBasis } from '../../db/rollups.js';
import { QueueAgentPairs } from '../../db/queue-agent-pairs.js';
import { stageCustomersOfNewCalls } from '../../db/stage-customers.js';
import type { Carry } from '../../io/formats/reader.js';
import type { Zone } from '../time/zone.js';
import { extendCustomerProjection } from '../../db/customer-projection.js';
import { refreshRepeatsOfNewCalls } from '../../db/new-call-repeats.js';
import { refreshStagedCustomers } from './refresh-staged-customers.js';
import { refreshCoarseRollupsOfNewCalls } from '../../db/coarse-rollups.js';
import { readSettings } from '../../db/settings.js';
import { capImportCaches } from '../../db/import-caches.js';

export interface RejectNote {
  line: number;
  field: string | undefined;
  reason: string;
}

/** Where every rejected row goes (the --rejects file), beside the few shown on stderr. */
export interface RejectSink {
  header(fields: string[]): void;
  reject(raw: string[], note: RejectNote): void;
  /** Makes the rows so far durable: called before the file's import commits. */
  flush?(): void;
}

/** A format reader at work on one input, in this thread or another. */
export interface ReadSource {
  formatName: string;
  /** The calls come with their customer ids keyed for `phoneRegion`. */
  read(carry: Carry, phoneRegion: string): AsyncIterable<CallBatch>;
  /** The input's size in bytes, when known before reading (not for standard input). */
  size: number | undefined;
  bytesRead(): number;
  /** sha256 of the input's bytes, once they have all been read. */
  digest(): string;
}

export interface ImportRequest {
  label: string;
  source: ReadSource;
  /** The store's zone: calls are filed under its wall-clock hours. */
  storeZone: Zone;
  basis: RollupBasis;
  strict: boolean;
  dryRun: boolean;
  rejects?: RejectSink;
  onProgress?(rows: number, bytes: number): void;
  now(): Date;
}

export interface ImportOutcome {
  importId: number | undefined;
  counts: ImportCounts;
  /** The first rejects, for stderr. */
  firstRejects: RejectNote[];
  /** Phone-like customer ids that cannot be a number in the phone region, stored as given. */
  notNormalised: number;
  /** The field most rejects named, to suggest a --map when nothing could be imported. */
  commonRejectField: string | undefined;
  /** True when the file gave no call at all: nothing was written (see nothingImported). */
  nothingImported: boolean;
}

const SHOWN_REJECTS = 5;
/**
 * Rollup rows summed in memory before they are merged into the store. A file in time order
 * meets each hour's rows in one stretch, so merging more often adds no statements; 20,000 held
 * (two tables' worth) was about 15 MB of the import's peak memory.
 */
const ROLLUP_ROWS_HELD = 5_000;
/**
 * No format svc reads spends more than this on one call (a queue_log call's few lines come
 * closest), so an input's size over it is a low estimate of its calls: rebuilding the indexes
 * for what is in truth a small import into a large store would cost far more than it saves.
 */
const MOST_BYTES_PER_CALL = 512;
/**
 * An import (or an undo) of at most a quarter of the store's calls (the daily case) brings next arrivals
 * and the customer projection up to date from its own calls, by index seeks; a larger one
 * re-derives them for every customer it met, in one ordered pass.
 */
export const FEW_CALLS_SHARE = 4;

export function formatReject(label: string, note: RejectNote): string {
  return `${label}:${note.line}: ${note.field ? `${note.field}: ` : ''}${note.reason}`;
}

/**
 * Imports one file in one transaction: the calls, their rollups, the reader's carried state and
 * the import's record commit together or not at all, so a refused, failed or killed import
 * leaves the store as it was, and running it again completes it without duplicates.
 */
export async function importFile(db: Store, request: ImportRequest): Promise<ImportOutcome> {
  const counts: ImportCounts = { inserted: 0, duplicates: 0, rejected: 0, skipped: 0, merged: 0, carried: 0 };
  const firstRejects: RejectNote[] = [];
  const rejectFields = new Map<string, number>();
  // Inside a larger transaction (several files under --strict), a savepoint gives the file its own all-or-nothing.
  const nested = inTransaction(db) ? savepoint(db, 'import_file') : undefined;
  if (!nested) beginWrite(db, 'main');
  let restoreCaches: (() => void) | undefined;
  try {
    const importId = beginImportRecord(db, request.label, request.source.formatName, request.now());
    const firstCallId = lastCallId(db) + 1;
    const carry = loadCarry(db, request.source.formatName);
    const inserter = callInserter(db, request.storeZone);
    const pairs = new QueueAgentPairs();
    const rollups = new RollupAccumulator(request.basis, pairs);
    const settings = readSettings(db);
    const intervals = new IntervalAccumulator(request.basis, request.storeZone, pairs);
    // Ids start at 1 and only grow, so the last one is at least the number of stored calls.
    const bulk = (request.source.size ?? 0) / MOST_BYTES_PER_CALL > firstCallId - 1;
    restoreCaches = capImportCaches(db, bulk);
    const rebuildIndexes = bulk ? dropReadIndexes(db, ['calls']) : undefined;
    const rebuildProjectionIndexes = bulk ? dropReadIndexes(db, ['customer_months', 'customer_call_events']) : undefined;
    let rows = 0;
    let notNormalised = 0;
    for await (const batch of request.source.read(carry, settings.phone_region)) {
      notNormalised += batch.notNormalised;
      for (const item of batch.others) {
        switch (item.kind) {
          case 'reject': {
            rows++;
            counts.rejected++;
            const note = { line: item.line, field: item.field, reason: item.reason };
            request.rejects?.reject(item.raw, note);
            if (request.strict) {
              throw new DataError(`${formatReject(request.label, note)} (--strict: nothing was imported)`);
            }
            if (firstRejects.length < SHOWN_REJECTS) firstRejects.push(note);
            if (item.field) rejectFields.set(item.field, (rejectFields.get(item.field) ?? 0) + 1);
            break;
          }
          case 'skip':
            rows++;
            counts.skipped++;
            break;
          case 'header':
            request.rejects?.header(item.fields);
            break;
          case 'merged':
            rows += item.count;
            counts.merged += item.count;
            break;
          case 'carried':
            counts.carried += item.count;
            break;
        }
      }
      rows += batch.calls;
      for (let index = 0; index < batch.calls; index++) {
        if (inserter.insertAt(batch, index, importId)) {
          counts.inserted++;
          rollups.add(batch, index);
          intervals.add(batch, index);
        } else {
          counts.duplicates++;
        }
      }
      if (rollups.size > ROLLUP_ROWS_HELD) rollups.mergeInto(db);
      if (intervals.size > ROLLUP_ROWS_HELD) intervals.mergeInto(db);
      request.onProgress?.(rows, request.source.bytesRead());
    }
    rebuildIndexes?.();
    rollups.mergeInto(db);
    intervals.mergeInto(db);
    if (counts.inserted > 0) {
      if (!rebuildIndexes && counts.inserted * FEW_CALLS_SHARE <= firstCallId - 1) {
        extendCustomerMonths(db, request.basis.shortAbandonS, firstCallId);
        extendCustomerProjection(db, settings, firstCallId);
        refreshRepeatsOfNewCalls(db, request.basis, firstCallId);
      } else {
        stageCustomersOfNewCalls(db, firstCallId);
        refreshStagedCustomers(db, settings, request.basis);
      }
    }
    refreshCoarseRollupsOfNewCalls(db, request.basis, firstCallId);
    rebuildProjectionIndexes?.();
    carry.save();
    finishImportRecord(db, importId, counts, request.source.digest(), request.now(), firstCallId);
    // The rejected rows reach the disk before the calls commit: a full disk fails the file, not half of it.
    request.rejects?.flush?.();
    const refused = nothingImported(counts);
    if (request.dryRun || refused) undo(db, nested);
    else if (nested) nested.release();
    else commit(db);
    const commonRejectField = [...rejectFields].sort((a, b) => b[1] - a[1])[0]?.[0];
    return { importId: request.dryRun || refused ? undefined : importId, counts, firstRejects, commonRejectField, nothingImported: refused, notNormalised };
  } catch (error) {
    if (inTransaction(db)) undo(db, nested);
    throw error;
  } finally {
    restoreCaches?.();
  }
}

function undo(db: Store, nested: Savepoint | undefined): void {
  if (nested) nested.rollback();
  else rollback(db);
}
