/** y/yes/n/no in English, כ/כן/ל/לא in Hebrew, whatever the session's language. */
export function readYesNo(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (['y', 'yes', 'כ', 'כן'].includes(word)) return true;
  if (['n', 'no', 'ל', 'לא'].includes(word)) return false;
  return undefined;
}
