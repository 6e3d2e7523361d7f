import { TEXT, TEXT_FIELDS, type CallBatch } from '../core/import/call-batch.js';

/**
 * Small whole numbers for the queues, agents and queue–agent pairs an import meets, so that the
 * rollups it sums look their groups up by number instead of by text: every call's queue and
 * agent are looked up once, not once per rollup. A missing queue or agent is '' (as in the
 * rollup tables).
 */
export class QueueAgentPairs {
  readonly queues: string[] = [];
  readonly agents: string[] = [];
  /** The queue and the agent of each pair, by the pair's number. */
  readonly queueOfPair: number[] = [];
  readonly agentOfPair: number[] = [];
  private readonly queueIds = new Map<string, number>();
  private readonly agentIds = new Map<string, number>();
  /** Pair numbers by queue number, then agent number. */
  private readonly pairIds: number[][] = [];
  private namedBatch: CallBatch | undefined;
  private namedIndex = -1;
  /** The numbers of the call named last. */
  queue = 0;
  agent = 0;
  pair = 0;

  /** Names the batch's call number `index` (again, at no cost, for the next rollup that asks). */
  name(batch: CallBatch, index: number): this {
    if (batch === this.namedBatch && index === this.namedIndex) return this;
    this.namedBatch = batch;
    this.namedIndex = index;
    const t = index * TEXT_FIELDS;
    const queue = idOf(this.queueIds, this.queues, batch.texts[t + TEXT.queue] ?? '');
    const agent = idOf(this.agentIds, this.agents, batch.texts[t + TEXT.agent] ?? '');
    const byAgent = this.pairIds[queue] ?? (this.pairIds[queue] = []);
    let pair = byAgent[agent];
    if (pair === undefined) {
      pair = byAgent[agent] = this.queueOfPair.length;
      this.queueOfPair.push(queue);
      this.agentOfPair.push(agent);
    }
    this.queue = queue;
    this.agent = agent;
    this.pair = pair;
    return this;
  }
}

function idOf(ids: Map<string, number>, names: string[], name: string): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = names.length;
    ids.set(name, id);
    names.push(name);
  }
  return id;
}
