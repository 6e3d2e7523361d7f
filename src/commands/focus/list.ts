import { focusGroups } from '../../core/listening/focus.js';
import { resolvePeriod } from '../../core/time/period.js';
import type { Cell } from '../../io/render/index.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions, PeriodFlags } from '../options.js';

export function run(context: CommandContext, options: CommonOptions & PeriodFlags) {
  return context.readSession(options, async (session) => {
    const { store: db, today } = session;
    const asked = options.daily || options.weekly || options.monthly || options.from !== undefined || options.to !== undefined;
    const period = asked ? resolvePeriod(options, today, session.settings.week_start) : null;
    const rows = focusGroups(db, period?.fromDay ?? null, period?.toDay ?? null).flatMap(({ group, findings }): Record<string, Cell>[] => {
      const base = { group: group.id, date: group.heldDay, topic: group.topic, participants: group.participants };
      if (findings.length === 0) return [{ ...base, finding_id: null, polarity: null, finding: null }];
      return findings.map((finding) => ({ ...base, finding_id: finding.id, polarity: finding.polarity, finding: finding.finding }));
    });
    const keys = ['group', 'date', 'topic', 'participants', 'finding_id', 'polarity', 'finding'];
    const columns = keys.map((key) => ({ key, header: key === 'finding_id' ? 'finding id' : key, align: ['group', 'participants', 'finding_id'].includes(key) ? ('right' as const) : undefined }));
    await printList(context, options, listDocument('Focus groups', { columns, rows, empty: 'No focus groups recorded: add one with svc focus add.' }));
  });
}
