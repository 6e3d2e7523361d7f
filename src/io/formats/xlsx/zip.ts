import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/** A zip file opened for random access: its entries by name, each readable as a stream. */
export interface ZipArchive {
  has(name: string): boolean;
  open(name: string): Promise<Readable>;
  close(): void;
}

/**
 * Reads the central directory at the end of the file, so parts are read in the order they are
 * needed whatever order the writer stored them in (Excel stores the sheets before the strings).
 */
export async function openZip(path: string): Promise<ZipArchive> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once('end', resolve);
    zip.once('error', reject);
    zip.readEntry();
  }).catch((error: unknown) => {
    zip.close();
    throw error;
  });
  return {
    has: (name) => entries.has(name),
    open: (name) => {
      const entry = entries.get(name);
      if (!entry) return Promise.reject(new Error(`it has no ${name}`));
      return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))));
    },
    close: () => zip.close(),
  };
}
