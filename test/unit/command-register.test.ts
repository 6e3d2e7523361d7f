import { describe, expect, it } from 'vitest';
import { commandDeclarations, commandWord, declarationsFor } from '../../src/commands/register.js';

describe('which declarations a command line declares', () => {
  it('finds the command word after the program’s own --db', () => {
    expect(commandWord(['report', '--weekly'])).toBe('report');
    expect(commandWord(['--db', 'report', 'import', 'x.csv'])).toBe('import');
    expect(commandWord(['--db=a.db', 'report'])).toBe('report');
    expect(commandWord(['--help'])).toBeUndefined();
    expect(commandWord(['--db', 'a.db'])).toBeUndefined();
    expect(commandWord([])).toBeUndefined();
  });

  it('a line naming a command gets that command’s declaration, for every command svc --help lists', () => {
    const all = commandDeclarations();
    const names = all.map((spec) => spec.name);
    expect(names).toEqual(expect.arrayContaining(['db', 'report', 'survey', 'completion', 'complete']));
    for (const name of names.filter((name) => name !== 'complete')) {
      const loaded = declarationsFor([name, '--help']);
      expect(loaded.map((spec) => spec.name), name).toContain(name);
      expect(loaded.length, name).toBeLessThan(all.length);
    }
  });

  it('svc --help, a mistyped command and svc complete (which completes from the whole tree) get every declaration', () => {
    const all = commandDeclarations().map((spec) => spec.name);
    for (const argv of [['--help'], [], ['reprt'], ['help', 'report'], ['complete', '--', 'rep']]) {
      expect(declarationsFor(argv).map((spec) => spec.name), argv.join(' ')).toEqual(all);
    }
  });
});
