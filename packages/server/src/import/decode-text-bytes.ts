import iconv from 'iconv-lite';
import { DomainError } from '@khien/core/errors';
import { nfc } from '@khien/core/text';
import { analyseLegacyEncoding } from './detect-legacy-encoding.ts';
import type { LegacyEncoding } from './convert-legacy.ts';
import { legacyAmbiguousError } from './import-errors.ts';

export type ByteEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: ByteEncoding;
  /**
   * Set when the bytes are a legacy font encoding seen through Windows-1252: the caller must
   * still convert the text with `convertLegacy`.
   */
  legacy?: LegacyEncoding;
}

function undecodable(reason: { vi: string; en: string }, details?: Record<string, unknown>): DomainError {
  return new DomainError(
    'import.undecodable_file',
    {
      vi: `Không đọc được bảng mã của tệp: ${reason.vi} Hãy lưu lại tệp dạng "CSV UTF-8" (Excel: Lưu thành → CSV UTF-8) rồi nhập lại.`,
      en: `Cannot decode the file: ${reason.en} Save it as "CSV UTF-8" (Excel: Save As → CSV UTF-8) and import it again.`,
    },
    details,
  );
}

function strictDecode(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// C0 controls other than tab, LF, CR, and NUL: a text file does not contain them.
const CONTROL_BYTES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

/**
 * Decode the bytes of a CSV file. UTF-8 (with or without BOM) and UTF-16 with a BOM are read
 * as such. Anything else is a single-byte Windows file: either Vietnamese Windows-1258 (tone
 * marks as combining characters) or a TCVN3/VNI font file saved from a Western code page; the
 * three readings are scored like `detectLegacyEncoding` does and the best one wins. Bytes
 * that none of these explain are refused with `import.undecodable_file`.
 */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const b2 = bytes[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = strictDecode('utf-8', bytes.subarray(3));
    if (text === undefined) {
      throw undecodable({
        vi: 'tệp có dấu BOM UTF-8 nhưng chứa byte không hợp lệ.',
        en: 'the file starts with a UTF-8 BOM but contains invalid UTF-8.',
      });
    }
    return { text: nfc(text), encoding: 'utf-8-bom' };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const label = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    const text = bytes.length % 2 === 0 ? strictDecode(label, bytes.subarray(2)) : undefined;
    if (text === undefined) {
      throw undecodable({
        vi: `tệp có dấu BOM ${label.toUpperCase()} nhưng nội dung không hợp lệ.`,
        en: `the file starts with a ${label.toUpperCase()} BOM but its content is invalid.`,
      });
    }
    return { text: nfc(text), encoding: label };
  }
  if (bytes.includes(0)) {
    throw undecodable({
      vi: 'tệp chứa byte 0 (có thể là UTF-16 không có BOM hoặc không phải tệp văn bản).',
      en: 'the file contains NUL bytes (UTF-16 without a BOM, or not a text file).',
    });
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) {
    if (CONTROL_BYTES.test(utf8)) {
      throw undecodable({ vi: 'tệp chứa ký tự điều khiển.', en: 'the file contains control characters.' });
    }
    return { text: nfc(utf8), encoding: 'utf-8' };
  }

  const utf8Shape = scanUtf8(bytes);
  if (utf8Shape.valid > utf8Shape.invalid) {
    // Mostly well-formed UTF-8 with a few broken sequences: a damaged or concatenated UTF-8
    // file, not a legacy one. Reading it as Windows-1258 would produce "Nguyá»…n".
    throw undecodable(
      {
        vi: `tệp gần như là UTF-8 nhưng có byte không hợp lệ ở vị trí ${utf8Shape.firstInvalid}.`,
        en: `the file is almost UTF-8 but has an invalid byte at offset ${utf8Shape.firstInvalid}.`,
      },
      { offset: utf8Shape.firstInvalid },
    );
  }

  // Single-byte: read the bytes both ways. Both decoders map one byte to one character, so a
  // word of the Windows-1252 text maps to its Windows-1258 reading character by character.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const as1252 = iconv.decode(buffer, 'windows-1252');
  const as1258 = iconv.decode(buffer, 'windows-1258');
  if (CONTROL_BYTES.test(as1252)) {
    throw undecodable({ vi: 'tệp chứa ký tự điều khiển.', en: 'the file contains control characters.' });
  }
  const to1258 = new Map<string, string>();
  for (let i = 0; i < as1252.length; i += 1) {
    const from = as1252[i] ?? '';
    if (!to1258.has(from)) to1258.set(from, as1258[i] ?? '');
  }
  const readAs1258 = (word: string): string => {
    let out = '';
    for (const ch of word) out += to1258.get(ch) ?? ch;
    return out;
  };
  const analysis = analyseLegacyEncoding([as1252], { readAsIs: readAs1258 });
  if (analysis.encoding === 'tcvn3' || analysis.encoding === 'vni') {
    return { text: as1252, encoding: 'windows-1252', legacy: analysis.encoding };
  }
  if (analysis.encoding === 'ambiguous') {
    throw legacyAmbiguousError(analysis.suspected);
  }
  if (as1258.includes('\ufffd')) {
    // Windows-1258 leaves a few bytes undefined; a file using them is in some other encoding.
    throw undecodable({
      vi: 'tệp không phải UTF-8, UTF-16, Windows-1258 hay một bảng mã TCVN3/VNI.',
      en: 'the file is not UTF-8, UTF-16, Windows-1258, nor a TCVN3/VNI font encoding.',
    });
  }
  return { text: nfc(as1258), encoding: 'windows-1258' };
}

/** Count well-formed multi-byte UTF-8 sequences and stray bytes (>= 0x80 outside them). */
function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  const isCont = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 1) {
      i += 1;
      continue;
    }
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k += 1) ok = isCont(bytes[i + k]);
    if (ok) {
      valid += 1;
      i += len;
    } else {
      invalid += 1;
      if (firstInvalid < 0) firstInvalid = i;
      i += 1;
    }
  }
  return { valid, invalid, firstInvalid };
}
