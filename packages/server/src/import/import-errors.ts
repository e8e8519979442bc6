import { DomainError } from '@khien/core/errors';
import type { LegacyEncoding } from './convert-legacy.ts';

/**
 * File-level errors of the import reader. They are thrown as DomainError (the HTTP layer maps
 * every `import.*` code to a 4xx problem); row-level problems are never thrown, they are
 * reported on the row.
 */

const LEGACY_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC, phông .VnTime)',
  vni: 'VNI Windows (phông VNI-Times)',
};
const LEGACY_NAMES_EN: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC, .VnTime fonts)',
  vni: 'VNI Windows (VNI-Times fonts)',
};

export function legacyAmbiguousError(suspected: readonly LegacyEncoding[]): DomainError {
  const vi = suspected.map((s) => LEGACY_NAMES[s]).join(' hoặc ');
  const en = suspected.map((s) => LEGACY_NAMES_EN[s]).join(' or ');
  return new DomainError(
    'import.legacy_encoding_ambiguous',
    {
      vi:
        `Tệp có chữ tiếng Việt ở bảng mã cũ nhưng không xác định được chắc chắn là bảng mã nào ` +
        `(nghi là ${vi}), hoặc tệp trộn nhiều bảng mã. Hãy chuyển tệp sang Unicode bằng Unikey: ` +
        `mở Unikey → "Công cụ chuyển mã" (Ctrl+Shift+F6), chọn bảng mã nguồn đúng (TCVN3 (ABC) ` +
        `hoặc VNI Windows), bảng mã đích Unicode, chuyển mã rồi lưu và nhập lại.`,
      en:
        `The file contains Vietnamese text in a legacy font encoding, but which one cannot be ` +
        `determined reliably (suspected: ${en}), or it mixes several. Convert it to Unicode with ` +
        `Unikey: open Unikey → "Công cụ chuyển mã" (converter, Ctrl+Shift+F6), choose the source ` +
        `encoding (TCVN3 (ABC) or VNI Windows) and Unicode as the target, convert, save and ` +
        `import again.`,
    },
    { suspected: [...suspected] },
  );
}

export function fileError(code: string, messages: { vi: string; en: string }, details?: Record<string, unknown>): DomainError {
  return new DomainError(code, messages, details);
}

export function legacyDisplayName(encoding: LegacyEncoding): { vi: string; en: string } {
  return { vi: LEGACY_NAMES[encoding], en: LEGACY_NAMES_EN[encoding] };
}
