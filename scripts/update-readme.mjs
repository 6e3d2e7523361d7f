// npm run readme: rewrites the command reference in docs/commands.md from the CLI's own --help.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commandReference, replaceReference } from '../dist/commands/reference.js';

const file = fileURLToPath(new URL('../docs/commands.md', import.meta.url));
writeFileSync(file, replaceReference(readFileSync(file, 'utf8'), commandReference()));
console.log('docs/commands.md updated');
