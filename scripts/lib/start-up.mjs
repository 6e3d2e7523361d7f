// Start-up of the CLI against node's own: each command run `runs` times, interleaved so that a
// busy machine weighs on all of them alike, and the medians compared: wall time, and CPU time
// (user + system, all threads), which a busy machine moves far less. svc runs under the node
// flags of bin/svc's #! line, as an installed svc does: V8 takes the bundle's code cache only
// under the flags it was made with.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CPU_AT_EXIT = fileURLToPath(new URL('./cpu-at-exit.cjs', import.meta.url));

/** The node flags of bin/svc's #! line (`#!/usr/bin/env -S node FLAGS`). */
export const binNodeFlags = (bin) => readFileSync(bin, 'utf8').split('\n')[0].split(' node ')[1]?.trim().split(/\s+/) ?? [];

/** Medians of `node -e 0` and of each of `commands` (name → svc's arguments), run interleaved. */
export function measureAgainstNode(bin, commands, runs, env = {}) {
  const flags = binNodeFlags(bin);
  const lines = { 'node -e 0': ['-e', '0'], ...Object.fromEntries(Object.entries(commands).map(([name, args]) => [name, [...flags, bin, ...args]])) };
  const times = Object.fromEntries(Object.keys(lines).map((name) => [name, { wall: [], cpu: [] }]));
  const folder = mkdtempSync(join(tmpdir(), 'svc-start-up-'));
  const cpuLog = join(folder, 'cpu.log');
  const childEnv = { ...process.env, NO_COLOR: '1', ...env, SVC_BENCH_CPU_LOG: cpuLog };
  try {
    for (let i = 0; i < runs; i++) {
      for (const [name, args] of Object.entries(lines)) {
        rmSync(cpuLog, { force: true });
        const started = performance.now();
        const result = spawnSync(process.execPath, ['-r', CPU_AT_EXIT, ...args], { env: childEnv, stdio: 'ignore' });
        if (result.status !== 0) throw new Error(`${name} exited ${result.status}`);
        times[name].wall.push(performance.now() - started);
        times[name].cpu.push(Number(readFileSync(cpuLog, 'utf8')));
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return Object.fromEntries(Object.entries(times).map(([name, { wall, cpu }]) => [name, { wall: median(wall), cpu: median(cpu) }]));
}

export const measureStartUp = (bin, runs) => measureAgainstNode(bin, { 'svc --version': ['--version'], 'svc --help': ['--help'] }, runs);

/** One line for node, then one for each other command: its medians and what it takes beyond node's. */
export function describeAgainstNode(title, medians, runs) {
  const node = medians['node -e 0'];
  const lines = [`${title} (median of ${runs}, interleaved): node -e 0 ${node.wall.toFixed(0)} ms, CPU ${node.cpu.toFixed(0)} ms`];
  for (const [name, { wall, cpu }] of Object.entries(medians)) {
    if (name === 'node -e 0') continue;
    lines.push(`  ${name}: ${wall.toFixed(0)} ms, ${(wall - node.wall).toFixed(0)} ms beyond node (${(wall / node.wall).toFixed(2)}×); CPU ${cpu.toFixed(0)} ms, ${(cpu - node.cpu).toFixed(0)} ms beyond node's`);
  }
  return lines.join('\n');
}

export const describeStartUp = (medians, runs) => describeAgainstNode('start-up', medians, runs);
