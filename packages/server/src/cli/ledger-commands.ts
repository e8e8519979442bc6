import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { DomainError, isDomainError } from '@khien/core/errors';
import { systemActor } from '../app/command.ts';
import { addWitnessedLog } from '../app/ledger/add-witnessed-log.ts';
import { checkpointNow } from '../app/ledger/ledger-queries.ts';
import { redactPayload } from '../app/ledger/redact-payload.ts';
import { trustWitness } from '../app/ledger/trust-witness.ts';
import { witnessLog, type WitnessRunResult } from '../app/ledger/witness-log.ts';
import { verifyLedger, type Divergence, type VerifyPhase, type VerifyProgress, type VerifyReport } from '../ledger/verify.ts';
import { loadWitnessKey } from '../ledger/witness-key.ts';
import { readWitnessTokens, saveWitnessToken } from '../ledger/witness-tokens.ts';
import { EXIT } from './exit-codes.ts';
import { withServices } from './with-services.ts';

const PHASES: Record<VerifyPhase, string> = {
  log: 'Sổ cái / log        ',
  checkpoints: 'Điểm kiểm / checkpts',
  replay: 'Phát lại / replay   ',
  compare: 'So sánh / compare   ',
};

/** A progress bar per phase on a terminal; nothing when stderr is a file or a pipe. */
function progressBar(): { onProgress: (p: VerifyProgress) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { onProgress: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: '{phase} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let phase: VerifyPhase | undefined;
  return {
    onProgress: (p) => {
      if (phase !== p.phase) {
        if (phase) bar.stop();
        phase = p.phase;
        bar.start(Math.max(p.total, 1), p.done, { phase: PHASES[p.phase] });
      }
      bar.update(p.done);
    },
    stop: () => {
      if (phase) bar.stop();
    },
  };
}

function describe(d: Divergence): string {
  const where = [
    d.eventIndex !== null ? `sự kiện / event #${d.eventIndex}` : null,
    d.table ? `bảng / table ${d.table}` : null,
    d.row
      ? `dòng / row ${Object.entries(d.row)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(', ')}`
      : null,
    d.column ? `cột / column ${d.column}` : null,
  ].filter(Boolean);
  const values =
    d.live !== undefined || d.replayed !== undefined
      ? `\n    live: ${JSON.stringify(d.live)}\n    replay/expected: ${JSON.stringify(d.replayed)}`
      : '';
  return `[${d.code}] ${where.join(' · ')}\n    ${d.message.vi}\n    ${d.message.en}${values}`;
}

function printReport(report: VerifyReport, seconds: string): void {
  const lines = [
    `Sổ cái / log: ${report.treeSize} sự kiện / events · ${report.checkpoints} điểm kiểm / checkpoints · ${report.cosignatures} đồng ký / cosignatures (${report.engine})`,
    `Phát lại / replayed: ${report.replayedEvents} sự kiện / events into ${report.tables.length} bảng / tables (${report.tables.reduce((n, t) => n + t.rows, 0)} dòng / rows)`,
  ];
  if (report.redactedEvents.length) {
    lines.push(`Đã xóa nội dung / redacted payloads: ${report.redactedEvents.map((i) => `#${i}`).join(', ')}`);
  }
  for (const u of report.unverifiable) {
    lines.push(
      `  không kiểm được (đã xóa nội dung) / unverifiable (redacted): ${u.table} ${JSON.stringify(u.row)} [${u.columns.join(', ')}] ← ${u.redactedEvents.map((i) => `#${i}`).join(', ')}`,
    );
  }
  if (report.ok) {
    lines.push(`HỢP LỆ / VERIFIED — không có sai khác / no divergence (${seconds} s)`);
  } else {
    lines.push(
      `PHÁT HIỆN SAI KHÁC / DIVERGENCE FOUND (${report.divergences.length}${report.divergences.length >= 100 ? '+' : ''}) — ${seconds} s`,
    );
    lines.push(`Sai khác đầu tiên / first divergence: ${describe(report.divergences[0]!)}`);
    for (const d of report.divergences.slice(1, 10)) lines.push(`  then: ${describe(d)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function readSecret(options: { token?: string; tokenStdin?: boolean }): string | undefined {
  const raw = options.tokenStdin ? readFileSync(0, 'utf8').trim() : options.token;
  return raw ? raw.trim() : undefined;
}

export function registerLedgerCommands(program: Command): void {
  program
    .command('verify')
    .description(
      'Kiểm tra sổ cái và phát lại các bảng; mã thoát 5 nếu có sai khác / verify the ledger and replay the tables; exit 5 on a divergence',
    )
    .option('--json', 'in báo cáo JSON / print the report as JSON')
    .action(async (options: { json?: boolean }) => {
      const started = performance.now();
      const report = await withServices(async (services) => {
        const bar = options.json ? { onProgress: () => {}, stop: () => {} } : progressBar();
        try {
          return await verifyLedger(services, { onProgress: bar.onProgress });
        } finally {
          bar.stop();
        }
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else printReport(report, seconds);
      if (!report.ok) process.exitCode = EXIT.verificationFailed;
    });

  const ledger = program.command('ledger').description('Sổ cái / the tamper-evident ledger');
  ledger
    .command('key')
    .description('In khóa xác minh của sổ cái (name+keyid+base64) / print the log verifier key')
    .option('--witness', 'khóa nhân chứng của máy này / this instance’s witness key instead')
    .action(async (options: { witness?: boolean }) => {
      const key = await withServices(async (services) =>
        options.witness ? (await loadWitnessKey(services.config)).verifierKey : (await services.logKey()).verifierKey,
      );
      process.stdout.write(`${key}\n`);
    });
  ledger
    .command('checkpoint')
    .description('Ký điểm kiểm ngay / sign a checkpoint of the current tree now')
    .action(async () => {
      const view = await withServices((services) => checkpointNow(services, systemActor('cli')));
      process.stdout.write(view.note);
    });
  ledger
    .command('trust-witness')
    .description('Chấp nhận đồng ký của một nhân chứng / accept cosignatures from a witness key (type 0x04)')
    .argument('<name>', 'cơ quan vận hành nhân chứng / the agency running the witness')
    .argument('<vkey>', 'khóa xác minh / verifier key name+keyid+base64')
    .action(async (label: string, vkey: string) => {
      const view = await withServices((services) => trustWitness(services, systemActor('cli'), { label, verifierKey: vkey }));
      process.stdout.write(`Đã tin cậy / trusted: ${view.name} (${view.label})\n`);
    });
  ledger
    .command('redact')
    .description('Xóa nội dung một sự kiện theo quyết định có thẩm quyền / redact one payload by lawful order')
    .argument('<index>', 'chỉ số sự kiện / ledger index')
    .requiredOption('--reason <text>', 'căn cứ pháp lý / the lawful order (number, date, issuer)')
    .action(async (indexText: string, options: { reason: string }) => {
      const index = Number(indexText);
      if (!Number.isSafeInteger(index) || index < 0) {
        throw new DomainError('cli.bad_index', { vi: `Chỉ số "${indexText}" không hợp lệ.`, en: `Invalid index "${indexText}".` });
      }
      const result = await withServices((services) => redactPayload(services, systemActor('cli'), index, options.reason));
      process.stdout.write(`Đã xóa nội dung / redacted: #${result.index} (ghi nhận tại / recorded as #${result.redactionIndex})\n`);
    });

  const witness = program.command('witness').description('Nhân chứng cho sổ cái của cơ quan khác / witness other agencies’ logs');
  witness
    .command('add')
    .description('Đăng ký theo dõi một sổ cái / register a log to witness')
    .argument('<origin>', 'dòng origin của điểm kiểm / checkpoint origin line')
    .argument('<vkey>', 'khóa xác minh của sổ cái / the log verifier key')
    .option('--url <url>', 'địa chỉ máy chủ Khiên của sổ cái / base URL of the log’s Khiên server')
    .option('--token <token>', 'mã API trên sổ cái đó / API token on that log (khien_…)')
    .option('--token-stdin', 'đọc mã API từ stdin / read the API token from standard input')
    .action(async (origin: string, vkey: string, options: { url?: string; token?: string; tokenStdin?: boolean }) => {
      const token = readSecret(options);
      const added = await withServices(async (services) => {
        const result = await addWitnessedLog(services, systemActor('cli'), { origin, verifierKey: vkey, url: options.url ?? null });
        if (token) saveWitnessToken(services.config, origin, token);
        return result;
      });
      process.stdout.write(
        `Đang theo dõi / witnessing: ${added.origin}${added.url ? ` at ${added.url}` : ''}${token ? ' (token saved)' : ''}\n`,
      );
    });
  witness
    .command('run')
    .description('Lấy điểm kiểm mới, xác minh, đồng ký và gửi lại / fetch, verify, cosign and return the cosignature')
    .argument('[origin]', 'chỉ sổ cái này / only this log (default: every registered log)')
    .option('--token <token>', 'mã API (thay cho tệp witness-tokens.json) / API token (instead of the saved one)')
    .action(async (origin: string | undefined, options: { token?: string }) => {
      let alarm = false;
      let failure = false;
      await withServices(async (services) => {
        const logs = await services.database.db.selectFrom('witnessed_logs').select('origin').orderBy('origin').execute();
        const origins = origin ? [origin] : logs.map((l) => l.origin);
        const tokens = readWitnessTokens(services.config);
        for (const o of origins) {
          const token = options.token ?? tokens[o];
          try {
            if (!token) {
              throw new DomainError('witness.no_token', {
                vi: `Chưa có mã API cho sổ cái "${o}".`,
                en: `No API token for log "${o}" (witness add --token-stdin).`,
              });
            }
            const result: WitnessRunResult = await witnessLog(services, o, { token });
            process.stdout.write(
              result.status === 'up_to_date'
                ? `${o}: không có gì mới / up to date (size ${result.size})\n`
                : `${o}: đã đồng ký / cosigned size ${result.previousSize} → ${result.size}\n    ${result.cosignature}\n`,
            );
          } catch (error) {
            const code = isDomainError(error) ? error.code : 'internal';
            const isAlarm =
              code === 'ledger.fork_detected' ||
              code === 'ledger.inconsistent_proof' ||
              code === 'ledger.stale_checkpoint' ||
              code.startsWith('ledger.');
            if (isAlarm) alarm = true;
            else failure = true;
            const messages = isDomainError(error) ? error.messages : { vi: String(error), en: String(error) };
            process.stderr.write(
              `${isAlarm ? '!!! CẢNH BÁO / ALARM' : 'Lỗi / error'} ${o} [${code}]\n    ${messages.vi}\n    ${messages.en}\n`,
            );
          }
        }
      });
      if (alarm) process.exitCode = EXIT.verificationFailed;
      else if (failure) process.exitCode = EXIT.failure;
    });
}
