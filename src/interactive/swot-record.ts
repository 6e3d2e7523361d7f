import { UserError } from '../errors.js';
import type { Store } from '../db/open.js';
import { latestReviewId } from '../db/swot.js';
import { deleteDraft, writeDraft } from '../db/drafts.js';
import type { Messages } from '../i18n/messages.js';
import type { Lang } from '../core/survey/lang.js';
import type { Answers } from './form.js';
import type { Evidence } from '../core/swot/evidence/evidence.js';
import { messages } from '../i18n/messages.js';
import { gatherEvidence } from '../core/swot/evidence/gather.js';
import { loadReview } from '../core/swot/load.js';
import { saveReview } from '../core/swot/save.js';
import type { SwotDraft } from '../core/swot/swot.js';
import { isoFromDay } from '../core/time/calendar.js';
import type { Period } from '../core/time/period.js';
import { parseWhen } from '../core/time/when.js';
import type { Zone } from '../core/time/zone.js';
import type { Ask } from './ask.js';
import type { AnswersFileAsk } from './answers-file-ask.js';
import { runSwotSession } from './swot-session.js';
import { atomically } from '../db/transaction.js';

export interface RecordSwotOptions {
  title?: string;
  period: Period;
  zone: Zone;
  /** Unix seconds, UTC. */
  now: number;
  /** When the review is really written (the computer's clock), for its commitments' record. */
  writtenAt: number;
  /** Who makes the organisational commitments. */
  by: string;
  /** How an answers file is named in messages; undefined at a terminal. */
  answersFile?: string;
  /** The session's words, in its language. */
  words: Messages;
  /** At a terminal: every answer is shown before saving, and the draft being resumed, if any. */
  review: boolean;
  resume?: Answers;
}

export const SWOT_DRAFT = 'swot';

/** What a SWOT draft remembers of how its session was started. */
export interface SwotStart {
  from: string;
  to: string;
  kind: Period['kind'];
  title?: string;
  lang: Lang;
}

export type RecordSwotResult = { interrupted: true } | { interrupted: false; id: number; draft: SwotDraft; commitments: number[] };

/** Gathers the evidence, runs the session, and stores the review with everything it decided, in one transaction. */
export async function recordSwotReview(db: Store, ask: Ask | AnswersFileAsk, options: RecordSwotOptions): Promise<RecordSwotResult> {
  const { period, zone, now } = options;
  const latest = latestReviewId(db);
  const from = isoFromDay(period.fromDay);
  const to = isoFromDay(period.toDay);
  // What is stored (the evidence, the title Enter keeps) is worded without isolates.
  const stored = messages(options.words.lang, { isolate: false });
  const evidence = gatherEvidence(db, period, zone, now, stored);
  const result = await runSwotSession(ask, {
    title: options.title,
    defaultTitle: stored.t('swot.defaultTitle', { from, to }),
    from,
    to,
    evidence,
    previous: latest === undefined ? null : loadReview(db, latest, now),
    canCommit: true,
    dueDay: (text) => dueDay(text, zone, now),
    words: options.words,
    review: options.review ? options.words : undefined,
    answers: options.resume,
    keep: 'unused' in ask ? undefined : (answers) => writeDraft(db, { kind: SWOT_DRAFT, started: { from, to, kind: period.kind, title: options.title, lang: options.words.lang } satisfies SwotStart, answers, savedAt: now }),
  });
  if ('interrupted' in result) return { interrupted: true };
  if ('unused' in ask) {
    const unused = ask.unused();
    if (unused.length > 0) throw new UserError(`${options.answersFile}: ${unused[0]}: no question of the review asks for it`, unusedHint(unused[0]!, evidence, options.title));
  }
  const saved = atomically(db, () => {
    deleteDraft(db, SWOT_DRAFT);
    return saveReview(db, result.draft, { now, zone, by: options.by, writtenAt: options.writtenAt });
  });
  return { interrupted: false, id: saved.id, draft: result.draft, commitments: saved.commitments };
}

/** A due date as a day of the store's calendar: YYYY-MM-DD, tomorrow, 30d, +2w …, not in the past. */
export function dueDay(text: string, zone: Zone, now: number): string {
  const at = parseWhen(text, { now, zone, dayEdge: 'end', direction: 'future', what: 'due date' });
  const day = zone.localDay(at);
  if (day < zone.localDay(now)) throw new UserError(`due date "${text}" is in the past`);
  return isoFromDay(day);
}

/** What an answers file could have said instead, when a key it gives is not asked. */
function unusedHint(key: string, evidence: readonly Evidence[], title: string | undefined): string | undefined {
  if (key === 'title' && title !== undefined) return '--title gives the title; leave one of the two out';
  if (!key.startsWith('proposals.')) return undefined;
  const proposed = evidence.filter((item) => item.proposal !== undefined).map((item) => item.key);
  return proposed.length === 0 ? 'the store proposes nothing for this period' : `the store proposes, for this period: ${proposed.join(', ')}`;
}
