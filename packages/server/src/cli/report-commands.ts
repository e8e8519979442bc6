import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { DomainError } from '@khien/core/errors';
import { systemActor } from '../app/command.ts';
import { notFound } from '../app/errors.ts';
import { renderReviewReport, REVIEW_FORMATS, reviewInput } from '../app/statistics/review-report.ts';
import { withServices } from './with-services.ts';

type ReviewFormat = (typeof REVIEW_FORMATS)[number];

/** `khien report review --org CODE --period 2026-H1 -o file.docx|pdf|xlsx [--as-of 2026-06-15]`. */
export function registerReportCommands(program: Command): void {
  const report = program.command('report').description('Báo cáo định kỳ / periodic reports');
  report
    .command('review')
    .description('Báo cáo sơ kết (2026-H1) / tổng kết (2026) của cơ quan và các đơn vị trực thuộc / interim or annual review')
    .requiredOption('--org <code>', 'mã cơ quan / organisation code')
    .requiredOption('--period <key>', 'kỳ: 2026-H1, 2026-H2, 2026-Q1 hoặc 2026 / period key')
    .requiredOption('-o, --output <file>', 'tệp ra .docx, .pdf hoặc .xlsx / output file')
    .option('--as-of <date>', 'số liệu tính đến ngày (YYYY-MM-DD) / figures as of')
    .option('--format <format>', 'docx | pdf | xlsx (mặc định theo đuôi tệp / default from the extension)')
    .action(async (options: { org: string; period: string; output: string; asOf?: string; format?: string }) => {
      const format = (options.format ?? extname(options.output).slice(1)).toLowerCase();
      if (!(REVIEW_FORMATS as readonly string[]).includes(format)) {
        throw new DomainError('cli.report_format', {
          vi: 'Định dạng phải là docx, pdf hoặc xlsx (--format hoặc đuôi tệp).',
          en: 'The format must be docx, pdf or xlsx (--format or the file extension).',
        });
      }
      await withServices(async (services) => {
        const org = await services.database.db
          .selectFrom('organisations')
          .select('id')
          .where('code', '=', options.org.trim())
          .executeTakeFirst();
        if (!org) throw notFound('organisation', options.org);
        const input = reviewInput.parse({
          organisationId: org.id,
          period: options.period,
          ...(options.asOf ? { asOf: options.asOf } : {}),
        });
        const file = await renderReviewReport(services, systemActor('cli'), input, format as ReviewFormat);
        writeFileSync(options.output, file.bytes);
        process.stdout.write(`${file.fileName} → ${options.output} (${file.bytes.byteLength} bytes)\n`);
      });
    });
}
