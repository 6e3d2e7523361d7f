import { resolve } from 'node:path';
import { importFile, formatReject } from '../../core/import/import-file.js';
import { nothingImportedMessage } from '../../core/import/nothing-imported.js';
import { queueLogsOldestFirst } from '../../io/queue-logs-oldest-first.js';
import { parseColumnMap } from '../../core/import/column-map.js';
import type { DateOrder } from '../../core/parse/timestamp.js';
import { Zone } from '../../core/time/zone.js';
import { DataError, UserError } from '../../errors.js';
import type { Store } from '../../db/open.js';
import { rollupBasis, type RollupBasis } from '../../db/rollups.js';
import { beginWrite } from '../../db/write-lock.js';
import { commit, rollback } from '../../db/transaction.js';
import { FORMATS, detectFormat, formatNamed } from '../../io/formats/index.js';
import { genericReader } from '../../io/formats/generic.js';
import { NOT_A_CALL_LOG_HINT } from '../../io/formats/generic-row.js';
import { openInput, type OpenedInput } from '../../io/input.js';
import { canReadInWorker, inThreadSource, workerSource } from '../../io/read-source.js';
import { importProgress } from '../../io/progress.js';
import { RejectsFile } from '../../io/rejects-file.js';
import { checkRejectsTarget } from '../../io/rejects-target.js';
import { storeFilesOf } from '../../db/ledger-file.js';
import { importSummary } from '../../io/render/import-line.js';
import { now } from '../../io/io.js';
import type { CommandContext } from '../context.js';

interface ImportOptions {
  db?: string;
  format?: string;
  map: string[];
  tz?: string;
  dateFormat?: DateOrder;
  columns?: string;
  sheet?: string;
  encoding?: string;
  strict?: boolean;
  dryRun?: boolean;
  rejects?: string;
  force?: boolean;
  quiet?: boolean;
  listFormats?: boolean;
}

export async function run(context: CommandContext, files: string[], options: ImportOptions) {
  if (options.listFormats) {
    context.out(FORMATS.map((format) => `${format.name.padEnd(20)} ${format.description}\n`).join(''));
    return;
  }
  if (files.length === 0) throw new UserError('no file to import', 'name one or more files, or - for standard input');
  const map = parseColumnMap(options.map, 'customer="Caller ID"');
  if (options.tz !== undefined && options.tz.trim() === '') throw new UserError('--tz is empty', 'name an IANA zone such as Asia/Jerusalem or UTC, or leave --tz out to use the store\'s');
  const pathOf = (file: string) => (file === '-' ? file : resolve(context.io.cwd, file));
  const rejectsPath = options.rejects === undefined ? undefined : rejectsTarget(options.rejects, context.storePath(options), files.filter((file) => file !== '-').map(pathOf), options.force === true, context);
  await context.withSession(options, async ({ store: db, settings, zone: storeZone }) => {
    const parseZone = options.tz !== undefined ? new Zone(options.tz) : storeZone;
    const basis = rollupBasis(settings);
    // Under --strict the files are one import: a bad row in the last leaves the first unimported too.
    const together = options.strict === true && files.length > 1;
    const summaries: string[] = [];
    const failed: string[] = [];
    const rejects = rejectsPath === undefined ? undefined : new RejectsFile(rejectsPath);
    if (together) beginWrite(db, 'main');
    try {
      for (const file of queueLogsOldestFirst(files, pathOf)) {
        try {
          const summary = await importOne(db, file, { options, map, storeZone, parseZone, basis, rejects, context });
          if (together) summaries.push(summary);
          else context.err(summary);
        } catch (error) {
          // Of several files, one that cannot be read does not stop the others; --strict takes all or none.
          if (!(error instanceof UserError) || options.strict === true || files.length === 1) throw error;
          failed.push(file);
          context.err(`${file}: not imported: ${error.message}\n`);
        }
      }
      if (together) commit(db);
      rejects?.commit();
    } catch (error) {
      if (together) rollback(db);
      // A refusal under --strict keeps the row that caused it; any other failure leaves no file behind.
      if (error instanceof DataError) rejects?.commit();
      else rejects?.discard();
      throw error;
    }
    for (const summary of summaries) context.err(summary);
    if (failed.length > 0) {
      throw new UserError(
        `${failed.length} of ${files.length} files not imported: ${failed.join(', ')}`,
        `the other ${files.length - failed.length} ${files.length - failed.length === 1 ? 'was' : 'were'} imported; fix these and run the same command again (what is already in is not added twice)`,
      );
    }
  });
}

interface ImportRun {
  options: ImportOptions;
  map: Record<string, string>;
  storeZone: Zone;
  parseZone: Zone;
  basis: RollupBasis;
  rejects: RejectsFile | undefined;
  context: CommandContext;
}

/** Imports one file and returns its summary line. */
async function importOne(db: Store, file: string, run: ImportRun): Promise<string> {
  const { options, map, context } = run;
  const started = performance.now();
  const input = await openInput(file === '-' ? file : resolve(context.io.cwd, file), context.io.stdin, options.encoding, file);
  const format = options.format ? formatNamed(options.format) : chooseFormat(input, file, Object.keys(map).length > 0);
  const rejects = run.rejects?.forFile(file);
  const progress = importProgress(context.io, { label: file, size: input.size, quiet: options.quiet === true || file === '-' });
  const task = {
    label: file,
    formatName: format.name,
    storeZoneName: run.storeZone.name,
    encoding: options.encoding,
    zoneName: run.parseZone.name,
    dateFormat: options.dateFormat,
    map,
    columns: options.columns?.split(',').map((name) => name.trim()),
    sheet: options.sheet,
  };
  const notice = (message: string) => context.err(`${message}\n`);
  const inWorker = canReadInWorker(input);
  if (inWorker) input.close();
  try {
    const outcome = await importFile(db, {
      label: file,
      source: inWorker ? workerSource(input.path!, input.size, task, notice) : inThreadSource(format, input, task, notice),
      storeZone: run.storeZone,
      basis: run.basis,
      strict: options.strict === true,
      dryRun: options.dryRun === true,
      rejects,
      onProgress: (rows, bytes) => progress.update(rows, bytes),
      // SVC_NOW dates the import when set; otherwise its start and end are read from the clock as they happen.
      now: () => now(context.io),
    });
    progress.stop();
    for (const note of outcome.firstRejects) context.err(`${formatReject(file, note)}\n`);
    const more = outcome.counts.rejected - outcome.firstRejects.length;
    if (more > 0) context.err(`… and ${more.toLocaleString('en-US')} more rejected row${more === 1 ? '' : 's'}${options.rejects ? ` (all in ${options.rejects})` : ' (--rejects FILE keeps them all)'}\n`);
    if (outcome.nothingImported) {
      const likely = options.format ? detectFormat(input.sample, input.path)?.name : undefined;
      const { message, hint } = nothingImportedMessage(file, format.name, outcome.counts, outcome.commonRejectField, likely);
      throw new UserError(message, hint);
    }
    if (options.quiet && outcome.counts.rejected === 0) return '';
    return importSummary(file, outcome, (performance.now() - started) / 1000, options.dryRun === true);
  } finally {
    progress.stop();
    input.close();
  }
}

function rejectsTarget(rejects: string, store: string, inputs: string[], force: boolean, context: CommandContext): string {
  const path = resolve(context.io.cwd, rejects);
  checkRejectsTarget({ path, storeFiles: storeFilesOf(store), inputs, force });
  return path;
}

function chooseFormat(input: OpenedInput, file: string, mapped: boolean) {
  if (input.empty) throw new UserError(`${file} is empty, not a call log`, NOT_A_CALL_LOG_HINT);
  const format = detectFormat(input.sample, input.path);
  if (format) return format;
  if (input.binary) throw new UserError(`${file} is a binary file, not a call log`, `svc reads ${FORMATS.map((f) => f.name).join(', ')} (svc import --list-formats)`);
  // --map names the columns detection could not place, and only the generic format has columns to map.
  if (mapped) return genericReader;
  throw new UserError(`${file} is not a call log: no recognisable columns`, NOT_A_CALL_LOG_HINT);
}
