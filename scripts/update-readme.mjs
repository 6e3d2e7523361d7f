// npm run readme: rewrites the generated references in docs/: the command reference in
// docs/commands.md from the CLI's own --help, and the KPI reference in docs/kpis.md from the KPI catalogue.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commandReference, replaceReference } from '../dist/commands/reference.js';
import { kpiReference, replaceKpiReference } from '../dist/io/render/reference/kpi-reference.js';

const commands = fileURLToPath(new URL('../docs/commands.md', import.meta.url));
writeFileSync(commands, replaceReference(readFileSync(commands, 'utf8'), await commandReference()));
console.log('docs/commands.md updated');

const kpis = fileURLToPath(new URL('../docs/kpis.md', import.meta.url));
writeFileSync(kpis, replaceKpiReference(readFileSync(kpis, 'utf8'), kpiReference()));
console.log('docs/kpis.md updated');
