import { Option } from 'commander';

/** Option sets shared by many commands, declared once. */
export const dbOption = () => new Option('--db <path>', 'store file (default: $SVC_DB, else $XDG_DATA_HOME/svc/svc.db)');

export const formatOption = (formats: readonly string[] = ['table', 'json', 'csv', 'md']) =>
  new Option('--format <format>', 'output format').choices(formats).default(formats[0]);

export const outOption = () => new Option('--out <file>', 'write the output to FILE (created owner-only) instead of stdout');

export const noColorOption = () => new Option('--no-color', 'no colour even on a terminal (NO_COLOR works too)');

export const byOption = () => new Option('--by <who>', 'who records it (default: the operating-system user)');

export const atOption = (what: string) =>
  new Option('--at <when>', `when ${what}, if before now: YYYY-MM-DD HH:MM, an ISO instant, -2h …; the entry is shown as back-dated`);

export const resumeOption = () => new Option('--resume', 'continue the draft an interrupted session left in the store');
export const discardOption = () => new Option('--discard', 'drop the draft an interrupted session left in the store, and stop');

export const asOfOption = () => new Option('--as-of <date>', 'as at the end of this day (YYYY-MM-DD, yesterday, Nd; default: now)');

export const quietOption = () => new Option('-q, --quiet', 'no progress output');

/** A script asks for silence when all went well; what went wrong is still said. */
export const summaryQuietOption = () => new Option('-q, --quiet', 'no progress or summary when all went well (rejected rows, warnings and errors are still shown)');

/** A write's confirmation: a sentence for people, or the id and the fields for a program. */
export const writeFormatOption = () =>
  new Option('--format <format>', 'text: a sentence saying what was written; json: the id and the fields').choices(['text', 'json']).default('text');

/** For scripts: a write prints only the new entry's id, or nothing when it made none. */
export const writeQuietOption = () => new Option('-q, --quiet', 'print only the new id (nothing for a change), for scripts');

/** The sentence's language; the id and the JSON are the same in every one. */
export const writeLangOption = () =>
  new Option('--lang <lang>', 'language of the sentence (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']);

/** All three, for a write's declaration. */
export const writeOptions = () => [writeFormatOption(), writeQuietOption(), writeLangOption()];

export interface WriteOptions {
  db?: string;
  format?: 'text' | 'json';
  quiet?: boolean;
  lang?: string;
}

export const periodOptions = () => [
  new Option('--daily', 'yesterday'),
  new Option('--weekly', 'the last complete week (default)'),
  new Option('--monthly', 'the last complete month'),
  new Option('--from <date>', 'first day, inclusive (YYYY-MM-DD, today, yesterday, -7d, "last monday")'),
  new Option('--to <date>', 'last day, inclusive (default: today)'),
];

export interface CommonOptions {
  db?: string;
  format?: 'table' | 'json' | 'csv' | 'md';
  color?: boolean;
  quiet?: boolean;
}

export interface PeriodFlags {
  daily?: boolean;
  weekly?: boolean;
  monthly?: boolean;
  from?: string;
  to?: string;
}
