import { UserError } from '../errors.js';
import type { Evidence, Proposal } from '../core/swot/evidence/evidence.js';
import type { Review } from '../core/swot/load.js';
import { hasLikelihood, QUADRANTS, type Quadrant, type Strategy, type StrategyStatus, type SwotDraft, type SwotItem } from '../core/swot/swot.js';
import { pairCode, TOWS, towsPairs, type TowsPair } from '../core/swot/tows.js';
import type { Messages } from '../i18n/messages.js';
import { SessionInterrupted, type Ask } from './ask.js';
import { runForm, type Answers } from './form.js';

export interface SwotSessionOptions {
  /** Given with --title: then not asked. */
  title?: string;
  defaultTitle: string;
  from: string;
  to: string;
  evidence: readonly Evidence[];
  /** The latest earlier review: the session asks what became of its open strategies. */
  previous: Review | null;
  /** Whether a strategy can be followed as an organisational commitment. */
  canCommit: boolean;
  /** Reads a due date as YYYY-MM-DD; throws a UserError that says why it cannot. */
  dueDay(text: string): string;
  /** At a terminal: every answer is shown before the review is saved, and any can be changed. */
  review?: Messages;
  /** The answers of a draft being resumed. */
  answers?: Answers;
  /** Receives every answer so far after each answer typed. */
  keep?(answers: Answers): void;
}

export type SwotSessionResult = { draft: SwotDraft } | { interrupted: true };

/** Evidence, then the proposals it suggests, then more items per quadrant, then TOWS strategies. */
export async function runSwotSession(ask: Ask, options: SwotSessionOptions): Promise<SwotSessionResult> {
  try {
    const draft = await runForm(ask, (form) => askReview(form, options), { answers: options.answers, keep: options.keep, review: options.review });
    return { draft };
  } catch (error) {
    if (error instanceof SessionInterrupted) return { interrupted: true };
    throw error;
  }
}

async function askReview(ask: Ask, options: SwotSessionOptions): Promise<SwotDraft> {
  showEvidence(ask, options);
  const title = options.title ?? (await ask.input({ key: 'title', message: 'Title of the review', default: options.defaultTitle, required: true }));
  const previousOutcomes = await askPreviousStrategies(ask, options.previous);
  const items = await askProposals(ask, options.evidence);
  for (const quadrant of QUADRANTS) items.push(...(await askMoreItems(ask, quadrant)));
  const strategies = await askStrategies(ask, items, options);
  return { title, from: options.from, to: options.to, items, strategies, previousOutcomes };
}

function showEvidence(ask: Ask, options: SwotSessionOptions): void {
  ask.say(`SWOT review of ${options.from} to ${options.to}`);
  if (options.evidence.length === 0) {
    ask.say('The store has no evidence for this period (no calls, targets, complaints, commitments or survey responses): the review starts from a blank page.');
    return;
  }
  ask.say('What the store shows (this period against the one before):');
  for (const evidence of options.evidence) ask.say(`  - ${evidence.finding}`);
}

async function askPreviousStrategies(ask: Ask, previous: Review | null): Promise<SwotDraft['previousOutcomes']> {
  const outcomes: SwotDraft['previousOutcomes'] = [];
  const open = previous?.strategies.filter((strategy) => strategy.outcome === 'open' && strategy.commitmentId === null) ?? [];
  if (open.length > 0) ask.say(`\nStrategies of review ${previous?.id} (${previous?.title}) still open:`);
  for (const strategy of open) {
    const status = await ask.select<StrategyStatus>({
      key: `previous.${strategy.code}`,
      message: `${strategy.code} "${strategy.text}"${strategy.owner ? `, owner ${strategy.owner}` : ''}${strategy.dueDay ? `, due ${strategy.dueDay}` : ''}: what became of it?`,
      choices: [
        { value: 'done', name: 'done' },
        { value: 'not_done', name: 'not done (dropped)' },
        { value: 'open', name: 'still open' },
      ],
      default: 'open',
    });
    if (status !== 'open') outcomes.push({ strategyId: strategy.id, status });
  }
  return outcomes;
}

async function askProposals(ask: Ask, evidence: readonly Evidence[]): Promise<SwotItem[]> {
  const items: SwotItem[] = [];
  const proposed = evidence.filter((item): item is Evidence & { proposal: Proposal } => item.proposal !== undefined);
  if (proposed.length > 0) ask.say(`\n${proposed.length} item${proposed.length === 1 ? '' : 's'} proposed from the evidence: keep, edit or drop each.`);
  for (const [index, { key, finding, proposal }] of proposed.entries()) {
    const score = `importance ${proposal.importance}${proposal.likelihood === null ? '' : `, likelihood ${proposal.likelihood}`}`;
    ask.say(`\n${index + 1} of ${proposed.length} · Proposed ${proposal.quadrant} (${score}): ${proposal.text}\n  evidence: ${finding}`);
    const prefix = `proposals.${key}`;
    const action = await ask.select({
      key: `${prefix}.action`,
      message: `Keep this ${proposal.quadrant}?`,
      choices: [
        { value: 'accept', name: `keep it as proposed (${score})` },
        { value: 'edit', name: 'edit it' },
        { value: 'drop', name: 'drop it' },
      ],
      default: 'accept',
    });
    if (action === 'drop') continue;
    const item: SwotItem = { ...proposal, note: null, evidenceKey: key, evidence: finding, origin: 'proposed' };
    if (action === 'edit') {
      item.text = await ask.input({ key: `${prefix}.text`, message: 'Text', default: proposal.text, required: true });
      item.importance = (await ask.number({ key: `${prefix}.importance`, message: 'Importance (1–5)', min: 1, max: 5, default: proposal.importance, required: true })) as number;
      if (proposal.likelihood !== null) {
        item.likelihood = (await ask.number({ key: `${prefix}.likelihood`, message: 'Likelihood (1–5)', min: 1, max: 5, default: proposal.likelihood, required: true })) as number;
      }
      item.note = (await ask.input({ key: `${prefix}.note`, message: 'Note (optional, Enter to skip)' })) || null;
      const changed = item.text !== proposal.text || item.importance !== proposal.importance || item.likelihood !== proposal.likelihood || item.note !== null;
      item.origin = changed ? 'edited' : 'proposed';
    }
    items.push(item);
  }
  return items;
}

async function askMoreItems(ask: Ask, quadrant: Quadrant): Promise<SwotItem[]> {
  const items: SwotItem[] = [];
  for (let index = 0; ; index++) {
    const prefix = `items.${quadrant}.${index}`;
    const text = await ask.input({ key: `${prefix}.text`, message: index === 0 ? `${quadrant === 'opportunity' ? 'An' : 'A'} ${quadrant} to add? (Enter for none)` : `Another ${quadrant}? (Enter when done)` });
    if (text === '') return items;
    const importance = (await ask.number({ key: `${prefix}.importance`, message: 'Importance (1–5)', min: 1, max: 5, required: true })) as number;
    const likelihood = hasLikelihood(quadrant) ? ((await ask.number({ key: `${prefix}.likelihood`, message: 'Likelihood (1–5)', min: 1, max: 5, required: true })) as number) : null;
    const note = await ask.input({ key: `${prefix}.note`, message: 'Note (optional, Enter to skip)' });
    items.push({ quadrant, text, importance, likelihood, note: note || null, evidenceKey: null, evidence: null, origin: 'added' });
  }
}

async function askStrategies(ask: Ask, items: readonly SwotItem[], options: SwotSessionOptions): Promise<Strategy[]> {
  const pairs = towsPairs(items);
  if (pairs.length === 0) {
    ask.say('\nTOWS needs a strength or weakness and an opportunity or threat to pair: no strategies this time.');
    return [];
  }
  ask.say('\nTOWS: the highest-scored items paired (score = importance, × likelihood / 5 for opportunities and threats).');
  const strategies: Strategy[] = [];
  for (let index = 0; ; index++) {
    const prefix = `strategies.${index}`;
    const picked = await ask.select({
      key: `${prefix}.pair`,
      message: strategies.length === 0 ? 'Write a strategy for which pair?' : 'Another strategy, for which pair?',
      choices: [{ value: 'done', name: 'no more strategies' }, ...pairs.map((pair) => ({ value: pairCode(pair), name: pairName(pair) }))],
      default: 'done',
    });
    const pair = pairs.find((candidate) => pairCode(candidate) === picked);
    if (!pair) return strategies;
    const text = await ask.input({ key: `${prefix}.text`, message: `${pair.kind} strategy: how to ${TOWS[pair.kind].aim}?`, required: true });
    const owner = await ask.input({ key: `${prefix}.owner`, message: 'Owner (optional, Enter to skip)' });
    const validate = (due: string) => problem(() => options.dueDay(due));
    let due = await ask.input({ key: `${prefix}.due`, message: 'Due date (YYYY-MM-DD, optional)', validate });
    const commit = options.canCommit && (await ask.confirm({ key: `${prefix}.commitment`, message: 'Follow it as an organisational commitment (svc check reports it when overdue)?', default: false }));
    if (commit && due === '') due = await ask.input({ key: `${prefix}.due`, message: 'A commitment needs a due date (YYYY-MM-DD)', required: true, validate });
    strategies.push({ kind: pair.kind, first: pair.first.code, second: pair.second.code, text, owner: owner || null, dueDay: due ? options.dueDay(due) : null, commit });
  }
}

function pairName(pair: TowsPair): string {
  return `${pair.kind} ${pair.first.code} × ${pair.second.code} (${pair.score.toFixed(1)}): ${pair.first.text} / ${pair.second.text}`;
}

function problem(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
}
