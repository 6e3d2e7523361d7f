import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import type { CallBatch } from '../core/import/call-batch.js';
import { packCalls } from '../core/import/call-packer.js';
import { Zone } from '../core/time/zone.js';
import { customerKeyer } from '../core/customers/customer-key.js';
import { UserError } from '../errors.js';
import { formatNamed } from './formats/index.js';
import type { Carry } from './formats/reader.js';
import { openInput } from './input.js';
import { readerOptions, type ReadTask } from './read-source.js';

export interface WorkerTask {
  path: string;
  task: ReadTask;
  carried: Record<string, string>;
  phoneRegion: string;
  maxInFlight: number;
}

export type WorkerMessage =
  | { type: 'batch'; batch: CallBatch; bytes: number }
  | { type: 'notice'; message: string }
  | { type: 'error'; message: string; hint?: string; userError: boolean }
  | { type: 'end'; bytes: number; digest: string; carried: Record<string, string> };

/** Runs one format reader over one file and posts its batches, waiting for acknowledgements to keep memory flat. */
async function work(port: NonNullable<typeof parentPort>, { path, task, carried, phoneRegion, maxInFlight }: WorkerTask): Promise<void> {
  let inFlight = 0;
  let release: (() => void) | undefined;
  port.on('message', () => {
    inFlight--;
    release?.();
  });
  const post = (message: WorkerMessage) => port.postMessage(message);
  try {
    const values = new Map(Object.entries(carried));
    const carry: Carry = {
      get: (key) => values.get(key),
      set: (key, value) => void values.set(key, value),
      delete: (key) => void values.delete(key),
      keys: () => [...values.keys()],
    };
    const input = await openInput(path, Readable.from([]), task.encoding, task.label);
    const format = formatNamed(task.formatName);
    const storeZone = new Zone(task.storeZoneName);
    const keyer = customerKeyer(phoneRegion);
    for await (const items of format.read(input, readerOptions(task, carry, (message) => post({ type: 'notice', message })))) {
      inFlight++;
      const batch = packCalls(items, storeZone, keyer);
      port.postMessage({ type: 'batch', batch, bytes: input.bytesRead() } satisfies WorkerMessage, [batch.numbers.buffer]);
      while (inFlight >= maxInFlight) await new Promise<void>((resolve) => (release = resolve));
    }
    post({ type: 'end', bytes: input.bytesRead(), digest: input.digest(), carried: Object.fromEntries(values) });
  } catch (error) {
    post({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
      hint: error instanceof UserError ? error.hint : undefined,
      userError: error instanceof UserError,
    });
  }
}

if (parentPort) void work(parentPort, workerData as WorkerTask);
