import { Option } from 'commander';
import { NPS_BANDS } from '../../core/survey/nps-band.js';
import { SURVEY_BREAKDOWNS } from '../../core/survey/breakdown.js';
import { argument, type CommandSpec } from '../declare.js';
import { byOption, dbOption, discardOption, formatOption, outOption, periodOptions, resumeOption, summaryQuietOption, writeOptions, writeQuietOption } from '../options.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export const surveyCommand = (): CommandSpec => ({
  name: 'survey',
  description: 'satisfaction surveys: CSAT, NPS, CES, SERVQUAL and your own instruments',
  commands: [
    {
      name: 'list',
      description: 'the instruments: built-in and defined, with their response counts',
      options: [
        new Option('--lang <lang>', 'language of the headers, kinds and titles (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']),
        dbOption(),
        formatOption(['table', 'json', 'csv', 'md']),
      ],
      examples: ['svc survey list', 'svc survey list --lang he', 'svc survey list --format json'],
      load: () => import('./list.js'),
    },
    {
      name: 'show',
      description: 'the questions of an instrument: what each is stored as (a column of an import), where an answers file puts it, its scale and wording',
      arguments: [argument('<instrument>')],
      options: [
        new Option('--lang <lang>', 'language of the wording and headers (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']),
        dbOption(),
        formatOption(['table', 'json', 'csv', 'md']),
      ],
      examples: ['svc survey show servqual', 'svc survey show nps --lang he'],
      load: () => import('./show.js'),
    },
    {
      name: 'define',
      description: 'add (or, before it has responses, change) a custom instrument from a JSON file',
      arguments: [argument('<file>', 'the definition: id, title, scales, dimensions, items (see docs/surveys.md)')],
      options: [dbOption(), ...writeOptions()],
      examples: ['svc survey define onboarding.json'],
      load: () => import('./define.js'),
    },
    {
      name: 'run',
      description: 'ask one respondent (or, with --repeat, one after another) and store the answers',
      arguments: [argument('<instrument>', 'csat, nps, ces, servqual or a defined one (svc survey list)')],
      options: [
        new Option('--customer <id>', 'the respondent, without --repeat (otherwise asked, optional)'),
        new Option('--call <call-id>', 'the call the survey follows up, without --repeat (otherwise asked, optional)'),
        new Option('--repeat', 'one respondent after another, e.g. a phone follow-up campaign'),
        new Option('--lang <lang>', 'language of the session (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']),
        new Option('--answers <file.json>', 'take the answers from a JSON file instead of a terminal, for scripts (where each answer goes: svc survey show INSTRUMENT)'),
        resumeOption(),
        discardOption(),
        summaryQuietOption(),
        dbOption(),
      ],
      examples: ['svc survey run nps --customer +972541234567', 'svc survey run csat --repeat', 'svc survey run servqual --answers answers.json'],
      load: () => import('./run.js'),
    },
    {
      name: 'responses',
      description: 'the answers themselves, newest first, with their comments (default: the last 30 days including today)',
      arguments: [argument('[instrument]', 'one instrument (default: all)')],
      options: [
        new Option('--comments', 'only answers with a comment'),
        new Option('--band <band>', 'only NPS answers in this band: detractor 0–6, passive 7–8, promoter 9–10').choices(NPS_BANDS),
        ...periodOptions(),
        new Option('--lang <lang>', 'language of the headings, names and notes (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']),
        dbOption(),
        formatOption(['table', 'json', 'csv', 'md']),
      ],
      examples: ['svc survey responses nps --band detractor --comments', 'svc survey responses --from "90d ago" --format csv'],
      load: () => import('./responses.js'),
    },
    {
      name: 'followups',
      description: "detractors' answers (NPS 0–6) not yet followed up, oldest first: whom to call back; --close records the call back",
      options: [
        new Option('--close <response-id>', 'record that the customer was called back: a commitment to them, kept now'),
        new Option('--note <text>', 'with --close: what was said or done'),
        byOption(),
        new Option('--lang <lang>', 'language of the headings, names and notes (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']),
        dbOption(),
        formatOption(['table', 'json', 'csv', 'md']),
        writeQuietOption(),
      ],
      examples: ['svc survey followups', 'svc survey followups --close 41 --note "apologised; credit on next bill"'],
      load: () => import('./followups.js'),
    },
    {
      name: 'import',
      description: 'responses collected elsewhere, from a CSV with a header: responded_at and one column per item',
      arguments: [argument('<file>')],
      options: [
        new Option('--instrument <id>', 'which instrument the answers belong to (required)').makeOptionMandatory(),
        new Option('--map <field=column>', 'read FIELD from COLUMN (repeatable), e.g. --map nps="How likely…"').argParser(collect),
        new Option('--strict', 'refuse the whole file on any bad row (exit 3, nothing written)'),
        new Option('--rejects <file>', 'write the rejected rows to this new file, with their line and the reason'),
        new Option('--force', 'let --rejects replace an existing file'),
        summaryQuietOption(),
        dbOption(),
      ],
      examples: ['svc survey import answers.csv --instrument nps', 'svc survey import export.csv --instrument csat --map csat="How satisfied were you?" --rejects rejected.csv'],
      load: () => import('./import.js'),
    },
    {
      name: 'report',
      description: 'NPS, CSAT, CES, SERVQUAL gaps and reliability for a period (default: the last 30 days including today)',
      arguments: [argument('[instrument]', 'one instrument (default: every one with responses in the period)')],
      options: [
        ...periodOptions(),
        new Option('--by <group>', 'also per month, or per agent or queue of the linked calls').choices(SURVEY_BREAKDOWNS),
        new Option('--compare', 'add the previous period of the same length and the change'),
        new Option('--trend', 'add NPS, CSAT and CES week by week within the period (the html page always draws it)'),
        new Option('--lang <lang>', 'language of the headings, names and notes (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']),
        dbOption(),
        formatOption(['table', 'json', 'csv', 'md', 'html']),
        outOption(),
      ],
      examples: ['svc survey report nps --monthly --compare', 'svc survey report nps --trend --lang he', 'svc survey report --from "90d ago" --by agent --format html --out surveys.html'],
      load: () => import('./report.js'),
    },
  ],
});
