import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandReference, replaceReference } from '../../src/commands/reference.js';

describe('docs/commands.md (the command reference)', () => {
  it('matches every command\'s --help (run `npm run readme` after changing a command)', async () => {
    const readme = readFileSync(new URL('../../docs/commands.md', import.meta.url), 'utf8');
    expect(readme).toBe(replaceReference(readme, await commandReference()));
  });
});
