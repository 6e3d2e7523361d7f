import { FLAGS } from '../../core/customers/flags.js';
import { Option } from 'commander';
import { argument, type CommandSpec } from '../declare.js';
import { asOfOption, byOption, dbOption, formatOption } from '../options.js';

const flagCommand = (action: 'flag' | 'unflag'): CommandSpec => ({
  name: action,
  description: action === 'flag' ? 'flag a customer (append-only, with who, when and why); outreach never calls do-not-contact or fired' : 'take a flag off (the flagging stays on record)',
  arguments: [argument('<id>'), argument('<flag>', FLAGS.join('|'))],
  options: [new Option('--reason <text>', 'why (required)').makeOptionMandatory(), byOption(), dbOption()],
  examples: action === 'flag' ? ['svc customer flag +972541234567 do-not-contact --reason "asked on the call of 12 Nov"'] : ['svc customer unflag +972541234567 vip --reason "contract ended"'],
  load: () => import('./flag.js'),
});

export const customerCommand = (): CommandSpec => ({
  name: 'customer',
  description: 'one customer: everything the store knows, merges, flags and WOW moments (docs/customers.md)',
  commands: [
    {
      name: 'show',
      description: 'timeline of calls, promises, complaints, survey answers, WOW moments and flags, with kind and trust balance',
      arguments: [argument('<id>', 'phone number, account or e-mail')],
      options: [asOfOption(), dbOption(), formatOption(['table', 'json', 'md'])],
      examples: ['svc customer show +972541234567', 'svc customer show A-1093 --as-of 2026-10-31 --format json'],
      load: () => import('./show.js'),
    },
    {
      name: 'merge',
      description: 'record that two ids are one person (append-only; svc customer unmerge takes it back)',
      arguments: [argument('<id>', 'the id that stays'), argument('<other>', 'the id recorded as the same person')],
      options: [new Option('--reason <text>', 'why they are one person'), byOption(), dbOption()],
      examples: ['svc customer merge +972541234567 dana@example.com --reason "same person, e-mail on the complaint form"'],
      load: () => import('./merge.js'),
    },
    {
      name: 'unmerge',
      description: 'record that a merge no longer holds (the merge stays on record)',
      arguments: [argument('<id>'), argument('<other>')],
      options: [new Option('--reason <text>', 'why they are two people'), byOption(), dbOption()],
      examples: ['svc customer unmerge +972541234567 dana@example.com --reason "two Danas"'],
      load: () => import('./unmerge.js'),
    },
    flagCommand('flag'),
    flagCommand('unflag'),
    {
      name: 'wow',
      description: 'record, verbatim, something done beyond expectations: credited to trust, counted per agent; prints its id',
      arguments: [argument('<id>'), argument('<text>', 'what was done')],
      options: [new Option('--agent <agent>', 'who did it'), new Option('--call <call-id>', 'the call it happened on'), byOption(), dbOption()],
      examples: ['svc customer wow +972541234567 "drove the replacement router over after hours" --agent Dana'],
      load: () => import('./wow.js'),
    },
  ],
});
