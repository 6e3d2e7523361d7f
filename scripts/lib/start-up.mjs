// Start-up of the CLI against node's own: each command run `runs` times, interleaved so that a
// busy machine weighs on all of them alike, and the medians compared: wall time, and CPU time
// (user + system, all threads), which a busy machine moves far less.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CPU_AT_EXIT = fileURLToPath(new URL('./cpu-at-exit.cjs', import.meta.url));

export function measureStartUp(bin, runs) {
  const commands = { 'node -e 0': ['-e', '0'], 'svc --version': [bin, '--version'], 'svc --help': [bin, '--help'] };
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, { wall: [], cpu: [] }]));
  const folder = mkdtempSync(join(tmpdir(), 'svc-start-up-'));
  const cpuLog = join(folder, 'cpu.log');
  const env = { ...process.env, NO_COLOR: '1', SVC_BENCH_CPU_LOG: cpuLog };
  try {
    for (let i = 0; i < runs; i++) {
      for (const [name, args] of Object.entries(commands)) {
        rmSync(cpuLog, { force: true });
        const started = performance.now();
        const result = spawnSync(process.execPath, ['-r', CPU_AT_EXIT, ...args], { env, stdio: 'ignore' });
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

export function describeStartUp(medians, runs) {
  const node = medians['node -e 0'];
  const lines = [`start-up (median of ${runs}): node -e 0 ${node.wall.toFixed(0)} ms, CPU ${node.cpu.toFixed(0)} ms`];
  for (const name of ['svc --version', 'svc --help']) {
    const { wall, cpu } = medians[name];
    lines.push(`  ${name}: ${wall.toFixed(0)} ms, ${(wall - node.wall).toFixed(0)} ms beyond node (${(wall / node.wall).toFixed(2)}×); CPU ${cpu.toFixed(0)} ms, ${(cpu - node.cpu).toFixed(0)} ms beyond node's`);
  }
  return lines.join('\n');
}
