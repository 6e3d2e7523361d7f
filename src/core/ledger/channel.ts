import { UserError } from '../../errors.js';

/** How a promise was made or a complaint came in. */
export const CHANNELS = ['phone', 'email', 'chat', 'visit', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export function parseChannel(text: string): Channel {
  const value = text.trim().toLowerCase();
  if (!(CHANNELS as readonly string[]).includes(value)) throw new UserError(`unknown channel "${text}": use one of ${CHANNELS.join(', ')}`);
  return value as Channel;
}
