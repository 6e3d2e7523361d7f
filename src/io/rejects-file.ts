import { closeSync, openSync, writeSync } from 'node:fs';
import { UserError } from '../errors.js';
import type { RejectNote, RejectSink } from '../core/import/import-file.js';

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The --rejects file: the original header and rows as read, plus a `reject_reason` column naming file:line and field. */
export function openRejectsFile(path: string, label: string): RejectSink & { close(): void } {
  let fd: number;
  try {
    fd = openSync(path, 'w', 0o600);
  } catch (error) {
    throw new UserError(`cannot write --rejects ${path}: ${(error as Error).message}`);
  }
  let pending = '';
  const flush = () => {
    if (pending) writeSync(fd, pending);
    pending = '';
  };
  return {
    header(fields) {
      pending += `${[...fields, 'reject_reason'].map(quote).join(',')}\n`;
    },
    reject(raw: string[], note: RejectNote) {
      const reason = `${label}:${note.line}: ${note.field ? `${note.field}: ` : ''}${note.reason}`;
      pending += `${[...raw, reason].map(quote).join(',')}\n`;
      if (pending.length > 1 << 16) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}
