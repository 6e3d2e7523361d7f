import { Option } from 'commander';
import { DATE_ORDERS } from '../../core/parse/timestamp.js';
import { argument, type CommandSpec } from '../declare.js';
import { dbOption, quietOption } from '../options.js';

const collect = (value: string, previous: string[]) => [...previous, value];

export const importCommand = (): CommandSpec => ({
  name: 'import',
  description: 'import call logs (any supported format, detected from the content); idempotent',
  arguments: [argument('[files...]', 'call log files; - reads standard input')],
  options: [
    new Option('--format <name>', 'read the files as this format instead of detecting it'),
    new Option('--map <field=column>', 'take FIELD from COLUMN (repeatable), e.g. --map customer="Caller ID"').argParser(collect).default([]),
    new Option('--tz <zone>', "time zone of times without an offset (default: the store's)"),
    new Option('--date-format <order>', 'order of numeric dates when ambiguous').choices(DATE_ORDERS),
    new Option('--columns <a,b,c>', 'column names of a file without a header row'),
    new Option('--sheet <name>', 'worksheet of a workbook (default: the first)'),
    new Option('--encoding <name>', 'text encoding of the file, e.g. windows-1255, iso-8859-8, latin1 (default: utf-8)'),
    new Option('--strict', 'refuse the whole import, every file of it, if any row is bad (exit 3, nothing written)'),
    new Option('--dry-run', 'read and check everything, write nothing'),
    new Option('--rejects <file>', 'write every rejected row of every file, with the reason, to this new CSV file'),
    new Option('--force', 'let --rejects replace an existing file'),
    new Option('--list-formats', 'list the formats svc can read, and exit'),
    quietOption(),
    dbOption(),
  ],
  examples: ['svc import calls-2026-11.csv', 'svc import export.xlsx --sheet Calls --tz Asia/Jerusalem --rejects rejected.csv', 'svc import --list-formats'],
  load: () => import('./run.js'),
});
