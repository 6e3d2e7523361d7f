import { readDraft, deleteDraft, type SessionDraft } from '../db/drafts.js';
import type { Store } from '../db/open.js';
import type { Zone } from '../core/time/zone.js';
import { UserError } from '../errors.js';
import { localTime } from '../io/render/instant.js';

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
export function draftChoice(db: Store, kind: string, flags: DraftFlags, command: string, zone: Zone): DraftChoice {
  if (flags.resume && flags.discard) throw new UserError('--resume and --discard cannot go together');
  if ((flags.resume || flags.discard) && flags.answers !== undefined) throw new UserError(`--${flags.resume ? 'resume' : 'discard'} is for a session at a terminal; --answers runs all at once and leaves no draft`);
  const draft = readDraft(db, kind);
  if (flags.discard) {
    if (!draft) throw new UserError(`there is no draft of ${command} to drop`);
    deleteDraft(db, kind);
    return { action: 'dropped', draft };
  }
  if (flags.resume) {
    if (!draft) throw new UserError(`there is no draft of ${command} to continue`, `start a new one with ${command}`);
    return { action: 'resume', draft };
  }
  if (draft && flags.answers === undefined) {
    throw new UserError(
      `an interrupted ${command} left a draft of ${draft.answers.length} answer${draft.answers.length === 1 ? '' : 's'}, saved ${localTime(draft.savedAt, zone)}`,
      `${command} --resume continues it; ${command} --discard drops it`,
    );
  }
  return { action: 'start' };
}
