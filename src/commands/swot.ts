import { Option, type Command } from 'commander';
import { diffReviews } from '../core/swot/diff.js';
import { loadReview, reviewId } from '../core/swot/load.js';
import { newItem, type ItemFields } from '../core/swot/new-item.js';
import { QUADRANT_LETTER, QUADRANTS } from '../core/swot/swot.js';
import { resolvePeriod } from '../core/time/period.js';
import { Zone } from '../core/time/zone.js';
import { readSettings } from '../db/settings.js';
import { UserError } from '../errors.js';
import { appendItem, reviewSummaries } from '../db/swot.js';
import { answersFileAsk } from '../interactive/answers-file-ask.js';
import { inquirerAsk } from '../interactive/inquirer-ask.js';
import { parseJsonFile } from '../interactive/json-file.js';
import { recordSwotReview, SWOT_DRAFT, type SwotStart } from '../interactive/swot-record.js';
import { messages } from '../i18n/messages.js';
import { readDraft } from '../db/drafts.js';
import { dayFromIso } from '../core/time/calendar.js';
import { swotDefaultPeriod } from '../core/swot/default-period.js';
import { requireTerminal } from '../interactive/terminal.js';
import { renderRows } from '../io/render/index.js';
import { localTime } from '../io/render/instant.js';
import { reviewDiffView, reviewView } from '../io/render/views/swot-review.js';
import { swotPeriodNote, swotSavedLine } from '../io/render/swot-lines.js';
import { now, wallClock } from '../io/io.js';
import type { CommandContext } from './context.js';
import { operatingUser } from './ledger-clock.js';
import { readText } from './ledger-command.js';
import { dbOption, formatOption, outOption, periodOptions, type CommonOptions } from './options.js';
import { discardOption, draftChoice, resumeOption } from './session-draft.js';
import { sessionLanguage } from './session-language.js';

/** Shell convention for a run ended by Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

type PageOptions = Omit<CommonOptions, 'format'> & { format?: 'table' | 'md' | 'json' | 'csv' | 'html'; out?: string; lang?: string };

const pageLanguageOption = () => new Option('--lang <lang>', 'language of the headings and names (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']);

export function registerSwot(program: Command, context: CommandContext): void {
  const unixNow = () => Math.floor(now(context.io).getTime() / 1000);
  const swot = program.command('swot').description('SWOT reviews: evidence from the store, the four quadrants, TOWS strategies');
  const start = swot
    .command('start', { isDefault: true })
    .description('start a review (what svc swot alone does): evidence, proposals, your items, then TOWS strategies; default period: the last complete month the data covers')
    .option('--title <title>', 'the review’s title (otherwise asked)');
  for (const option of periodOptions().filter((o) => o.long === '--from' || o.long === '--to')) start.addOption(option);
  start
    .option('--answers <file.json>', 'take the answers from a file instead of a terminal (for scripts)')
    .addOption(new Option('--lang <lang>', 'language of the session (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']))
    .addOption(resumeOption())
    .addOption(discardOption())
    .addOption(dbOption())
    .action((options: CommonOptions & { title?: string; from?: string; to?: string; answers?: string; resume?: boolean; discard?: boolean; lang?: string }) =>
      context.withStore(options, async (db) => {
        const settings = readSettings(db);
        const zone = new Zone(settings.timezone);
        const at = unixNow();
        const choice = draftChoice(db, SWOT_DRAFT, options, 'svc swot', zone);
        if (choice.action === 'dropped') {
          const lang = (choice.draft.started as unknown as SwotStart).lang ?? sessionLanguage(options.lang, settings, context.io);
          context.err(`${messages(lang).t('swot.dropped', { at: localTime(choice.draft.savedAt, zone), count: choice.draft.answers.length })}\n`);
          return;
        }
        const start = choice.action === 'resume' ? (choice.draft.started as unknown as SwotStart) : undefined;
        const asked = options.from !== undefined || options.to !== undefined;
        const chosen = start || asked ? undefined : swotDefaultPeriod(db, zone, zone.localDay(at));
        const period = start
          ? { fromDay: dayFromIso(start.from), toDay: dayFromIso(start.to), kind: start.kind }
          : (chosen?.period ?? resolvePeriod({ from: options.from, to: options.to }, zone.localDay(at), settings.week_start, 'monthly'));
        const words = messages(start?.lang ?? sessionLanguage(options.lang, settings, context.io));
        let ask;
        if (options.answers !== undefined) ask = answersFileAsk(parseJsonFile(readText(context.io, options.answers), options.answers), options.answers);
        else {
          requireTerminal(context.io, 'svc swot');
          ask = inquirerAsk(context.io, words);
          if (choice.action === 'resume') ask.say(words.plural('session.resumed', choice.draft.answers.length, { at: localTime(choice.draft.savedAt, zone) }));
          ask.say(words.t('session.backHint'));
          if (chosen) ask.say(swotPeriodNote(chosen, words));
        }
        const interactive = options.answers === undefined;
        const result = await recordSwotReview(db, ask, {
          title: start?.title ?? options.title,
          period,
          zone,
          now: at,
          writtenAt: Math.floor(wallClock(context.io).getTime() / 1000),
          by: operatingUser(context.io),
          answersFile: options.answers,
          words,
          review: interactive,
          resume: choice.action === 'resume' ? choice.draft.answers : undefined,
        });
        if (result.interrupted) {
          const kept = readDraft(db, SWOT_DRAFT) !== undefined;
          context.err(`${words.t(kept ? 'swot.interrupted' : 'swot.interruptedNothing')}\n`);
          context.exitCode = INTERRUPTED;
          return;
        }
        if (chosen && !interactive) context.err(`${swotPeriodNote(chosen, words)}\n`);
        context.out(`${result.id}\n`);
        context.err(`${swotSavedLine({ id: result.id, items: result.draft.items, strategies: result.draft.strategies.length, commitments: result.commitments }, words)}\n`);
      }),
    );

  swot
    .command('list')
    .description('the reviews, oldest first, with their item and strategy counts')
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md']))
    .action((options: CommonOptions) =>
      context.readStore(options, (db) => {
        const keys = ['id', 'created_at', 'title', 'from', 'to', 'strengths', 'weaknesses', 'opportunities', 'threats', 'strategies'];
        const columns = keys.map((key) => ({ key, header: key === 'created_at' ? 'made' : key, align: ['id', 'strengths', 'weaknesses', 'opportunities', 'threats', 'strategies'].includes(key) ? ('right' as const) : undefined }));
        const zone = new Zone(readSettings(db).timezone);
        const forPeople = options.format === 'table' || options.format === 'md';
        const rows = reviewSummaries(db).map((review) => ({ ...review, created_at: forPeople ? localTime(Date.parse(review.created_at) / 1000, zone) : review.created_at }));
        context.out(renderRows(options.format ?? 'table', { columns, rows, empty: 'No SWOT reviews yet: start one with svc swot.' }, context.terminal({})));
      }),
    );

  swot
    .command('show')
    .description('one review on a page: the 2×2 grid, the TOWS strategies and what became of them')
    .argument('<id>', 'a review id, or latest')
    .addOption(pageLanguageOption())
    .addOption(dbOption())
    .addOption(formatOption(['table', 'md', 'json', 'csv', 'html']))
    .addOption(outOption())
    .action((id: string, options: PageOptions) =>
      context.readStore(options, async (db) => {
        const settings = readSettings(db);
        const review = loadReview(db, reviewId(db, id), unixNow());
        const words = messages(sessionLanguage(options.lang, settings, context.io));
        await context.print(reviewView(review, new Zone(settings.timezone), words), options.format ?? 'table', options);
      }),
    );

  swot
    .command('diff')
    .description('from one review to the next: items added, dropped and re-scored, and the old strategies done or not')
    .argument('<old>', 'the earlier review id')
    .argument('<new>', 'the later review id, or latest')
    .addOption(pageLanguageOption())
    .addOption(dbOption())
    .addOption(formatOption(['table', 'md', 'json', 'csv', 'html']))
    .addOption(outOption())
    .action((older: string, newer: string, options: PageOptions) =>
      context.readStore(options, async (db) => {
        const at = unixNow();
        const settings = readSettings(db);
        const [oldId, newId] = [reviewId(db, older), reviewId(db, newer)];
        if (oldId > newId) throw new UserError(`review ${oldId} came after review ${newId}: give the earlier one first`, `svc swot diff ${newId} ${oldId}`);
        const diff = diffReviews(loadReview(db, oldId, at), loadReview(db, newId, at));
        const words = messages(sessionLanguage(options.lang, settings, context.io));
        await context.print(reviewDiffView(diff, new Zone(settings.timezone), words), options.format ?? 'table', options);
      }),
    );

  swot
    .command('add')
    .description('add an item to a review from a script; prints its code (e.g. S3)')
    .argument('<id>', 'a review id, or latest')
    .argument('<text>', 'the item')
    .addOption(new Option('--quadrant <quadrant>', 'where it goes (required)').choices(QUADRANTS).makeOptionMandatory())
    .requiredOption('--importance <n>', 'how much it matters, 1–5 (required)')
    .option('--likelihood <n>', 'for an opportunity or threat: how likely, 1–5')
    .option('--note <text>', 'a note to go with it')
    .addOption(dbOption())
    .action((id: string, text: string, options: CommonOptions & ItemFields) =>
      context.withStore(options, (db) => {
        const review = loadReview(db, reviewId(db, id), unixNow());
        const item = newItem({ ...options, text });
        const position = appendItem(db, review.id, item);
        context.out(`${QUADRANT_LETTER[item.quadrant]}${position}\n`);
      }),
    );
}
