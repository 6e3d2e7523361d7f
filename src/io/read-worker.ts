import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../errors.js';
import { formatNamed } from './formats/index.js';
import type { Carry } from './formats/reader.js';
import { openInput } from './input.js';
import { readerOptions, type ReadTask } from './read-source.js';

export interface WorkerTask {
  path: string;
  task: ReadTask;
  carried: Record<string, string>;
  maxInFlight: number;
}

export type WorkerMessage =
  | { type: 'batch'; items: unknown[]; bytes: number }
  | { type: 'notice'; message: string }
  | { type: 'error'; message: string; hint?: string; userError: boolean }
  | { type: 'end'; bytes: number; digest: string; carried: Record<string, string> };

/** Runs one format reader over one file and posts its batches, waiting for acknowledgements to keep memory flat. */
async function work(port: NonNullable<typeof parentPort>, { path, task, carried, maxInFlight }: WorkerTask): Promise<void> {
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
    for await (const items of format.read(input, readerOptions(task, carry, (message) => post({ type: 'notice', message })))) {
      inFlight++;
      post({ type: 'batch', items, bytes: input.bytesRead() });
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

if (parentPort) await work(parentPort, workerData as WorkerTask);
