import cliProgress from 'cli-progress';
import type { Io } from './io.js';

export interface Progress {
  update(rows: number, bytes: number): void;
  stop(): void;
}

const NONE: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr for a person at a terminal: rows, rows/s, and, when the size is
 * known, percentage and ETA. Nothing at all for cron, a pipe, or --quiet.
 */
export function importProgress(io: Io, options: { label: string; size: number | undefined; quiet: boolean }): Progress {
  if (options.quiet || io.stderr.isTTY !== true) return NONE;
  const started = Date.now();
  const known = options.size !== undefined && options.size > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as unknown as NodeJS.WritableStream,
      format: known ? `${options.label} [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}` : `${options.label} {rows} rows | {rate} rows/s`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(known ? options.size! : 1, 0, { rows: 0, rate: 0 });
  return {
    update(rows, bytes) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(known ? Math.min(bytes, options.size!) : 0, { rows: rows.toLocaleString('en-US'), rate: seconds > 0 ? Math.round(rows / seconds).toLocaleString('en-US') : 0 });
    },
    stop() {
      bar.stop();
    },
  };
}
