import type { CommonOptions } from '../options.js';
import type { Session } from '../session.js';

export type WhoOptions = CommonOptions & { by?: string; reason?: string; lang?: string };

/** Who records a change to a customer, when and why. */
export const who = (session: Session, options: WhoOptions) => ({ at: session.clock.now, by: options.by ?? session.user, reason: options.reason });
