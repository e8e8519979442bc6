import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DomainError } from '@khien/core/errors';
import { systemActor } from '../app/command.ts';
import { buildDossier } from '../app/ledger/build-dossier.ts';
import { DossierFileError, verifyDossierFile, type DocumentStatus, type DossierVerification } from '../ledger/dossier-verify.ts';
import { EXIT } from './exit-codes.ts';
import { withServices } from './with-services.ts';

const DOCUMENT_STATUS: Record<DocumentStatus, string> = {
  ok: 'khớp mã băm và được sổ cái niêm phong / hash matches and is sealed in the ledger',
  missing: 'thiếu tệp trong hồ sơ / file missing from the archive',
  damaged: 'tệp hỏng trong ZIP / file damaged in the ZIP',
  mismatch: 'mã băm SHA-256 không khớp: tệp đã bị thay đổi / SHA-256 mismatch: the file was altered',
  not_sealed: 'sự kiện niêm phong không chứa mã băm này / the sealing event does not carry this hash',
  seal_unverified: 'sự kiện niêm phong không hợp lệ / the sealing event did not verify',
  seal_redacted: 'nội dung sự kiện niêm phong đã bị xóa / the sealing event was redacted',
  not_included: 'không kèm tệp (chỉ dossier.json) / file not included (bare dossier.json)',
  bad_entry: 'mục tài liệu sai định dạng / malformed document entry',
};

/** One verdict line per event and per file, then the overall verdict. */
function printVerification(v: DossierVerification): void {
  const lines: string[] = [];
  const cp = v.bundle.checkpoint;
  if (cp) {
    lines.push(`Điểm kiểm / checkpoint: ${cp.origin} · kích thước / size ${cp.size} · gốc / root ${cp.rootHash}`);
    lines.push(`  chữ ký sổ cái / log signature: ${cp.logKeys.join(', ')}`);
    for (const c of cp.cosignatures) lines.push(`  đồng ký / cosigned by ${c.witness} at ${new Date(c.timestamp * 1000).toISOString()}`);
  } else {
    lines.push('ĐỎ / RED  điểm kiểm không hợp lệ / checkpoint does not verify');
    for (const issue of v.bundle.checkpointIssues) lines.push(`    [${issue.code}] ${issue.vi} / ${issue.en}`);
  }
  for (const e of v.events) {
    const verdict = e.ok ? 'XANH / GREEN' : 'ĐỎ / RED   ';
    const mark = e.redacted ? ` [đã xóa nội dung / redacted${e.redactionReason ? `: ${e.redactionReason}` : ''}]` : '';
    lines.push(`${verdict} sự kiện / event #${e.index ?? '?'} ${e.type ?? ''} ${e.time ?? ''}${mark}`);
    if (!e.ok) for (const r of e.reasons) lines.push(`    [${r.code}] ${r.vi} / ${r.en}`);
  }
  for (const d of v.documents) {
    const verdict = d.ok ? 'XANH / GREEN' : 'ĐỎ / RED   ';
    lines.push(`${verdict} tệp / file ${d.name} (sự kiện / event #${d.ledgerIndex ?? '?'}): ${DOCUMENT_STATUS[d.status]}`);
  }
  for (const name of v.unlisted)
    lines.push(`  tệp không có trong danh mục, không được bảo chứng / unlisted file, not vouched for: ${name}`);
  const red = v.events.filter((e) => !e.ok).length + v.documents.filter((d) => !d.ok).length;
  lines.push(
    v.ok
      ? `HỢP LỆ / VERIFIED — ${v.events.length} sự kiện / events, ${v.documents.length} tệp / files`
      : `KHÔNG HỢP LỆ / NOT VERIFIED — ${red} mục đỏ / red item(s)${cp ? '' : ', checkpoint invalid'}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function registerDossierCommands(program: Command): void {
  const dossier = program.command('dossier').description('Hồ sơ bảo vệ / the protection dossier of a proposal');
  dossier
    .command('export')
    .description('Xuất hồ sơ bảo vệ của một đề xuất thành tệp ZIP / export a proposal’s protection dossier as a ZIP')
    .argument('<id>', 'mã (UUID) đề xuất / proposal id')
    .requiredOption('-o, --output <file>', 'tệp ZIP / output file')
    .action(async (id: string, options: { output: string }) => {
      const built = await withServices((services) => buildDossier(services, systemActor('cli'), id));
      writeFileSync(options.output, built.zip);
      process.stdout.write(
        `Đã xuất / exported ${options.output}: ${built.dossier.events.length} sự kiện / events, ${built.dossier.documents.length} tệp / files (${built.zip.length} bytes)\n`,
      );
    });
  dossier
    .command('verify')
    .description(
      'Kiểm tra hồ sơ bảo vệ, không cần mạng hay cơ sở dữ liệu; mã thoát 5 nếu sai / verify a dossier offline; exit 5 if not valid',
    )
    .argument('<file>', 'tệp ZIP (hoặc dossier.json) / the ZIP (or dossier.json)')
    .option('--json', 'in báo cáo JSON / print the report as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new DomainError('dossier.unreadable', {
          vi: `Không đọc được tệp ${file}.`,
          en: `Cannot read ${file}: ${(error as Error).message}`,
        });
      }
      let verification: DossierVerification;
      try {
        verification = await verifyDossierFile(bytes);
      } catch (error) {
        if (!(error instanceof DossierFileError)) throw error;
        // No dossier to judge is a red verdict too: the holder cannot rely on this file.
        process.stdout.write(`KHÔNG HỢP LỆ / NOT VERIFIED — [${error.code}] ${error.message}\n`);
        process.exitCode = EXIT.verificationFailed;
        return;
      }
      if (options.json) process.stdout.write(`${JSON.stringify(verification, null, 2)}\n`);
      else printVerification(verification);
      if (!verification.ok) process.exitCode = EXIT.verificationFailed;
    });
}
