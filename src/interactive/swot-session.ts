import { UserError } from '../errors.js';
import type { Evidence, Proposal } from '../core/swot/evidence/evidence.js';
import type { Review } from '../core/swot/load.js';
import { hasLikelihood, QUADRANTS, type Quadrant, type Strategy, type StrategyStatus, type SwotDraft, type SwotItem } from '../core/swot/swot.js';
import { pairCode, towsPairs, type TowsPair } from '../core/swot/tows.js';
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
  /** The session's words, in its language. */
  words: Messages;
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
  const words = options.words;
  const title = options.title ?? (await ask.input({ key: 'title', message: words.t('swot.title'), default: options.defaultTitle, required: true }));
  const previousOutcomes = await askPreviousStrategies(ask, words, options.previous);
  const items = await askProposals(ask, words, options.evidence);
  for (const quadrant of QUADRANTS) items.push(...(await askMoreItems(ask, words, quadrant)));
  const strategies = await askStrategies(ask, words, items, options);
  return { title, from: options.from, to: options.to, items, strategies, previousOutcomes };
}

function showEvidence(ask: Ask, options: SwotSessionOptions): void {
  const words = options.words;
  ask.say(words.t('swot.heading', { from: options.from, to: options.to }));
  if (options.evidence.length === 0) {
    ask.say(words.t('swot.blank'));
    return;
  }
  ask.say(words.t('swot.evidence'));
  for (const evidence of options.evidence) ask.say(`  - ${evidence.finding}`);
}

async function askPreviousStrategies(ask: Ask, words: Messages, previous: Review | null): Promise<SwotDraft['previousOutcomes']> {
  const outcomes: SwotDraft['previousOutcomes'] = [];
  const open = previous?.strategies.filter((strategy) => strategy.outcome === 'open' && strategy.commitmentId === null) ?? [];
  if (open.length > 0) ask.say(`\n${words.t('swot.previousOpen', { id: previous?.id ?? '', title: previous?.title ?? '' })}`);
  for (const strategy of open) {
    const status = await ask.select<StrategyStatus>({
      key: `previous.${strategy.code}`,
      message: words.t('swot.previousQuestion', {
        strategy: [`${strategy.code} "${strategy.text}"`, strategy.owner ? words.t('swot.owner', { owner: strategy.owner }) : '', strategy.dueDay ? words.t('swot.due', { due: strategy.dueDay }) : '']
          .filter(Boolean)
          .join(', '),
      }),
      choices: (['done', 'not_done', 'open'] as const).map((value) => ({ value, name: words.t(`swot.status.${value}`) })),
      default: 'open',
    });
    if (status !== 'open') outcomes.push({ strategyId: strategy.id, status });
  }
  return outcomes;
}

async function askProposals(ask: Ask, words: Messages, evidence: readonly Evidence[]): Promise<SwotItem[]> {
  const items: SwotItem[] = [];
  const proposed = evidence.filter((item): item is Evidence & { proposal: Proposal } => item.proposal !== undefined);
  if (proposed.length > 0) ask.say(`\n${words.plural('swot.proposed', proposed.length)}`);
  for (const [index, { key, finding, proposal }] of proposed.entries()) {
    const score = [words.t('swot.importanceScore', { importance: proposal.importance }), proposal.likelihood === null ? '' : words.t('swot.likelihoodScore', { likelihood: proposal.likelihood })].filter(Boolean).join(', ');
    const quadrant = words.t(`swot.quadrant.${proposal.quadrant}`);
    ask.say(`\n${words.t('swot.proposal', { number: index + 1, total: proposed.length, quadrant, score, text: proposal.text })}\n${words.t('swot.proposalEvidence', { finding })}`);
    const prefix = `proposals.${key}`;
    const action = await ask.select({
      key: `${prefix}.action`,
      message: words.t('swot.keep', { quadrant }),
      choices: [
        { value: 'accept', name: words.t('swot.keepAsProposed', { score }) },
        { value: 'edit', name: words.t('swot.edit') },
        { value: 'drop', name: words.t('swot.drop') },
      ],
      default: 'accept',
    });
    if (action === 'drop') continue;
    const item: SwotItem = { ...proposal, note: null, evidenceKey: key, evidence: finding, origin: 'proposed' };
    if (action === 'edit') {
      item.text = await ask.input({ key: `${prefix}.text`, message: words.t('swot.text'), default: proposal.text, required: true });
      item.importance = (await ask.number({ key: `${prefix}.importance`, message: words.t('swot.importance'), min: 1, max: 5, default: proposal.importance, required: true })) as number;
      if (proposal.likelihood !== null) {
        item.likelihood = (await ask.number({ key: `${prefix}.likelihood`, message: words.t('swot.likelihood'), min: 1, max: 5, default: proposal.likelihood, required: true })) as number;
      }
      item.note = (await ask.input({ key: `${prefix}.note`, message: words.t('swot.note') })) || null;
      const changed = item.text !== proposal.text || item.importance !== proposal.importance || item.likelihood !== proposal.likelihood || item.note !== null;
      item.origin = changed ? 'edited' : 'proposed';
    }
    items.push(item);
  }
  return items;
}

async function askMoreItems(ask: Ask, words: Messages, quadrant: Quadrant): Promise<SwotItem[]> {
  const items: SwotItem[] = [];
  for (let index = 0; ; index++) {
    const prefix = `items.${quadrant}.${index}`;
    const name = words.t(`swot.quadrant.${quadrant}`);
    const first = quadrant === 'opportunity' ? words.t('swot.firstItem.opportunity') : words.t('swot.firstItem', { quadrant: name });
    const text = await ask.input({ key: `${prefix}.text`, message: index === 0 ? first : words.t('swot.anotherItem', { quadrant: name }) });
    if (text === '') return items;
    const importance = (await ask.number({ key: `${prefix}.importance`, message: words.t('swot.importance'), min: 1, max: 5, required: true })) as number;
    const likelihood = hasLikelihood(quadrant) ? ((await ask.number({ key: `${prefix}.likelihood`, message: words.t('swot.likelihood'), min: 1, max: 5, required: true })) as number) : null;
    const note = await ask.input({ key: `${prefix}.note`, message: words.t('swot.note') });
    items.push({ quadrant, text, importance, likelihood, note: note || null, evidenceKey: null, evidence: null, origin: 'added' });
  }
}

async function askStrategies(ask: Ask, words: Messages, items: readonly SwotItem[], options: SwotSessionOptions): Promise<Strategy[]> {
  const pairs = towsPairs(items);
  if (pairs.length === 0) {
    ask.say(`\n${words.t('swot.noPairs')}`);
    return [];
  }
  ask.say(`\n${words.t('swot.pairs')}`);
  const strategies: Strategy[] = [];
  for (let index = 0; ; index++) {
    const prefix = `strategies.${index}`;
    const picked = await ask.select({
      key: `${prefix}.pair`,
      message: words.t(strategies.length === 0 ? 'swot.whichPair' : 'swot.anotherPair'),
      choices: [{ value: 'done', name: words.t('swot.noMore') }, ...pairs.map((pair) => ({ value: pairCode(pair), name: pairName(pair) }))],
      default: 'done',
    });
    const pair = pairs.find((candidate) => pairCode(candidate) === picked);
    if (!pair) return strategies;
    const text = await ask.input({ key: `${prefix}.text`, message: words.t('swot.strategy', { kind: pair.kind, aim: words.t(`swot.aim.${pair.kind}`) }), required: true });
    const owner = await ask.input({ key: `${prefix}.owner`, message: words.t('swot.strategyOwner') });
    // The date reader says in English exactly what it could not read; a Hebrew session says it in Hebrew, with the forms it takes.
    const validate = (due: string) => {
      const found = problem(() => options.dueDay(due));
      return found === undefined || words.lang === 'en' ? found : words.t('swot.dueProblem', { due });
    };
    let due = await ask.input({ key: `${prefix}.due`, message: words.t('swot.strategyDue'), validate });
    const commit = options.canCommit && (await ask.confirm({ key: `${prefix}.commitment`, message: words.t('swot.commitment'), default: false }));
    if (commit && due === '') due = await ask.input({ key: `${prefix}.due`, message: words.t('swot.commitmentDue'), required: true, validate });
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
