import type { Command } from 'commander';
import type { CommandContext } from './context.js';
import { registerCallbacks } from './callbacks.js';
import { registerCalls } from './calls.js';
import { registerCheck } from './check.js';
import { commitCommand } from './commit/index.js';
import { complaintCommand } from './complaint/index.js';
import { declareCommand } from './declare.js';
import { registerConfig } from './config.js';
import { registerCustomer } from './customer.js';
import { registerCustomers } from './customers.js';
import { registerDb } from './db.js';
import { registerImport } from './import.js';
import { registerImports } from './imports.js';
import { registerReport } from './report.js';
import { registerStaffing } from './staffing.js';
import { surveyCommand } from './survey/index.js';
import { swotCommand } from './swot/index.js';
import { registerTarget } from './target.js';
import { registerFocus } from './focus.js';
import { registerEvent } from './event.js';
import { registerIdea } from './idea.js';

/** Every command, in the order `svc --help` lists them. */
export function registerCommands(program: Command, context: CommandContext): void {
  registerDb(program, context);
  registerConfig(program, context);
  registerImport(program, context);
  registerImports(program, context);
  registerReport(program, context);
  registerCalls(program, context);
  registerStaffing(program, context);
  registerTarget(program, context);
  declareCommand(program, commitCommand(), context);
  declareCommand(program, complaintCommand(), context);
  registerCallbacks(program, context);
  registerCustomer(program, context);
  registerCustomers(program, context);
  registerCheck(program, context);
  declareCommand(program, surveyCommand(), context);
  declareCommand(program, swotCommand(), context);
  registerFocus(program, context);
  registerEvent(program, context);
  registerIdea(program, context);
}
