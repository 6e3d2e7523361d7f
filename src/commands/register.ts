import type { Command } from 'commander';
import { callbacksCommand } from './callbacks/index.js';
import { callsCommand } from './calls/index.js';
import { checkCommand } from './check/index.js';
import { commitCommand } from './commit/index.js';
import { complaintCommand } from './complaint/index.js';
import { completionCommands } from './completion/index.js';
import { configCommand } from './config/index.js';
import type { CommandContext } from './context.js';
import { customerCommand } from './customer/index.js';
import { customersCommand } from './customers/index.js';
import { dbCommand } from './db/index.js';
import { declareCommand, type CommandSpec } from './declare.js';
import { eventCommand } from './event/index.js';
import { focusCommand } from './focus/index.js';
import { ideaCommand } from './idea/index.js';
import { importCommand } from './import/index.js';
import { importsCommand } from './imports/index.js';
import { reportCommand } from './report/index.js';
import { staffingCommand } from './staffing/index.js';
import { surveyCommand } from './survey/index.js';
import { swotCommand } from './swot/index.js';
import { targetCommand } from './target/index.js';

/** Every command, in the order `svc --help` lists them: declarations only, each implementation loaded when it runs. */
export function commandDeclarations(): CommandSpec[] {
  return [
    dbCommand(),
    configCommand(),
    importCommand(),
    importsCommand(),
    reportCommand(),
    callsCommand(),
    staffingCommand(),
    targetCommand(),
    commitCommand(),
    complaintCommand(),
    callbacksCommand(),
    customerCommand(),
    customersCommand(),
    checkCommand(),
    surveyCommand(),
    swotCommand(),
    focusCommand(),
    eventCommand(),
    ideaCommand(),
    ...completionCommands(),
  ];
}

export function registerCommands(program: Command, context: CommandContext): void {
  for (const spec of commandDeclarations()) declareCommand(program, spec, context);
}
