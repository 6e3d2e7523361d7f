// node scripts/read-calls.mjs FILE [--in-thread]: reads a generic call log through the import's
// reading thread (built dist/, after npm run build) with no store, and prints the calls, the
// other items and a checksum of every number and text read, so that the reading can be timed
// alone (under /usr/bin/time) and two versions compared on one file.
import { statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const { workerSource, inThreadSource } = await import(`${dist}/io/read-source.js`);
const { openInput } = await import(`${dist}/io/input.js`);
const { formatNamed } = await import(`${dist}/io/formats/index.js`);

const path = process.argv[2];
if (!path) throw new Error('usage: node scripts/read-calls.mjs FILE [--in-thread]');
const task = { label: path, formatName: 'generic', storeZoneName: 'UTC', encoding: undefined, zoneName: 'UTC', dateFormat: undefined, map: {}, columns: undefined, sheet: undefined };
const values = new Map();
const carry = { get: (key) => values.get(key), set: (key, value) => values.set(key, value), delete: (key) => values.delete(key), keys: () => [...values.keys()] };
const notice = (message) => console.error(message);
const source = process.argv.includes('--in-thread')
  ? inThreadSource(formatNamed('generic'), await openInput(path, Readable.from([]), undefined, path), task, notice)
  : workerSource(path, statSync(path).size, task, notice);

let calls = 0;
let others = 0;
let numbers = 0;
let textChars = 0;
for await (const batch of source.read(carry, '')) {
  calls += batch.calls;
  others += batch.others.length;
  for (let at = 0; at < batch.calls * 11; at++) {
    const value = batch.numbers[at];
    if (!Number.isNaN(value)) numbers = (numbers + value * ((at % 11) + 1)) % 1e15;
  }
  for (const text of batch.texts) if (text !== null) textChars += text.length;
}
console.log(JSON.stringify({ calls, others, numbers, textChars, digest: source.digest() }));
