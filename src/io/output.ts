import { UserError } from '../errors.js';
import type { OutputStream } from './io.js';

/** The reader of stdout has gone (`svc … | head -1`): the command stops, quietly, as Unix tools do. */
export class OutputClosed extends Error {
  override name = 'OutputClosed';
  constructor() {
    super('stdout was closed by its reader');
  }
}

type StreamEvent = 'drain' | 'close' | 'error';

/** The output could not be written (a full disk, an I/O error): the data did not arrive, so the command failed. */
export class OutputFailed extends UserError {
  override name = 'OutputFailed';
  constructor(reason: string) {
    super(`cannot write the output: ${reason}`);
  }
}

/** Streams whose reader has gone: Node forgets a pipe's write error once it has emitted it. */
const readerGone = new WeakSet<object>();
/** Streams whose writes failed for another reason, with why. */
const failures = new WeakMap<object, string>();

/** A reader closing the pipe early is normal (`| head`): remembered, never reported. Other write errors are remembered to be reported. */
export function watchReader(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: Error & { code?: string }) => {
    if (error.code === 'EPIPE') readerGone.add(stream);
    else failures.set(stream, writeProblem(error));
  });
}

/** Why writing to the stream failed, if it did for any reason other than its reader leaving. */
export function outputFailure(stream: OutputStream): string | undefined {
  const errored = stream.errored;
  return failures.get(stream) ?? (errored && errored.code !== 'EPIPE' ? writeProblem(errored) : undefined);
}

/** Throws OutputClosed once a write has failed because nobody reads any more, OutputFailed when it failed otherwise. */
export function checkOpen(stream: OutputStream): void {
  if (readerGone.has(stream) || stream.errored?.code === 'EPIPE') throw new OutputClosed();
  const failure = outputFailure(stream);
  if (failure !== undefined) throw new OutputFailed(failure);
}

function writeProblem(error: Error & { code?: string }): string {
  if (error.code === 'ENOSPC') return 'no space left on device';
  if (error.code === 'EIO') return 'input/output error';
  return error.message;
}

/** Writes and, when the reader is slower than the writer, waits for it: memory stays flat however much is written. */
export async function writeInTurn(stream: OutputStream, text: string): Promise<void> {
  const ready = stream.write(text) !== false;
  checkOpen(stream);
  if (!ready && stream.on && stream.off) {
    const { on, off } = { on: stream.on.bind(stream), off: stream.off.bind(stream) };
    await new Promise<void>((resolve) => {
      const events: StreamEvent[] = ['drain', 'close', 'error'];
      const done = () => {
        for (const event of events) off(event, done);
        resolve();
      };
      for (const event of events) on(event, done);
    });
    checkOpen(stream);
  }
}
