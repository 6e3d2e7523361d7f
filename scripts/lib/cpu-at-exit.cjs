// Preloaded with `node -r` by the start-up bench (a CommonJS preload adds nothing to node's own
// start): appends the process's CPU time (all threads, milliseconds) to $SVC_BENCH_CPU_LOG at
// exit, a figure a busy machine moves far less than wall time.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.getBuiltinModule('node:fs').appendFileSync(process.env.SVC_BENCH_CPU_LOG, `${(user + system) / 1000}\n`);
});
