import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ReadSource } from '../core/import/import-file.js';
import { Zone } from '../core/time/zone.js';
import { UserError } from '../errors.js';
import type { OpenedInput } from './input.js';
import type { Carry, FormatReader, ReaderOptions } from './formats/reader.js';
import { packCalls } from '../core/import/call-packer.js';
import { customerKeyer } from '../core/customers/customer-key.js';
import type { WorkerMessage, WorkerTask } from './read-worker.js';

/** What a reader needs, in a form that can cross to another thread. */
export interface ReadTask {
  label: string;
  formatName: string;
  /** The store's zone: each call is filed under its wall-clock hour there. */
  storeZoneName: string;
  encoding: string | undefined;
  zoneName: string;
  dateFormat: string | undefined;
  map: Record<string, string>;
  columns: string[] | undefined;
  sheet: string | undefined;
}

export function readerOptions(task: ReadTask, carry: Carry, notice: (message: string) => void): ReaderOptions {
  return {
    label: task.label,
    zone: new Zone(task.zoneName),
    dateFormat: task.dateFormat,
    map: task.map,
    columns: task.columns,
    sheet: task.sheet,
    notice,
    carry,
  };
}

export function inThreadSource(format: FormatReader, input: OpenedInput, task: ReadTask, notice: (message: string) => void): ReadSource {
  return {
    formatName: format.name,
    async *read(carry, phoneRegion) {
      const storeZone = new Zone(task.storeZoneName);
      const keyer = customerKeyer(phoneRegion);
      for await (const items of format.read(input, readerOptions(task, carry, notice))) yield packCalls(items, storeZone, keyer);
    },
    size: input.size,
    bytesRead: () => input.bytesRead(),
    digest: () => input.digest(),
  };
}

const WORKER_FILE = fileURLToPath(new URL('./read-worker.js', import.meta.url));
/**
 * Below this a second thread costs more to start (its own copy of the reading modules) than it
 * saves: a day's file of 30,000 calls (2.2 MB) read in the importing thread cost about 0.3 s less
 * CPU and no more wall time than in a second thread.
 */
export const WORKER_MIN_BYTES = 8 << 20;

/** Large files are parsed in a worker thread while this thread inserts: the two overlap on two cores. */
export function canReadInWorker(input: OpenedInput): boolean {
  return input.path !== null && (input.size ?? 0) >= WORKER_MIN_BYTES && existsSync(WORKER_FILE);
}

/** Batches in flight between the threads: enough to keep both busy, few enough to keep memory flat. */
const MAX_IN_FLIGHT = 4;

export function workerSource(path: string, size: number | undefined, task: ReadTask, notice: (message: string) => void): ReadSource {
  let bytes = 0;
  let digest = '';
  return {
    formatName: task.formatName,
    size,
    bytesRead: () => bytes,
    digest: () => digest,
    async *read(carry, phoneRegion) {
      const carried = Object.fromEntries(carry.keys().map((key) => [key, carry.get(key)!]));
      const worker = new Worker(WORKER_FILE, {
        workerData: { path, task, carried, phoneRegion, maxInFlight: MAX_IN_FLIGHT } satisfies WorkerTask,
        // The reader holds a few batches at a time; a small heap keeps the import's memory flat.
        // Its young generation of 8 MB (16 before) holds a batch's rows until they are packed.
        resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 },
      });
      const queue: WorkerMessage[] = [];
      let wake: (() => void) | undefined;
      let crashed: Error | undefined;
      worker.on('message', (message: WorkerMessage) => {
        queue.push(message);
        wake?.();
      });
      worker.on('error', (error: Error & { code?: string }) => {
        crashed =
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new UserError(`${task.label}: ran out of memory while reading it (a record far larger than a call log's)`, 'check that the file is the call log you meant; a row over 1 MiB is normally rejected on its own')
            : error;
        wake?.();
      });
      worker.on('exit', () => wake?.());
      try {
        for (;;) {
          if (queue.length === 0) {
            if (crashed) throw crashed;
            await new Promise<void>((resolve) => (wake = resolve));
            wake = undefined;
            continue;
          }
          const message = queue.shift()!;
          if (message.type === 'batch') {
            bytes = message.bytes;
            worker.postMessage('ack');
            yield message.batch;
          } else if (message.type === 'notice') {
            notice(message.message);
          } else if (message.type === 'error') {
            throw message.userError ? new UserError(message.message, message.hint) : new Error(message.message);
          } else {
            bytes = message.bytes;
            digest = message.digest;
            for (const key of carry.keys()) if (!(key in message.carried)) carry.delete(key);
            for (const [key, value] of Object.entries(message.carried)) if (carry.get(key) !== value) carry.set(key, value);
            return;
          }
        }
      } finally {
        await worker.terminate();
      }
    },
  };
}
