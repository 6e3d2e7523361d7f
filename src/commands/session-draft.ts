import { readDraft, deleteDraft, type SessionDraft } from '../db/drafts.js';
import type { Store } from '../db/open.js';
import type { Zone } from '../core/time/zone.js';
import { UserError } from '../errors.js';
import { localTime } from '../io/render/instant.js';
import type { Messages } from '../i18n/messages.js';

export interface DraftFlags {
  resume?: boolean;
  discard?: boolean;
  answers?: string;
}

export type DraftChoice = { action: 'start' } | { action: 'resume'; draft: SessionDraft } | { action: 'dropped'; draft: SessionDraft };

/**
 * What to do about a session's draft: a new session never silently replaces one (it says how to
 * continue or drop it), --resume needs one, --discard drops it.
 */
export function draftChoice(db: Store, kind: string, flags: DraftFlags, command: string, zone: Zone, words: Messages): DraftChoice {
  if (flags.resume && flags.discard) throw new UserError(words.t('session.draft.both'));
  if ((flags.resume || flags.discard) && flags.answers !== undefined) throw new UserError(words.t('session.draft.withAnswers', { flag: flags.resume ? 'resume' : 'discard' }));
  const draft = readDraft(db, kind);
  if (flags.discard) {
    if (!draft) throw new UserError(words.t('session.draft.noneToDrop', { command }));
    deleteDraft(db, kind);
    return { action: 'dropped', draft };
  }
  if (flags.resume) {
    if (!draft) throw new UserError(words.t('session.draft.noneToContinue', { command }), words.t('session.draft.startNew', { command }));
    return { action: 'resume', draft };
  }
  if (draft && flags.answers === undefined) {
    throw new UserError(words.plural('session.draft.waiting', draft.answers.length, { command, at: localTime(draft.savedAt, zone) }), words.t('session.draft.waitingHint', { command }));
  }
  return { action: 'start' };
}
