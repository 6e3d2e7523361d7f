import { commitmentCsv } from '../../core/commitments/csv.js';
import type { CommandContext } from '../context.js';
import { runLedgerImport, type LedgerImportOptions } from '../ledger-command.js';

export const run = (context: CommandContext, file: string, options: LedgerImportOptions) => runLedgerImport(context, commitmentCsv, file, options);
