import type { Command } from 'commander';
import { smtpMailer } from '../jobs/mailer.ts';
import { createJobRunner } from '../jobs/runner.ts';
import { withServices } from './with-services.ts';

/** `khien jobs run-due`: run every due timer and mail job once (for operators and cron). */
export function registerProposalCommands(program: Command): void {
  const jobs = program.command('jobs').description('Hàng đợi việc hẹn giờ, thư điện tử / timer and mail jobs');
  jobs
    .command('run-due')
    .description('Chạy mọi việc đến hạn một lần / run every due job once')
    .action(async () => {
      await withServices(async (services) => {
        const config = services.config.jobs;
        const runner = createJobRunner(services, { mailer: config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null });
        const count = await runner.runDue();
        await runner.stop();
        process.stdout.write(`Đã chạy / ran ${count} việc / jobs\n`);
      });
    });
}
