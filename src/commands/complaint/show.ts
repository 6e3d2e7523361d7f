import { complaintStory } from '../../core/complaints/ledger.js';
import { complaintStoryView } from '../../io/render/views/complaint-story.js';
import type { CommandContext } from '../context.js';
import { entryId } from '../ledger-command.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, id: string, options: Omit<CommonOptions, 'format'> & { format?: 'table' | 'json' | 'md' | 'html'; out?: string }) {
  return context.readSession(options, async ({ store: db, clock }) => {
    const story = complaintStory(db, entryId(id, 'complaint'), clock.now);
    await context.print(complaintStoryView(story, clock.zone), options.format ?? 'table', options);
  });
}
