import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DomainError } from '@khien/core/errors';
import { createAccountInput, newPassword } from '../app/accounts/account-input.ts';
import { createAccount } from '../app/accounts/create-account.ts';
import { resetPassword } from '../app/accounts/reset-password.ts';
import { systemActor } from '../app/command.ts';
import { loadConfig, redactedConfig } from '../config.ts';
import { migrate, migrationStatus } from '../db/migrate.ts';
import { buildApp } from '../http/app.ts';
import { createLogger, openConfiguredDatabase, startServices } from '../runtime.ts';
import { withServices } from './with-services.ts';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../seed/demo-data.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { EXIT } from './exit-codes.ts';
import { registerImportCommands } from './import-commands.ts';
import { registerProposalCommands } from './proposal-commands.ts';
import { startJobWorker } from '../jobs/start-worker.ts';
import { makeCheckpoint, startCheckpointer } from '../ledger/checkpoints.ts';
import { registerLedgerCommands } from './ledger-commands.ts';
import { registerReportCommands } from './report-commands.ts';
import { registerDossierCommands } from './dossier-commands.ts';

function readPassword(options: { password?: string; passwordStdin?: boolean }): string {
  const raw = options.passwordStdin ? readFileSync(0, 'utf8').replace(/\r?\n$/, '') : options.password;
  if (!raw) {
    throw new DomainError('cli.password_required', {
      vi: 'Cần mật khẩu: dùng --password hoặc --password-stdin.',
      en: 'A password is required: use --password or --password-stdin.',
    });
  }
  const parsed = newPassword.safeParse(raw);
  if (!parsed.success) {
    throw new DomainError('account.weak_password', {
      vi: 'Mật khẩu phải có ít nhất 10 ký tự và không chỉ gồm chữ số.',
      en: 'The password needs at least 10 characters and must not be only digits.',
    });
  }
  return parsed.data;
}

export function registerCommands(program: Command): void {
  program
    .command('serve')
    .description('Chạy máy chủ Khiên / run the Khiên server')
    .option('--demo', 'nạp dữ liệu mẫu trước khi chạy / load the demo province first (idempotent)')
    .action(async (options: { demo?: boolean }) => {
      const config = loadConfig();
      const logger = createLogger(config);
      const services = await startServices(config, logger);
      if (options.demo) {
        const report = await seedDemo(services);
        logger.info(report, 'demo data loaded');
      }
      const app = await buildApp(services);
      startJobWorker(services, app);
      // Sign a checkpoint every few seconds while there are new events (and at once at start).
      const logKey = await services.logKey();
      await makeCheckpoint(services.database.db, logKey, services.now());
      const stopCheckpointer = startCheckpointer(services.database.db, logKey, config.checkpointSeconds, logger);
      const address = await app.listen({ host: config.host, port: config.port });
      const url = config.publicUrl ?? address.replace('0.0.0.0', 'localhost').replace('127.0.0.1', 'localhost');
      const lines = [
        '',
        `  Khiên đang chạy tại / Khiên is running at: ${url}`,
        `  API: ${url}/api/v1 · Tài liệu API / API explorer: ${url}/api/docs`,
        `  Cơ sở dữ liệu / database: ${services.database.description}`,
      ];
      if (options.demo) {
        lines.push('', `  Tài khoản mẫu (mật khẩu chung / shared password: ${DEMO_PASSWORD}):`);
        for (const login of DEMO_LOGINS) lines.push(`    ${login.username.padEnd(20)} ${login.role}`);
      }
      lines.push('', '  Dừng / stop: Ctrl+C', '');
      process.stdout.write(`${lines.join('\n')}\n`);
      const shutdown = async () => {
        stopCheckpointer();
        await app.close();
        await services.database.close();
        process.exit(EXIT.ok);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });

  program
    .command('migrate')
    .description('Áp dụng migration cơ sở dữ liệu / apply database migrations')
    .option('--check', 'chỉ kiểm tra, không áp dụng; mã thoát 4 nếu còn migration chưa chạy / check only; exit 4 when some are pending')
    .action(async (options: { check?: boolean }) => {
      const config = loadConfig();
      const database = await openConfiguredDatabase(config);
      try {
        if (options.check) {
          const status = await migrationStatus(database.db);
          for (const m of status.applied) process.stdout.write(`applied  ${m.name}\n`);
          for (const m of status.pending) process.stdout.write(`pending  ${m.name}\n`);
          if (status.pending.length) process.exitCode = EXIT.pendingMigrations;
        } else {
          const applied = await migrate(database.db);
          process.stdout.write(
            applied.length ? `Đã áp dụng / applied: ${applied.join(', ')}\n` : 'Không có migration mới / nothing to apply\n',
          );
        }
      } finally {
        await database.close();
      }
    });

  program
    .command('seed')
    .description('Nạp dữ liệu / load data')
    .argument('<set>', 'bộ dữ liệu / data set: demo')
    .action(async (set: string) => {
      if (set !== 'demo')
        throw new DomainError('cli.unknown_seed', {
          vi: `Không có bộ dữ liệu "${set}" (chỉ có: demo).`,
          en: `No data set "${set}" (available: demo).`,
        });
      const report = await withServices(seedDemo);
      process.stdout.write(`Dữ liệu mẫu / demo data: ${JSON.stringify(report)}\n`);
    });

  const user = program.command('user').description('Quản lý tài khoản / manage accounts');
  user
    .command('create')
    .description('Tạo tài khoản / create an account')
    .argument('<username>')
    .option('--password <password>')
    .option('--password-stdin', 'đọc mật khẩu từ stdin / read the password from standard input')
    .option('--role <role...>', 'system_admin | org_officer | inspector', [])
    .option('--person <code>', 'mã cán bộ / personnel code of the linked person')
    .option('--scope <code>', 'mã cơ quan phạm vi / organisation code where the roles apply')
    .option('--display-name <name>')
    .action(
      async (
        username: string,
        options: { password?: string; passwordStdin?: boolean; role: string[]; person?: string; scope?: string; displayName?: string },
      ) => {
        const password = readPassword(options);
        const view = await withServices(async (services) => {
          const { db } = services.database;
          const person = options.person
            ? await db.selectFrom('people').select('id').where('code', '=', options.person).executeTakeFirst()
            : undefined;
          if (options.person && !person)
            throw new DomainError('person.not_found', {
              vi: `Không có cán bộ mã ${options.person}.`,
              en: `No person with code ${options.person}.`,
            });
          const scope = options.scope
            ? await db.selectFrom('organisations').select('id').where('code', '=', options.scope).executeTakeFirst()
            : undefined;
          if (options.scope && !scope)
            throw new DomainError('organisation.not_found', {
              vi: `Không có cơ quan mã ${options.scope}.`,
              en: `No organisation with code ${options.scope}.`,
            });
          const input = createAccountInput.safeParse({
            username,
            password,
            personId: person?.id ?? null,
            roles: options.role,
            scopeOrganisationId: scope?.id ?? null,
            displayName: options.displayName ?? null,
          });
          if (!input.success) {
            const list = input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
            throw new DomainError('request.invalid', { vi: `Dữ liệu không hợp lệ: ${list}`, en: `Invalid input: ${list}` });
          }
          return createAccount(services, systemActor('cli'), input.data, { mustChangePassword: false });
        });
        process.stdout.write(`Đã tạo tài khoản / created: ${view.username} (${view.id})\n`);
      },
    );
  user
    .command('reset-password')
    .description('Đặt lại mật khẩu (người dùng phải đổi khi đăng nhập) / reset a password (must be changed at next login)')
    .argument('<username>')
    .option('--password <password>')
    .option('--password-stdin')
    .action(async (username: string, options: { password?: string; passwordStdin?: boolean }) => {
      const password = readPassword(options);
      await withServices(async (services) => {
        const account = await services.database.db
          .selectFrom('accounts')
          .select('id')
          .where('username', '=', username.toLowerCase())
          .executeTakeFirst();
        if (!account) throw new DomainError('account.not_found', { vi: `Không có tài khoản ${username}.`, en: `No account ${username}.` });
        await resetPassword(services, systemActor('cli'), account.id, password);
      });
      process.stdout.write(`Đã đặt lại mật khẩu / password reset: ${username}\n`);
    });

  program
    .command('config')
    .description('Cấu hình / configuration')
    .argument('<action>', 'print')
    .action((action: string) => {
      if (action !== 'print')
        throw new DomainError('cli.unknown_action', {
          vi: `Không có thao tác "${action}" (chỉ có: print).`,
          en: `Unknown action "${action}" (available: print).`,
        });
      process.stdout.write(`${JSON.stringify(redactedConfig(loadConfig()), null, 2)}\n`);
    });

  registerImportCommands(program);
  registerProposalCommands(program);
  registerLedgerCommands(program);
  registerReportCommands(program);
  registerDossierCommands(program);
}
