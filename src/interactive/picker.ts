import { createPrompt, isDownKey, isEnterKey, isUpKey, makeTheme, useKeypress, usePrefix, useState, type Status } from '@inquirer/core';
import stringWidth from 'string-width';
import { closeOpenIsolates } from '../i18n/isolates.js';

export interface PickerConfig<V> {
  message: string;
  choices: readonly { value: V; name: string }[];
  default?: V;
  /** Columns of the terminal: every entry fits on one line. */
  width: number;
  /** Entries shown at once. */
  height: number;
  more: { above(count: number): string; below(count: number): string };
  help: string;
}

/**
 * Shortens text to `width` columns, marking the cut with an ellipsis. Measured as the prompt
 * library measures when it wraps its screen (string-width, a bidi isolate counted as a column), so
 * an entry is never wrapped by it; an isolate the cut leaves open is closed.
 */
export function fitWidth(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let kept = '';
  for (const character of text) {
    if (stringWidth(`${kept}${character}…`) > width) break;
    kept += character;
  }
  return `${closeOpenIsolates(kept)}…`;
}

/** The first entry shown, so the active one stays in view with as much context above it as fits. */
export function windowStart(active: number, count: number, height: number): number {
  if (count <= height) return 0;
  return Math.min(Math.max(0, active - Math.floor(height / 2)), count - height);
}

/**
 * A list to choose from that never wraps: each entry is cut to the terminal's width, and the
 * lines above and below the visible entries say how many more there are.
 */
export const picker = createPrompt(<V>(config: PickerConfig<V>, done: (value: V) => void) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<Status>('idle');
  const prefix = usePrefix({ status, theme });
  const initial = Math.max(0, config.choices.findIndex((choice) => choice.value === config.default));
  const [active, setActive] = useState(initial);
  const count = config.choices.length;
  useKeypress((key) => {
    if (isEnterKey(key)) {
      setStatus('done');
      done((config.choices[active] as { value: V }).value);
    } else if (isUpKey(key) && active > 0) setActive(active - 1);
    else if (isDownKey(key) && active < count - 1) setActive(active + 1);
  });
  const message = theme.style.message(config.message, status);
  const chosen = config.choices[active]?.name ?? '';
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(fitWidth(chosen, Math.max(10, config.width - stringWidth(config.message) - 4)))}`;
  const height = Math.max(3, Math.min(config.height, count));
  const start = windowStart(active, count, height);
  const lines = config.choices.slice(start, start + height).map((choice, offset) => {
    const line = `${start + offset === active ? '❯' : ' '} ${fitWidth(choice.name, config.width - 3)}`;
    return start + offset === active ? theme.style.highlight(line) : line;
  });
  const above = start > 0 ? [theme.style.help(config.more.above(start))] : [];
  const below = start + height < count ? [theme.style.help(config.more.below(count - start - height))] : [];
  return [`${prefix} ${message}`, ...above, ...lines, ...below, theme.style.help(config.help)].join('\n');
});
