import { recordCommitment } from '../commitments/ledger.js';
import { insertCommitmentEvent } from '../../db/commitments.js';
import type { Store } from '../../db/open.js';
import { insertFollowup, readResponse } from '../../db/surveys.js';
import { UserError } from '../../errors.js';
import { surveyResponses, type SurveyResponseRow } from './responses.js';
import { atomicallyWriting } from '../../db/transaction.js';

/** Every detractor's answer not yet closed by a call back, oldest first: whom to call. */
export function openFollowups(db: Store): SurveyResponseRow[] {
  return surveyResponses(db, { band: 'detractor' })
    .filter((response) => response.followupCommitment === null)
    .reverse();
}

/**
 * Closes the loop with a detractor: the call back is recorded as a commitment to the customer,
 * kept at once, so it reaches the customer's trust account like any promise kept.
 */
export function closeFollowup(db: Store, responseId: number, call: { now: number; by: string; note: string | null }): number {
  return atomicallyWriting(db, () => {
    const response = readResponse(db, responseId);
    if (!response) throw new UserError(`no survey response ${responseId}`, 'svc survey followups lists the open ones with their ids');
    const open = openFollowups(db).some((candidate) => candidate.id === responseId);
    if (response.followupCommitment !== null) throw new UserError(`survey response ${responseId} was already followed up (commitment ${response.followupCommitment})`);
    if (!open) throw new UserError(`survey response ${responseId} is not a detractor's answer: only those are followed up`, 'svc survey followups lists them');
    if (response.customer === null) throw new UserError(`survey response ${responseId} has no customer to call back`);
    const comment = response.comment ? `: "${response.comment}"` : '';
    const commitmentId = recordCommitment(db, {
      externalId: null,
      customer: response.customer,
      promise: `Call back about survey response ${responseId} (${response.instrument} ${response.score})${comment}`,
      dueAt: call.now,
      owner: call.by,
      callId: response.callKey,
      channel: 'phone',
      madeAt: call.now,
      madeBy: call.by,
      recordedAt: call.now,
    });
    insertCommitmentEvent(db, { commitmentId, kind: 'keep', at: call.now, by: call.by, note: call.note, dueAt: null, recordedAt: call.now });
    insertFollowup(db, { responseId, commitmentId, closedAt: call.now, closedBy: call.by });
    return commitmentId;
  });
}
