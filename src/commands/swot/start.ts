import { swotDefaultPeriod } from '../../core/swot/default-period.js';
import { dayFromIso } from '../../core/time/calendar.js';
import { resolvePeriod } from '../../core/time/period.js';
import { readDraft } from '../../db/drafts.js';
import { messages } from '../../i18n/messages.js';
import { answersFileAsk } from '../../interactive/answers-file-ask.js';
import { parseJsonFile } from '../../interactive/json-file.js';
import { recordSwotReview, SWOT_DRAFT, type SwotStart } from '../../interactive/swot-record.js';
import { requireTerminal } from '../../interactive/terminal.js';
import { wallClock } from '../../io/io.js';
import { localTime } from '../../io/render/instant.js';
import { swotPeriodNote, swotSavedLine } from '../../io/render/swot-lines.js';
import type { CommandContext } from '../context.js';
import { readText } from '../ledger-command.js';
import type { CommonOptions } from '../options.js';
import { draftChoice } from '../session-draft.js';
import { sessionLanguage } from '../session-language.js';
import { wrapLines } from '../../interactive/wrap-lines.js';

/** Shell convention for a run ended by Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

type StartOptions = CommonOptions & { title?: string; from?: string; to?: string; answers?: string; resume?: boolean; discard?: boolean; lang?: string };

export function run(context: CommandContext, options: StartOptions) {
  return context.withSession(options, async ({ store: db, settings, zone, clock, user }) => {
    const at = clock.now;
    const choice = draftChoice(db, SWOT_DRAFT, options, 'svc swot', zone, messages(sessionLanguage(options.lang, settings, context.io)));
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
      requireTerminal(context.io, 'svc swot', words);
      // The prompt library is loaded only for a session at a terminal.
      const { inquirerAsk } = await import('../../interactive/inquirer-ask.js');
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
      // Written when the session ends, however long it took: the computer's clock then.
      writtenAt: Math.floor(wallClock(context.io).getTime() / 1000),
      by: user,
      answersFile: options.answers,
      words,
      review: interactive,
      resume: choice.action === 'resume' ? choice.draft.answers : undefined,
    });
    if (result.interrupted) {
      const kept = readDraft(db, SWOT_DRAFT) !== undefined;
      // Said at the terminal the session ran on: wrapped at words, as the session's own lines.
      context.err(`${wrapLines(words.t(kept ? 'swot.interrupted' : 'swot.interruptedNothing'), context.io.stdout.columns ?? 80)}\n`);
      context.exitCode = INTERRUPTED;
      return;
    }
    if (chosen && !interactive) context.err(`${swotPeriodNote(chosen, words)}\n`);
    context.out(`${result.id}\n`);
    context.err(`${swotSavedLine({ id: result.id, items: result.draft.items, strategies: result.draft.strategies.length, commitments: result.commitments }, words)}\n`);
  });
}
