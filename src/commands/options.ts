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
