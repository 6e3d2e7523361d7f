/**
 * What imported text must not smuggle into a terminal or a Markdown viewer: C0 and C1 control
 * characters (ESC starts every terminal escape sequence) and DEL. They are shown escaped, so a
 * person sees that something odd was in the data instead of having their screen cleared.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** One line for a table cell: line breaks and tabs read as spaces, other controls escaped. */
export function oneLineSafe(text: string): string {
  return escapeControls(text.replace(/\r\n|[\r\n\t]/g, ' '));
}

/** A cell a spreadsheet would not take for a number: kept as it is. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * OWASP's rule against formula injection: a cell starting with = + - @ tab or CR gets a leading
 * apostrophe, so spreadsheets read it as text. A plain number (a phone number such as
 * +972541234567, a negative change) stays as it is: it cannot be a formula.
 */
export function neutraliseFormula(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}
