/**
 * The person or phone behind an Asterisk channel or queue-member interface:
 * `SIP/1001-0000001a` → `1001`, `PJSIP/alice` → `alice`, `Local/1001@from-queue/n` → `1001`,
 * `Agent/1240` → `1240`. A member name without a technology prefix is kept as it is.
 * Empty, `NONE` and `NOT_AVAILABLE` mean nobody.
 */
export function channelPeer(channel: string | undefined): string | null {
  const text = channel?.trim() ?? '';
  if (text === '' || text === 'NONE' || text === 'NOT_AVAILABLE') return null;
  const prefixed = /^[A-Za-z][A-Za-z0-9_]*\/(.+)$/.exec(text);
  if (!prefixed) return text;
  const peer = prefixed[1]!
    .replace(/\/n$/, '')
    .replace(/;\d+$/, '')
    // A channel's own suffix: eight hex digits (older versions used fewer) after the peer.
    .replace(/-[0-9a-f]{4,8}$/i, '')
    .replace(/@.*$/, '');
  return peer === '' ? null : peer;
}
