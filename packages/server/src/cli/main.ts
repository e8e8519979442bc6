#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { isDomainError } from '@khien/core/errors';
import { registerCommands } from './commands.ts';
import { EXIT } from './exit-codes.ts';

/** `khien` — the operator's command line; one subcommand per use case (cli/commands.ts). */

const program = new Command();
program
  .name('khien')
  .description('Khiên — cơ chế khuyến khích và bảo vệ cán bộ năng động, sáng tạo (Nghị định 73/2023/NĐ-CP)')
  .exitOverride()
  .showHelpAfterError();
registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (isDomainError(error)) {
    process.stderr.write(`Lỗi [${error.code}]: ${error.messages.vi}\nError [${error.code}]: ${error.messages.en}\n`);
    process.exitCode = EXIT.refused;
  } else {
    process.stderr.write(`Lỗi ngoài dự kiến / unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT.failure;
  }
}
