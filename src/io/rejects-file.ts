import { csvField } from './render/csv.js';
import { AtomicFile } from './atomic-file.js';
import { formatReject, type RejectNote, type RejectSink } from '../core/import/import-file.js';

/**
 * The --rejects file of `svc import`: the rows rejected in every file of the import, each with a
 * `reject_reason` naming file:line and field. The header is the first file's; a later file with
 * other columns repeats its own header line before its first row. Written to a temporary file and
 * renamed into place at the end, owner-only.
 */
export class RejectsFile {
  private readonly file: AtomicFile;
  private writtenHeader: string | undefined;

  constructor(path: string) {
    this.file = new AtomicFile(path);
  }

  /** The sink for one input file, named `label` in each row's reason. */
  forFile(label: string): RejectSink {
    let header: string | undefined;
    let width: number | undefined;
    return {
      header: (fields) => {
        width = fields.length;
        header = `${[...fields, 'reject_reason'].map(csvField).join(',')}\n`;
        if (this.writtenHeader === undefined) {
          this.file.write(header);
          this.writtenHeader = header;
        }
      },
      reject: (raw, note: RejectNote) => {
        if (header !== undefined && header !== this.writtenHeader) {
          this.file.write(header);
          this.writtenHeader = header;
        }
        this.file.write(`${underHeader(raw, width, formatReject(label, note)).map(csvField).join(',')}\n`);
      },
      flush: () => this.file.flush(),
    };
  }

  commit(): void {
    this.file.commit();
  }

  discard(): void {
    this.file.discard();
  }
}

/**
 * The reason always in the reject_reason column: a row with too few fields is padded to the
 * header's width, and one with too many keeps its extra fields after the reason.
 */
function underHeader(raw: string[], width: number | undefined, reason: string): string[] {
  if (width === undefined) return [...raw, reason];
  const fields = raw.slice(0, width);
  while (fields.length < width) fields.push('');
  return [...fields, reason, ...raw.slice(width)];
}
