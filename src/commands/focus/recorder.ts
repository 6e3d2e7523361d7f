import type { Session } from '../session.js';

/** Now, today in the store's zone, and who records. */
export const recorder = (session: Session) => ({ now: session.clock.now, today: session.today, by: session.user });
