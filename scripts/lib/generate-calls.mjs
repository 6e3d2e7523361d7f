// A deterministic, realistic call log: business-hours arrivals, a few queues and agents,
// waits that grow at the busy hours, some abandons, repeat callers.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export const HEADER = 'call_id,arrival,queue,agent,customer,wait,talk,hold,wrap,outcome,resolved,csat';

const QUEUES = ['billing', 'support', 'sales', 'technical'];
const AGENTS = Array.from({ length: 40 }, (_, i) => `agent${String(i + 1).padStart(2, '0')}`);

/** A small linear congruential generator: the same seed gives the same file everywhere. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/**
 * Writes `rows` calls spread evenly over `days` days starting at `firstDay` (YYYY-MM-DD),
 * in wall-clock time without an offset, to `file`; callers are drawn from `customers` ids
 * (default a third of the rows: most call once or twice a year).
 */
export async function writeCallLog(file, { rows, firstDay, days, seed = 7, customers = rows / 3 }) {
  const next = random(seed);
  const out = createWriteStream(file);
  out.write(`${HEADER}\n`);
  const start = Date.parse(`${firstDay}T00:00:00Z`);
  const perDay = rows / days;
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const day = Math.floor(i / perDay);
    // Arrivals between 08:00 and 20:00, denser around 10:00 and 15:00.
    const hourFraction = (next() + next() + next()) / 3;
    const secondOfDay = Math.floor(8 * 3600 + hourFraction * 12 * 3600);
    const at = new Date(start + day * 86400000 + secondOfDay * 1000);
    const arrival = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`;
    const busy = Math.abs(hourFraction - 0.5) < 0.15 ? 2 : 1;
    const wait = Math.floor(-Math.log(1 - next()) * 9 * busy);
    const abandoned = next() < 0.04 + wait / 2000;
    const queue = QUEUES[Math.floor(next() * QUEUES.length)];
    const agent = abandoned ? '' : AGENTS[Math.floor(next() * AGENTS.length)];
    const customer = next() < 0.1 ? '' : `0${5000000 + Math.floor(next() * customers)}`;
    const talk = abandoned ? '' : String(Math.floor(60 + -Math.log(1 - next()) * 240));
    const hold = abandoned ? '' : String(next() < 0.3 ? Math.floor(next() * 90) : 0);
    const wrap = abandoned ? '' : String(Math.floor(10 + next() * 50));
    const resolved = abandoned ? '' : next() < 0.78 ? 'Y' : 'N';
    const csat = abandoned || next() < 0.7 ? '' : String(1 + Math.min(4, Math.floor(next() * 5 + 0.8)));
    chunk += `C${i + 1},${arrival},${queue},${agent},${customer},${wait},${talk},${hold},${wrap},${abandoned ? 'abandoned' : 'answered'},${resolved},${csat}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
