import { commitmentStory } from '../../core/commitments/ledger.js';
import { commitmentStoryView } from '../../io/render/views/commitment-story.js';
import type { CommandContext } from '../context.js';
import { entryId } from '../ledger-command.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, id: string, options: Omit<CommonOptions, 'format'> & { format?: 'table' | 'json' | 'md' | 'html'; out?: string }) {
  return context.readSession(options, async ({ store: db, clock }) => {
    const story = commitmentStory(db, entryId(id, 'commitment'), clock.now);
    await context.print(commitmentStoryView(story, clock.zone), options.format ?? 'table', options);
  });
}
