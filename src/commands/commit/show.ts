import { commitmentStory } from '../../core/commitments/ledger.js';
import { commitmentJson, commitmentStoryText } from '../../io/render/commitments.js';
import { escapeControls } from '../../io/render/document/sanitize.js';
import { renderJson } from '../../io/render/json.js';
import type { CommandContext } from '../context.js';
import { entryId } from '../ledger-command.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, id: string, options: CommonOptions) {
  return context.readSession(options, ({ store: db, clock }) => {
    const story = commitmentStory(db, entryId(id, 'commitment'), clock.now);
    context.out(options.format === 'json' ? renderJson(commitmentJson(story, clock.zone)) : escapeControls(commitmentStoryText(story, clock.zone)));
  });
}
