import { insertIdea, insertIdeaDecision, readIdeas, type IdeaRow } from '../../db/listening.js';
import type { Store } from '../../db/open.js';
import { UserError } from '../../errors.js';
import { verbatim } from '../ledger/text.js';
import { IDEA_STATUSES, type IdeaStatus } from './idea-status.js';

export { IDEA_STATUSES, type IdeaStatus };

export function addIdea(db: Store, input: { author: string; idea: string }, clock: { now: number; by: string }): number {
  return insertIdea(db, { author: verbatim(input.author, '--by').trim(), idea: verbatim(input.idea, 'the idea'), proposedAt: clock.now, recordedBy: clock.by });
}

/** proposed → adopted or declined, once: a decision is on record for good, like every ledger entry. */
export function decideIdea(db: Store, id: number, status: 'adopted' | 'declined', clock: { now: number; by: string; note: string | null }): IdeaRow {
  return db.transaction(() => {
    const idea = readIdeas(db, { id })[0];
    if (!idea) throw new UserError(`no idea ${id}`, 'svc idea list shows the ids');
    if (idea.status !== 'proposed') throw new UserError(`idea ${id} was already ${idea.status}`);
    insertIdeaDecision(db, { ideaId: id, status, at: clock.now, by: clock.by, note: clock.note });
    return readIdeas(db, { id })[0] as IdeaRow;
  }).immediate();
}

export function ideas(db: Store, status?: IdeaStatus): IdeaRow[] {
  return readIdeas(db).filter((idea) => status === undefined || idea.status === status);
}
