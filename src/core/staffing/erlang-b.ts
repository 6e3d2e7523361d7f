/**
 * log(1 / B(n, a)), where B is the Erlang B blocking probability of n servers offered a erlangs.
 * The textbook recursion 1/B(n) = 1 + (n/a)·(1/B(n−1)), 1/B(0) = 1 (Cooper, Introduction to
 * Queueing Theory, 2nd ed., §2.3), carried in logarithms: no factorial and no power is ever
 * formed, so thousands of servers and hundreds of erlangs neither overflow nor underflow.
 */
export function logInverseErlangB(servers: number, erlangs: number): number {
  if (erlangs <= 0) return servers === 0 ? 0 : Infinity;
  let logInverse = 0;
  for (let n = 1; n <= servers; n++) {
    const x = Math.log(n / erlangs) + logInverse;
    logInverse = x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }
  return logInverse;
}

/** Erlang B: the probability that a call finds all `servers` busy in a loss system (M/M/n/n). */
export function erlangB(servers: number, erlangs: number): number {
  return Math.exp(-logInverseErlangB(servers, erlangs));
}
