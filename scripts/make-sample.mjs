// Regenerates fixtures/sample/calls.csv, the demo's call log: three weeks, Monday 2026-10-26 to Sunday 2026-11-15.
import { fileURLToPath } from 'node:url';
import { writeCallLog } from './lib/generate-calls.mjs';

const file = fileURLToPath(new URL('../fixtures/sample/calls.csv', import.meta.url));
await writeCallLog(file, { rows: 2100, firstDay: '2026-10-26', days: 21, seed: 2026 });
console.log(`wrote ${file}`);
