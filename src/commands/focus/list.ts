import { focusGroups } from '../../core/listening/focus.js';
import { resolvePeriod } from '../../core/time/period.js';
import type { Cell } from '../../io/render/index.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions, PeriodFlags } from '../options.js';
import { listColumns } from '../../io/render/views/list-headers.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, options: CommonOptions & PeriodFlags & { lang?: string }) {
  return context.readSession(options, async (session) => {
    const { store: db, today } = session;
    const format = options.format ?? 'table';
    const people = format === 'table' || format === 'md';
    const words = sessionMessages(options.lang, session.settings, context.io);
    const asked = options.daily || options.weekly || options.monthly || options.from !== undefined || options.to !== undefined;
    const period = asked ? resolvePeriod(options, today, session.settings.week_start) : null;
    const rows = focusGroups(db, period?.fromDay ?? null, period?.toDay ?? null).flatMap(({ group, findings }): Record<string, Cell>[] => {
      const base = { group: group.id, date: group.heldDay, topic: group.topic, participants: group.participants };
      if (findings.length === 0) return [{ ...base, finding_id: null, polarity: null, finding: null }];
      return findings.map((finding) => ({ ...base, finding_id: finding.id, polarity: people ? words.t(`confirm.polarity.${finding.polarity}`) : finding.polarity, finding: finding.finding }));
    });
    const keys = ['group', 'date', 'topic', 'participants', 'finding_id', 'polarity', 'finding'];
    const columns = listColumns(keys, { prefix: 'focus.list', words, people, english: (key) => key.replace('_', ' '), right: ['group', 'participants', 'finding_id'] });
    await printList(context, options, { ...listDocument(words.t('focus.list.pageTitle'), { columns, rows, empty: words.t('focus.list.empty') }), lang: words.lang });
  });
}
