/**
 * A caller id as a customer key, or null when it names nobody in particular: empty, all zeros,
 * or a withheld-number word. Such ids would make strangers look like one repeat caller.
 */
export function knownCaller(text: string | undefined): string | null {
  const value = text?.trim() ?? '';
  if (value === '' || /^0+$/.test(value)) return null;
  return /^(<?unknown>?|anonymous|restricted|private|unavailable|withheld)$/i.test(value) ? null : value;
}
