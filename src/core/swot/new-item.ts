import { UserError } from '../../errors.js';
import { hasLikelihood, QUADRANTS, type Quadrant, type SwotItem } from './swot.js';

export interface ItemFields {
  quadrant?: string;
  importance?: string;
  likelihood?: string;
  note?: string;
  text?: string;
}

/** Checks an item given on the command line (`svc swot add`): the likelihood belongs to opportunities and threats only. */
export function newItem(fields: ItemFields): SwotItem {
  const quadrant = (fields.quadrant ?? '').trim().toLowerCase();
  if (!(QUADRANTS as readonly string[]).includes(quadrant)) throw new UserError(`--quadrant must be one of ${QUADRANTS.join(', ')}, not "${fields.quadrant ?? ''}"`);
  const text = fields.text?.trim() ?? '';
  if (text === '') throw new UserError('the item text is empty');
  const importance = score(fields.importance, '--importance');
  if (importance === null) throw new UserError('--importance is missing (1–5)');
  const likelihood = score(fields.likelihood, '--likelihood');
  if (hasLikelihood(quadrant as Quadrant) && likelihood === null) throw new UserError(`${quadrant === 'opportunity' ? 'an' : 'a'} ${quadrant} needs --likelihood (1–5)`);
  if (!hasLikelihood(quadrant as Quadrant) && likelihood !== null) throw new UserError(`--likelihood is for opportunities and threats, not a ${quadrant}`);
  const note = fields.note?.trim() || null;
  return { quadrant: quadrant as Quadrant, text, importance, likelihood, note, evidenceKey: null, evidence: null, origin: 'added' };
}

function score(text: string | undefined, option: string): number | null {
  if (text === undefined) return null;
  const value = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || value < 1 || value > 5) throw new UserError(`${option} must be a whole number from 1 to 5, not "${text}"`);
  return value;
}
