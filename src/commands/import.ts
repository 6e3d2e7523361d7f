import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { importFile, formatReject } from '../core/import/import-file.js';
import { nothingImportedMessage } from '../core/import/nothing-imported.js';
import { queueLogsOldestFirst } from '../core/import/queue-logs-oldest-first.js';
import { DATE_ORDERS, type DateOrder } from '../core/parse/timestamp.js';
import { Zone } from '../core/time/zone.js';
import { UserError } from '../errors.js';
import { rollupBasis } from '../db/rollups.js';
import { readSettings } from '../db/settings.js';
import { FORMATS, detectFormat, formatNamed } from '../io/formats/index.js';
import { NOT_A_CALL_LOG_HINT, genericReader } from '../io/formats/generic.js';
import { openInput, type OpenedInput } from '../io/input.js';
import { canReadInWorker, inThreadSource, workerSource } from '../io/read-source.js';
import { importProgress } from '../io/progress.js';
import { openRejectsFile } from '../io/rejects-file.js';
import { importSummary } from '../io/render/import-line.js';
import type { CommandContext } from './context.js';
import { dbOption, quietOption } from './options.js';

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
  quiet?: boolean;
  listFormats?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerImport(program: Command, context: CommandContext): void {
  program
    .command('import')
    .description('import call logs (any supported format, detected from the content); idempotent')
    .argument('[files...]', 'call log files; - reads standard input')
    .option('--format <name>', 'read the files as this format instead of detecting it')
    .option('--map <field=column>', 'take FIELD from COLUMN (repeatable), e.g. --map customer="Caller ID"', collect, [])
    .option('--tz <zone>', "time zone of times without an offset (default: the store's)")
    .addOption(new Option('--date-format <order>', 'order of numeric dates when ambiguous').choices(DATE_ORDERS))
    .option('--columns <a,b,c>', 'column names of a file without a header row')
    .option('--sheet <name>', 'worksheet of a workbook (default: the first)')
    .option('--encoding <name>', 'text encoding of the file, e.g. windows-1255, iso-8859-8, latin1 (default: utf-8)')
    .option('--strict', 'refuse the whole import, every file of it, if any row is bad (exit 3, nothing written)')
    .option('--dry-run', 'read and check everything, write nothing')
    .option('--rejects <file>', 'write every rejected row, with the reason, to this CSV file')
    .option('--list-formats', 'list the formats svc can read, and exit')
    .addOption(quietOption())
    .addOption(dbOption())
    .action(async (files: string[], options: ImportOptions) => {
      if (options.listFormats) {
        context.out(FORMATS.map((format) => `${format.name.padEnd(20)} ${format.description}\n`).join(''));
        return;
      }
      if (files.length === 0) throw new UserError('no file to import', 'name one or more files, or - for standard input');
      const map = parseMap(options.map);
      await context.withStore(options, async (db) => {
        const settings = readSettings(db);
        const storeZone = new Zone(settings.timezone);
        const parseZone = options.tz ? new Zone(options.tz) : storeZone;
        const basis = rollupBasis(settings);
        // Under --strict the files are one import: a bad row in the last leaves the first unimported too.
        const together = options.strict === true && files.length > 1;
        const summaries: string[] = [];
        if (together) db.exec('BEGIN IMMEDIATE');
        try {
          for (const file of queueLogsOldestFirst(files, (name) => resolve(context.io.cwd, name))) {
            const started = performance.now();
            const input = await openInput(file === '-' ? file : resolve(context.io.cwd, file), context.io.stdin, options.encoding, file);
            const format = options.format ? formatNamed(options.format) : chooseFormat(input, file, Object.keys(map).length > 0);
            const rejects = options.rejects ? openRejectsFile(resolve(context.io.cwd, options.rejects), file) : undefined;
            const progress = importProgress(context.io, { label: file, size: input.size, quiet: options.quiet === true || file === '-' });
            const task = {
              label: file,
              formatName: format.name,
              storeZoneName: storeZone.name,
              encoding: options.encoding,
              zoneName: parseZone.name,
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
                storeZone,
                basis,
                strict: options.strict === true,
                dryRun: options.dryRun === true,
                rejects,
                onProgress: (rows, bytes) => progress.update(rows, bytes),
                now: () => new Date(),
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
              const summary = importSummary(file, outcome, (performance.now() - started) / 1000, options.dryRun === true);
              if (together) summaries.push(summary);
              else context.err(summary);
            } finally {
              progress.stop();
              rejects?.close();
            }
          }
          if (together) db.exec('COMMIT');
        } catch (error) {
          if (together && db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
        for (const summary of summaries) context.err(summary);
      });
    });
}

function parseMap(pairs: string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1) throw new UserError(`--map ${pair}: expected FIELD=COLUMN`, 'for example --map customer="Caller ID"');
    map[pair.slice(0, at).trim().toLowerCase()] = pair.slice(at + 1);
  }
  return map;
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
