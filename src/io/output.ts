import type { OutputStream } from './io.js';

/** The reader of stdout has gone (`svc … | head -1`): the command stops, quietly, as Unix tools do. */
export class OutputClosed extends Error {
  override name = 'OutputClosed';
  constructor() {
    super('stdout was closed by its reader');
  }
}

type StreamEvent = 'drain' | 'close' | 'error';

/** Streams whose reader has gone: Node forgets a pipe's write error once it has emitted it. */
const readerGone = new WeakSet<object>();

/** A reader closing the pipe early is normal (`| head`): remembered, never reported. */
export function watchReader(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: Error & { code?: string }) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone.add(stream);
  });
}

/** Throws OutputClosed once a write has failed because nobody reads any more. */
export function checkOpen(stream: OutputStream): void {
  if (readerGone.has(stream) || stream.errored?.code === 'EPIPE') throw new OutputClosed();
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
