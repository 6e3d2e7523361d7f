import { escapeControls } from './sanitize.js';

/** Text for HTML and SVG: markup escaped, control characters shown as \xNN (they have no place in a page). */
export function escapeHtml(text: string): string {
  return escapeControls(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
