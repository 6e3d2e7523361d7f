import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import type { Io } from '../io/io.js';

/** `--db PATH` > `SVC_DB` > `$XDG_DATA_HOME/svc/svc.db` > `~/.local/share/svc/svc.db`. */
export function storePath(io: Io, dbOption: string | undefined): string {
  const chosen = dbOption ?? io.env.SVC_DB;
  if (chosen) return chosen === ':memory:' ? chosen : resolve(io.cwd, chosen);
  const dataHome = io.env.XDG_DATA_HOME && isAbsolute(io.env.XDG_DATA_HOME) ? io.env.XDG_DATA_HOME : join(io.env.HOME ?? homedir(), '.local', 'share');
  return join(dataHome, 'svc', 'svc.db');
}
