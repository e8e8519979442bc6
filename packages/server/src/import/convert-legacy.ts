import { nfc } from '@khien/core/text';
import { TCVN3_TO_UNICODE, VNI_TO_UNICODE, WINDOWS_1252_EXTRAS } from './legacy-tables.ts';

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface ConvertLegacyOptions {
  /**
   * The text was drawn in an all-capitals TCVN3 font (.VnTimeH, .VnArialH…): TCVN3 has no
   * code points for capitals with tone marks, so the font carried the case. Upper-cases the
   * converted text.
   */
  upperCase?: boolean;
}

/**
 * True when `ch` can occur in legacy-font text read as Windows-1252/Latin-1. Anything else
 * (ă ơ ư đ, U+1EA0…, combining marks) proves the word was already typed in Unicode.
 */
export function isLegacyRepertoireChar(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x100 || WINDOWS_1252_EXTRAS.includes(ch);
}

export function isLegacyRepertoireWord(word: string): boolean {
  for (const ch of word) if (!isLegacyRepertoireChar(ch)) return false;
  return true;
}

/** Character-by-character TCVN3 → Unicode; characters outside the table pass through. */
export function mapTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3_TO_UNICODE[ch] ?? ch;
  return out;
}

/** VNI → Unicode, longest match first (base + mark, then a single character). */
export function mapVni(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const pair = VNI_TO_UNICODE[text.slice(i, i + 2)];
    if (pair !== undefined && i + 1 < text.length) {
      out += pair;
      i += 2;
      continue;
    }
    const ch = text[i] ?? '';
    out += VNI_TO_UNICODE[ch] ?? ch;
    i += 1;
  }
  return out;
}

/**
 * Convert TCVN3 or VNI text to NFC Unicode. Words that contain a character legacy text cannot
 * contain are left alone: spreadsheets are often half-converted (headers retyped in Unicode,
 * old rows in .VnTime), and converting a Unicode word again would garble it.
 */
export function convertLegacy(text: string, encoding: LegacyEncoding | 'unicode', options: ConvertLegacyOptions = {}): string {
  if (encoding === 'unicode') return nfc(text);
  const map = encoding === 'tcvn3' ? mapTcvn3 : mapVni;
  const converted = nfc(text)
    .split(/(\s+)/u)
    .map((token) => (isLegacyRepertoireWord(token) ? map(token) : token))
    .join('');
  return nfc(options.upperCase === true ? converted.toUpperCase() : converted);
}
