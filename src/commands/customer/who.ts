import type { CommandContext } from '../context.js';
import { operatingUser } from '../ledger-clock.js';
import type { CommonOptions } from '../options.js';

export type WhoOptions = CommonOptions & { by?: string; reason?: string };

/** Who records a change to a customer, when and why. */
export const who = (context: CommandContext, options: WhoOptions, now: number) => ({ at: now, by: options.by ?? operatingUser(context.io), reason: options.reason });
