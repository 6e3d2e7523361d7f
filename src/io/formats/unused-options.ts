import { UserError } from '../../errors.js';
import type { ReaderOptions } from './reader.js';

type ReaderOption = 'map' | 'columns' | 'sheet';

/** An option a format has no use for is refused, not silently ignored. */
export function refuseOptions(options: ReaderOptions, format: string, unused: readonly ReaderOption[]): void {
  for (const option of unused) {
    const given = option === 'map' ? Object.keys(options.map).length > 0 : options[option] !== undefined;
    if (given) throw new UserError(`the ${format} format takes no --${option}`, 'svc import --list-formats says what each format reads; docs/formats.md has a section per format');
  }
}
