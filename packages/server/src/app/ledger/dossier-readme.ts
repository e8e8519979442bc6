import { bytesToBase64 } from '@khien/core/ledger';
import type { StoredCheckpoint } from '../../ledger/checkpoints.ts';
import type { Dossier } from '../../ledger/dossier-format.ts';

const KIND_LABEL = {
  generated: 'văn bản do hệ thống lập / generated document',
  signed_copy: 'bản ký / signed copy',
  attachment: 'tài liệu đính kèm / attachment',
} as const;

/**
 * README.vi-en.md of a dossier: what the file is, what it proves and four independent ways to
 * check it — with Khiên's CLI, with the static browser page, or with standard tools only.
 */
export function dossierReadme(dossier: Dossier, checkpoint: StoredCheckpoint): string {
  const p = dossier.proposal;
  const redacted = dossier.events.filter((e) => e.payload === null).length;
  const documents = dossier.documents.length
    ? dossier.documents
        .map(
          (d) =>
            `| \`${d.name}\` | ${KIND_LABEL[d.kind]}${d.signedOriginal ? ' (bản gốc có chữ ký / signed original)' : ''} | #${d.ledgerIndex} | \`${d.sha256}\` |`,
        )
        .join('\n')
    : '| — | — | — | — |';
  return `# Hồ sơ bảo vệ / Protection dossier — ${p.code}

**${p.title}**

- Người đề xuất / proposer: ${p.proposer.name} — ${p.employingAgency.name}
- Trạng thái khi xuất / state when exported: ${p.stateLabel.vi} / ${p.stateLabel.en}
- Xuất lúc / exported at: ${dossier.generatedAt}
- Sổ cái / log: \`${dossier.origin}\`
- Điểm kiểm đã ký / signed checkpoint: kích thước / size **${checkpoint.size}**, gốc / root \`${bytesToBase64(checkpoint.root)}\`, ${checkpoint.cosignatures.length} chữ ký đồng xác nhận của bên chứng kiến / witness cosignature(s)
- Sự kiện / events: **${dossier.events.length}** (${redacted} đã xóa nội dung theo quyết định hợp pháp / redacted by lawful order)
- Khóa xác minh / verifier keys:
${dossier.verifierKeys.map((k) => `  - \`${k}\``).join('\n')}

## Tiếng Việt

Tệp này là bằng chứng về toàn bộ quá trình xử lý đề xuất của anh/chị theo Nghị định 73/2023/NĐ-CP.
Mỗi bước (nộp, xin ý kiến, biểu quyết, quyết định, báo cáo, đánh giá…) là một **sự kiện** đã được
ghi vào sổ cái chống sửa đổi của cơ quan. Sổ cái là một cây Merkle (RFC 9162); gốc của cây được
cơ quan ký số Ed25519 (“điểm kiểm”, định dạng C2SP signed note) và có thể được cơ quan cấp trên
ký đồng xác nhận. Hồ sơ chứa, cho **mỗi** sự kiện, bằng chứng bao hàm (inclusion proof) tới đúng
điểm kiểm đã ký đó. Không ai — kể cả người quản trị máy chủ — có thể sửa một sự kiện, thêm một
bước giả hay đổi một văn bản mà không làm hỏng các bằng chứng này.

Nội dung (payload) của một sự kiện có thể đã bị **xóa theo quyết định hợp pháp**: sự kiện đó vẫn
được chứng minh là có trong sổ cái (phong bì, thời điểm, người thực hiện), được đánh dấu “đã xóa
nội dung” cùng căn cứ pháp lý, và hồ sơ vẫn hợp lệ.

Trong thư mục \`documents/\` là các văn bản và tài liệu của hồ sơ. Mỗi tệp có mã băm SHA-256 ghi
trong \`dossier.json\` và trong nội dung của sự kiện sổ cái đã niêm phong nó (cột “sự kiện”).

### Cách kiểm tra (không cần mạng, không cần máy chủ)

1. **Dòng lệnh Khiên:** \`khien dossier verify ${'<tệp>'}.zip\` — in kết quả từng sự kiện và từng
   tệp; mã thoát 0 = hợp lệ (xanh), 5 = có sai lệch (đỏ). Không cần cơ sở dữ liệu.
2. **Trang kiểm tra trên trình duyệt:** mở trang \`/verify\` của ứng dụng web Khiên (trang tĩnh, có
   thể lưu về máy và mở khi không có mạng), chọn tệp .zip này. Tệp không được gửi đi đâu; trang
   dùng WebCrypto và cùng mã kiểm tra với dòng lệnh.
3. **Công cụ tiêu chuẩn** (xem mục kỹ thuật bên dưới): kiểm tra chữ ký điểm kiểm bằng gói Go
   \`golang.org/x/mod/sumdb/note\`, bằng chứng bao hàm theo RFC 9162, mã băm tệp bằng \`sha256sum\`.

Hãy đối chiếu khóa xác minh ở trên với khóa mà cơ quan công bố (\`khien ledger key\`) — kiểm tra
chữ ký chỉ có ý nghĩa với khóa đúng của cơ quan.

## English

This file is the evidence of how the proposal was handled under Decree 73/2023/NĐ-CP. Every step
is an **event** in the agency's tamper-evident ledger, a Merkle tree (RFC 9162) whose root the
agency signs with Ed25519 (a *checkpoint*, in the C2SP signed-note format), optionally cosigned
by a superior agency acting as witness. For **every** event the dossier holds an inclusion proof
to that one signed checkpoint. Nobody — not even the server's operator — can alter an event, add
a forged step or swap a document without breaking these proofs.

A payload may have been **redacted by lawful order**: the event is still proven to be in the log
(its envelope: type, time, actor, commitment), it is marked as redacted with the legal basis,
and the dossier still verifies.

\`documents/\` holds the case's documents and attachments; each file's SHA-256 is listed in
\`dossier.json\` and in the payload of the ledger event that sealed it.

### How to verify (offline, no server)

1. **Khiên CLI:** \`khien dossier verify <file>.zip\` prints a verdict per event and per file;
   exit code 0 = verified (green), 5 = something does not match (red). No database needed.
2. **Browser verifier page:** open \`/verify\` of the Khiên web app (a static page that works
   offline once loaded) and choose this .zip. Nothing is uploaded; it runs the same core code
   as the CLI with WebCrypto.
3. **Standard tools** (technical notes below): the checkpoint with Go's
   \`golang.org/x/mod/sumdb/note\`, the proofs with any RFC 9162 verifier, files with \`sha256sum\`.

Compare the verifier keys above with the key the agency publishes (\`khien ledger key\`): a valid
signature only means something under the agency's real key.

## Kỹ thuật / Technical notes

- \`checkpointNote\` is a C2SP signed note whose body is a C2SP tlog-checkpoint: origin line, tree
  size, base64 root hash. Go: \`v, _ := note.NewVerifier(key); n, err := note.Open([]byte(checkpointNote), note.VerifierList(v))\`.
  Witness cosignatures (C2SP tlog-cosignature, key type 0x04) are extra signature lines.
- Event \`i\`: \`commitment = SHA-256(salt ‖ JCS(payload))\` (hex; salt = 32 bytes, hex in
  \`salt\`; JCS = RFC 8785 JSON canonicalisation); leaf hash = \`SHA-256(0x00 ‖ JCS(envelope))\`
  where envelope = {index, type, aggregateId, actor, time, procedureVersion, commitment}.
- \`inclusionProof\` (hex, RFC 9162 §2.1.3.2 order) leads from the leaf hash at \`envelope.index\`
  to the checkpoint's root at the checkpoint's size (node hash = \`SHA-256(0x01 ‖ left ‖ right)\`).
  E.g. transparency-dev \`proof.VerifyInclusion(rfc6962.DefaultHasher, index, size, leaf, proof, root)\`.
- Redacted events have \`payload: null\` and \`salt: null\`; only the leaf and proof are checked.
- Files: \`sha256sum documents/*\` must match \`documents[].sha256\`, and that hash must appear in the
  payload of event \`documents[].ledgerIndex\`.
- Format: \`${dossier.format}\` (docs/dossier-format.md in the Khiên repository).

| tệp / file | loại / kind | sự kiện / event | SHA-256 |
| --- | --- | --- | --- |
${documents}
`;
}
