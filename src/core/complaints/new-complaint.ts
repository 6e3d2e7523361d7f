import { UserError } from '../../errors.js';
import { parseChannel } from '../ledger/channel.js';
import { optionalId, requiredId, saidAt, type EntryContext } from '../ledger/fields.js';
import { optionalText, verbatim } from '../ledger/text.js';
import { categoryKey } from './category.js';
import { SEVERITIES, type Complaint, type Severity } from './complaint.js';

/** The fields of a new complaint as a person or a file gives them: text, not yet checked. */
export interface ComplaintFields {
  customer?: string;
  category?: string;
  description?: string;
  severity?: string;
  channel?: string;
  call?: string;
  remedy?: string;
  by?: string;
  receivedAt?: string;
  externalId?: string;
}

export function newComplaint(fields: ComplaintFields, context: EntryContext): Omit<Complaint, 'id'> {
  const customer = requiredId(fields.customer, 'customer', context);
  const category = requiredId(fields.category, 'category', context);
  const description = verbatim(fields.description, context.label('description'));
  return {
    externalId: optionalId(fields.externalId),
    customer,
    category,
    categoryKey: categoryKey(category),
    severity: optionalText(fields.severity) === null ? 'medium' : parseSeverity(fields.severity!),
    channel: optionalText(fields.channel) === null ? null : parseChannel(fields.channel!),
    callId: optionalId(fields.call),
    remedy: optionalText(fields.remedy),
    description,
    receivedAt: saidAt(fields.receivedAt, 'receivedAt', context),
    recordedBy: optionalId(fields.by) ?? context.by,
    recordedAt: context.writtenAt,
  };
}

export function parseSeverity(text: string): Severity {
  const value = text.trim().toLowerCase();
  if (!(SEVERITIES as readonly string[]).includes(value)) throw new UserError(`unknown severity "${text}": use one of ${SEVERITIES.join(', ')}`);
  return value as Severity;
}
