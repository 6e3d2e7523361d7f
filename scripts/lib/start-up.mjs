// Start-up of the CLI against node's own: each command run `runs` times, interleaved so that a
// busy machine weighs on all of them alike, and the medians compared.
import { spawnSync } from 'node:child_process';

export function measureStartUp(bin, runs) {
  const commands = { 'node -e 0': ['-e', '0'], 'svc --version': [bin, '--version'], 'svc --help': [bin, '--help'] };
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  const env = { ...process.env, NO_COLOR: '1' };
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(commands)) {
      const started = performance.now();
      const result = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
      if (result.status !== 0) throw new Error(`${name} exited ${result.status}`);
      times[name].push(performance.now() - started);
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
}

export function describeStartUp(medians, runs) {
  const node = medians['node -e 0'];
  const lines = [`start-up (median of ${runs}): node -e 0 ${node.toFixed(0)} ms`];
  for (const name of ['svc --version', 'svc --help']) {
    const ms = medians[name];
    lines.push(`  ${name}: ${ms.toFixed(0)} ms, ${(ms - node).toFixed(0)} ms beyond node (${(ms / node).toFixed(2)}×)`);
  }
  return lines.join('\n');
}
