import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { firstQueueLogTime } from './formats/asterisk-queue-log.js';

const HEAD_BYTES = 4096;

/**
 * Queue logs complete each other's calls (a call open at the end of one is finished in the
 * next), and a call's caller is in its first event: they must be read oldest first. A shell's
 * `queue_log*` lists the rotated files newest first, so the queue logs among the files are put
 * in the order of their first event, in the places queue logs held; other files stay where they
 * were given.
 */
export function queueLogsOldestFirst(files: string[], pathOf: (file: string) => string): string[] {
  const logs = files.map((file, index) => ({ file, index, time: file === '-' ? undefined : firstTimeOf(pathOf(file)) })).filter((entry) => entry.time !== undefined);
  const byTime = [...logs].sort((a, b) => a.time! - b.time!);
  const ordered = [...files];
  logs.forEach((slot, i) => (ordered[slot.index] = byTime[i]!.file));
  return ordered;
}

function firstTimeOf(path: string): number | undefined {
  let fd: number | undefined;
  try {
    // A named pipe can be read only once, by the import itself: opening it here would lose what its writer sent.
    if (!statSync(path).isFile()) return undefined;
    fd = openSync(path, 'r');
    const head = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, head, 0, HEAD_BYTES, 0);
    return firstQueueLogTime(head.subarray(0, length).toString('utf8'));
  } catch {
    // A file that cannot be read is reported when its turn comes.
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
