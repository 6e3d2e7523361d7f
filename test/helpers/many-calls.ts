import { writeFileSync } from 'node:fs';

/** 2026-03-02 00:00:00 UTC: call i arrives CALL_GAP_S × i seconds later. */
export const FIRST_ARRIVAL_MS = Date.UTC(2026, 2, 2);
export const CALL_GAP_S = 10;

/**
 * A generic CSV of `count` calls, regular enough that any row can be worked out from its number:
 * call i arrives 10·i s after Monday 2026-03-02 00:00 UTC, agent `a<i mod 7>`, customer
 * `05<i, 8 digits>`, waits i mod 60 s; every fifth call (i mod 5 = 0) is abandoned, the others
 * are answered and talk 100 s.
 */
export function writeManyCalls(file: string, count: number): void {
  const lines = ['call_id,arrival,queue,agent,customer,wait,talk,outcome'];
  for (let i = 0; i < count; i++) {
    const arrival = new Date(FIRST_ARRIVAL_MS + i * CALL_GAP_S * 1000).toISOString().slice(0, 19).replace('T', ' ');
    const abandoned = i % 5 === 0;
    lines.push(`C-${i},${arrival},support,a${i % 7},05${String(i).padStart(8, '0')},${i % 60},${abandoned ? '' : 100},${abandoned ? 'abandoned' : 'answered'}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}
