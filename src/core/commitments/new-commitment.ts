import { UserError } from '../../errors.js';
import { parseChannel } from '../ledger/channel.js';
import { optionalId, requiredId, saidAt, type EntryContext } from '../ledger/fields.js';
import { optionalText, verbatim } from '../ledger/text.js';
import { parseWhen } from '../time/when.js';
import type { Commitment } from './commitment.js';

/** The fields of a new commitment as a person or a file gives them: text, not yet checked. */
export interface CommitmentFields {
  customer?: string;
  due?: string;
  promise?: string;
  owner?: string;
  call?: string;
  channel?: string;
  by?: string;
  madeAt?: string;
  externalId?: string;
}

/** Checks and reads a new commitment; a bare due day means "by the end of that day". */
export function newCommitment(fields: CommitmentFields, context: EntryContext): Omit<Commitment, 'id'> {
  const customer = requiredId(fields.customer, 'customer', context);
  const promise = verbatim(fields.promise, context.label('promise'));
  if (fields.due === undefined || fields.due.trim() === '') throw new UserError(`${context.label('due')} is missing`);
  const madeAt = saidAt(fields.madeAt, 'madeAt', context);
  const dueAt = parseWhen(fields.due, { now: context.now, zone: context.zone, dayEdge: 'end', direction: 'future', what: context.label('due'), phrases: context.phrases });
  if (dueAt < madeAt) throw new UserError(`${context.label('due')} "${fields.due}" is before the promise was made`);
  return {
    externalId: optionalId(fields.externalId),
    customer,
    promise,
    dueAt,
    owner: optionalId(fields.owner),
    callId: optionalId(fields.call),
    channel: optionalText(fields.channel) === null ? null : parseChannel(fields.channel!),
    madeAt,
    madeBy: optionalId(fields.by) ?? context.by,
    recordedAt: context.now,
  };
}
