import { Option } from 'commander';
import { QUADRANTS } from '../../core/swot/swot.js';
import { argument, type CommandSpec } from '../declare.js';
import { dbOption, discardOption, formatOption, outOption, periodOptions, resumeOption, writeOptions } from '../options.js';

const pageLanguage = () => new Option('--lang <lang>', 'language of the headings and names (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']);

export const swotCommand = (): CommandSpec => ({
  name: 'swot',
  description: 'SWOT reviews: evidence from the store, the four quadrants, TOWS strategies',
  commands: [
    {
      name: 'start',
      isDefault: true,
      description: 'start a review (what svc swot alone does): evidence, proposals, your items, then TOWS strategies; default period: the last complete month the data covers',
      options: [
        new Option('--title <title>', 'the review’s title (otherwise asked)'),
        ...periodOptions().filter((o) => o.long === '--from' || o.long === '--to'),
        new Option('--answers <file.json>', 'take the answers from a file instead of a terminal (for scripts)'),
        new Option('--lang <lang>', 'language of the session (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']),
        resumeOption(),
        discardOption(),
        dbOption(),
      ],
      examples: ['svc swot', 'svc swot start --title "Q4 review" --from 2026-10-01 --to 2026-12-31', 'svc swot start --answers review.json'],
      load: () => import('./start.js'),
    },
    {
      name: 'list',
      description: 'the reviews, oldest first, with their item and strategy counts',
      options: [pageLanguage(), dbOption(), formatOption(['table', 'json', 'csv', 'md'])],
      examples: ['svc swot list', 'svc swot list --lang he', 'svc swot list --format json'],
      load: () => import('./list.js'),
    },
    {
      name: 'show',
      description: 'one review on a page: the 2×2 grid, the TOWS strategies and what became of them',
      arguments: [argument('<id>', 'a review id, or latest')],
      options: [pageLanguage(), dbOption(), formatOption(['table', 'md', 'csv', 'json', 'html']), outOption()],
      examples: ['svc swot show latest', 'svc swot show latest --lang he', 'svc swot show 3 --format html --out swot-3.html'],
      load: () => import('./show.js'),
    },
    {
      name: 'diff',
      description: 'from one review to the next: items added, dropped and re-scored, and the old strategies done or not',
      arguments: [argument('<old>', 'the earlier review id'), argument('<new>', 'the later review id, or latest')],
      options: [pageLanguage(), dbOption(), formatOption(['table', 'md', 'csv', 'json', 'html']), outOption()],
      examples: ['svc swot diff 2 latest', 'svc swot diff 2 3 --format md'],
      load: () => import('./diff.js'),
    },
    {
      name: 'add',
      description: 'add an item to a review from a script; says its code, e.g. S3 (--quiet: only the code)',
      arguments: [argument('<id>', 'a review id, or latest'), argument('<text>', 'the item')],
      options: [
        new Option('--quadrant <quadrant>', 'where it goes (required)').choices(QUADRANTS).makeOptionMandatory(),
        new Option('--importance <n>', 'how much it matters, 1–5 (required)').makeOptionMandatory(),
        new Option('--likelihood <n>', 'for an opportunity or threat: how likely, 1–5'),
        new Option('--note <text>', 'a note to go with it'),
        dbOption(),
        ...writeOptions(),
      ],
      examples: ['svc swot add latest "Evening queue understaffed" --quadrant weakness --importance 4', 'svc swot add 3 "New competitor opening nearby" --quadrant threat --importance 3 --likelihood 4'],
      load: () => import('./add.js'),
    },
  ],
});
