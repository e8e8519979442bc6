/**
 * Vietnamese text at the boundaries: every string that enters the system is normalised to
 * NFC (legacy input methods and macOS produce NFD; both must compare equal), and search
 * keys are folded to lower-case ASCII so that "de xuat" finds "đề xuất".
 */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/** Trim, collapse inner whitespace, NFC. For names and titles typed by people. */
export function cleanText(value: string): string {
  return nfc(value).replace(/\s+/gu, ' ').trim();
}

/**
 * NFC, one paragraph per line: spaces inside a line collapsed, lines trimmed, blank lines and
 * Windows/old-Mac line ends dropped. For reasons, opinions and plan sections, which the issued
 * documents print paragraph by paragraph and the case page shows as written.
 */
export function cleanParagraphs(value: string): string {
  return nfc(value)
    .split(/\r\n|\r|\n|\u2028|\u2029/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Diacritic- and case-insensitive search key: "Đề Xuất" → "de xuat". */
export function foldForSearch(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').toLowerCase().replace(/\s+/gu, ' ').trim();
}

const collator = new Intl.Collator('vi');

/** Vietnamese collation order (a < ă < â < b … d < đ), for sorting names in lists and exports. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

// Vietnamese alphabet order for the primary level (ICU's "vi" tailoring agrees: ă and â are
// letters of their own after a, đ after d, ơ after ô, ư after u); space and digits first.
const PRIMARY_ORDER = ' 0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const VOWEL_MARKS: Record<string, string> = { '\u0306': 'breve', '\u0302': 'circumflex', '\u031B': 'horn' };
const COMBINED: Record<string, string> = {
  'a:breve': 'ă',
  'a:circumflex': 'â',
  'e:circumflex': 'ê',
  'o:circumflex': 'ô',
  'o:horn': 'ơ',
  'u:horn': 'ư',
};
// Tone order of Vietnamese dictionaries (and of ICU's secondary level): ngang, huyền, hỏi,
// ngã, sắc, nặng.
const TONES: Record<string, string> = { '\u0300': '1', '\u0309': '2', '\u0303': '3', '\u0301': '4', '\u0323': '5' };
const OTHER_PRIMARY = String.fromCharCode(0x21 + PRIMARY_ORDER.length);

/**
 * A key whose plain byte order (PostgreSQL `COLLATE "C"`) is the Vietnamese collation order,
 * so that lists sort correctly on the server on both engines — PGlite has no ICU collations.
 * Levels as in ICU: letters (primary), then tones (secondary), then case (tertiary).
 */
export function vietnameseSortKey(value: string): string {
  const decomposed = cleanText(value).normalize('NFD');
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (let i = 0; i < decomposed.length; i++) {
    const char = decomposed[i]!;
    const lower = char.toLowerCase();
    let letter = lower;
    let tone = '0';
    while (i + 1 < decomposed.length && /\p{M}/u.test(decomposed[i + 1]!)) {
      const mark = decomposed[++i]!;
      const vowelMark = VOWEL_MARKS[mark];
      if (vowelMark) letter = COMBINED[`${letter}:${vowelMark}`] ?? letter;
      else if (TONES[mark]) tone = TONES[mark]!;
    }
    const position = PRIMARY_ORDER.indexOf(letter);
    primary += position >= 0 ? String.fromCharCode(0x21 + position) : OTHER_PRIMARY;
    secondary += tone;
    tertiary += char === lower ? 'a' : 'b';
  }
  return `${primary}\u0001${secondary}\u0001${tertiary}`;
}

/**
 * A Vietnamese phone number in E.164 ("+84912345678"), from the ways people type it:
 * "0912 345 678", "(024) 3825 1234", "+84 912.345.678". Mobile numbers have 9 national digits
 * starting 3/5/7/8/9; landlines 10 starting 2. Undefined when it is not one such number.
 */
export function normaliseVietnamesePhone(value: string): string | undefined {
  if (!/^\+?[\d\s.()-]+$/u.test(value)) return undefined;
  const digits = value.replace(/\D/gu, '');
  let national: string;
  if (digits.startsWith('84') && digits.length >= 11) national = digits.slice(2);
  else if (digits.startsWith('0')) national = digits.slice(1);
  else national = digits;
  if (/^[35789]\d{8}$/u.test(national) || /^2\d{9}$/u.test(national)) return `+84${national}`;
  return undefined;
}
