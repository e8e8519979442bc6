import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { DomainError } from '@khien/core/errors';
import { systemActor } from '../app/command.ts';
import { importOrganisations } from '../app/imports/import-organisations.ts';
import { importPeople } from '../app/imports/import-people.ts';
import type { ImportProgressEvent, ImportReport } from '../app/imports/import-report.ts';
import { withServices } from './with-services.ts';
import { EXIT } from './exit-codes.ts';

function printReport(report: ImportReport): void {
  const lines = [
    `Tệp / file: ${report.fileName} (${report.format}, ${report.encoding.bytes}/${report.encoding.text}, SHA-256 ${report.fileSha256})`,
    `Đọc / read: ${report.rowsRead} dòng · thêm mới / created ${report.created} · cập nhật / updated ${report.updated} · không đổi / unchanged ${report.unchanged} · bị từ chối / rejected ${report.rejected.length}`,
  ];
  for (const notice of report.notices) lines.push(`  [${notice.level}] ${notice.vi} / ${notice.en}`);
  for (const row of report.rejected) {
    for (const error of row.errors) lines.push(`  Dòng / row ${row.rowNumber} [${error.code}] ${error.vi} / ${error.en}`);
  }
  lines.push(report.dryRun ? 'Chạy thử: không thay đổi gì / dry run: nothing changed' : `Sổ cái / ledger index: ${report.ledgerIndex}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** A progress bar on a terminal; nothing when the output is a file or a pipe. */
function progressBar(): { onProgress: (p: ImportProgressEvent) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { onProgress: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: '{phase} [{bar}] {percentage}% | {value}/{total}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let phase: string | undefined;
  return {
    onProgress: (p) => {
      const label = p.phase === 'read' ? 'Đọc tệp / reading ' : 'Ghi dữ liệu / saving';
      if (phase !== p.phase) {
        if (phase) bar.stop();
        phase = p.phase;
        bar.start(p.total ?? p.done, p.done, { phase: label });
      }
      if (p.total !== undefined && p.total !== bar.getTotal()) bar.setTotal(Math.max(p.total, p.done));
      bar.update(p.done, { phase: label });
    },
    stop: () => phase && bar.stop(),
  };
}

export function registerImportCommands(program: Command): void {
  program
    .command('import')
    .description('Nhập cơ quan hoặc cán bộ từ CSV/XLSX / import organisations or people from CSV/XLSX')
    .argument('<what>', 'orgs | people')
    .argument('<file>', 'tệp .csv hoặc .xlsx / a .csv or .xlsx file')
    .option('--dry-run', 'kiểm tra và báo cáo, không ghi / validate and report without saving')
    .action(async (what: string, file: string, options: { dryRun?: boolean }) => {
      if (what !== 'orgs' && what !== 'people') {
        throw new DomainError('cli.unknown_import', {
          vi: `Không nhập được "${what}" (chỉ có: orgs, people).`,
          en: `Cannot import "${what}" (available: orgs, people).`,
        });
      }
      const bar = progressBar();
      const report = await withServices((services) => {
        const run = what === 'orgs' ? importOrganisations : importPeople;
        return run(services, systemActor('cli:import'), { path: file }, { dryRun: options.dryRun ?? false, onProgress: bar.onProgress });
      }).finally(bar.stop);
      printReport(report);
      // Rejected rows are not a failure of the command, but scripts want to know.
      if (report.rejected.length > 0) process.exitCode = EXIT.refused;
    });
}
