import { UserError } from '../../errors.js';
import { customerKeyOf } from '../../db/customer-facts.js';
import { insertFlag, insertMerge, insertWow, readFlags, readMerges } from '../../db/customer-ledger.js';
import type { Store } from '../../db/open.js';
import { callExists } from '../../db/surveys.js';
import { resolveCustomer } from './customer-view.js';
import { FLAGS, flagsInForce, type Flag } from './flags.js';
import { mergedInto } from './merges.js';
import { atomicallyWriting } from '../../db/transaction.js';

export interface Who {
  at: number;
  by: string;
}

function requiredReason(reason: string | undefined): string {
  if (reason === undefined || reason.trim() === '') throw new UserError('--reason is empty', 'say why, in a few words: it stays with the entry');
  return reason;
}

/** Records that `other` is the same person as `customer`; both must be known, and not merged already. */
export function mergeCustomers(db: Store, customer: string, other: string, who: Who & { reason?: string }): { customer: string; other: string } {
  return atomicallyWriting(db, () => {
    const keep = resolveCustomer(db, customer);
    const otherKey = customerKeyOf(db, other) ?? '';
    resolveCustomer(db, other);
    const into = mergedInto(readMerges(db));
    if (otherKey === keep) throw new UserError(`"${customer}" and "${other}" are already one customer`);
    if (into.has(otherKey)) throw new UserError(`"${other}" is already merged into "${into.get(otherKey)}"`, `svc customer unmerge ${into.get(otherKey)} ${other} first`);
    insertMerge(db, { customer: keep, other: otherKey, action: 'merge', at: who.at, by: who.by, reason: who.reason ?? null });
    return { customer: keep, other: otherKey };
  });
}

/** Records that a merge no longer holds; the merge itself stays on record. */
export function unmergeCustomers(db: Store, customer: string, other: string, who: Who & { reason?: string }): void {
  atomicallyWriting(db, () => {
    const keep = customerKeyOf(db, customer);
    const otherKey = customerKeyOf(db, other);
    const merged = readMerges(db).some((row) => row.customer === keep && row.other === otherKey);
    const into = new Map(readMerges(db).map((row) => [row.other, row]));
    const last = otherKey === null ? undefined : into.get(otherKey);
    if (!merged || last?.action !== 'merge' || last.customer !== keep) throw new UserError(`"${other}" is not merged into "${customer}"`, `svc customer show ${customer} lists its merges`);
    insertMerge(db, { customer: keep!, other: otherKey!, action: 'unmerge', at: who.at, by: who.by, reason: who.reason ?? null });
  });
}

function assertFlag(flag: string): Flag {
  if (!(FLAGS as readonly string[]).includes(flag)) throw new UserError(`unknown flag "${flag}"`, `flags are: ${FLAGS.join(', ')}`);
  return flag as Flag;
}

export function changeFlag(db: Store, given: string, flagText: string, action: 'flag' | 'unflag', who: Who & { reason?: string }): string {
  const flag = assertFlag(flagText);
  const reason = requiredReason(who.reason);
  return atomicallyWriting(db, () => {
    const customer = resolveCustomer(db, given);
    const into = mergedInto(readMerges(db));
    const held = flagsInForce(readFlags(db), Number.MAX_SAFE_INTEGER, (id) => into.get(id) ?? id).get(customer)?.has(flag) ?? false;
    if (action === 'flag' && held) throw new UserError(`"${given}" is already flagged ${flag}`);
    if (action === 'unflag' && !held) throw new UserError(`"${given}" is not flagged ${flag}`, `svc customer show ${given} lists its flags`);
    insertFlag(db, { customer, flag, action, at: who.at, by: who.by, reason });
    return customer;
  });
}

export function recordWow(db: Store, given: string, text: string, who: Who & { agent?: string; call?: string }): { id: number; customer: string } {
  if (text.trim() === '') throw new UserError('the WOW moment is empty', 'say what was done beyond expectations, in a sentence');
  return atomicallyWriting(db, () => {
    const customer = resolveCustomer(db, given);
    if (who.call !== undefined && !callExists(db, who.call)) throw new UserError(`no call "${who.call}" in the store`, 'svc calls --customer ID shows the call ids');
    return { id: insertWow(db, { customer, text, agent: who.agent ?? null, call_key: who.call ?? null, at: who.at, by: who.by }), customer };
  });
}
