/**
 * Test helpers: Unicode → TCVN3 / VNI encoders written independently of legacy-tables.ts, so
 * that tests of the converter do not check the tables against themselves.
 */
/** All 134 precomposed Vietnamese letters, generated from bases × tones (+ đ/Đ). */
export function allVietnameseLetters(): string[] {
  const bases = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
  const lower: string[] = [];
  for (const base of bases) {
    for (const tone of tones) {
      const letter = (base + tone).normalize('NFC');
      if (/^[a-z]$/u.test(letter)) continue; // plain ASCII vowels are not "precomposed"
      lower.push(letter);
    }
  }
  lower.push('đ');
  return [...lower, ...lower.map((l) => l.toUpperCase())];
}

// TCVN3 in the standard's own order (base, grave, hook, tilde, acute, dot), as the .VnTime
// fonts show it.
const TCVN3_UNICODE_LOWER = 'àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ';
const TCVN3_BYTES_LOWER = 'µ¶·¸¹¨»¼½¾Æ©ÇÈÉÊË®ÌÎÏÐÑªÒÓÔÕÖ×ØÜÝÞßáâãä«åæçèé¬êëìíîïñòóô\u00adõö÷øùúûüýþ';
export const TCVN3_UNICODE_UPPER = 'ĂÂÊÔƠƯĐ';
const TCVN3_BYTES_UPPER = '¡¢£¤¥¦§';

export function encodeTcvn3(text: string): string {
  const lower = [...TCVN3_UNICODE_LOWER];
  const bytes = [...TCVN3_BYTES_LOWER];
  const upper = [...TCVN3_UNICODE_UPPER];
  const upperBytes = [...TCVN3_BYTES_UPPER];
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const u = upper.indexOf(ch);
    if (u >= 0) {
      out += upperBytes[u];
      continue;
    }
    // TCVN3 has no capitals with tone marks: writers used the lower-case code point in an
    // all-capitals font (.VnTimeH).
    const l = lower.indexOf(ch.toLowerCase());
    out += l >= 0 ? bytes[l] : ch;
  }
  return out;
}

// VNI: built from the decomposition of each letter — base letter, then one mark character
// for (vowel mark, tone).
const VNI_TONE_MARK: Record<string, string> = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const VNI_CIRCUMFLEX_MARK: Record<string, string> = { '': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const VNI_BREVE_MARK: Record<string, string> = { '': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
const VNI_I: Record<string, string> = { '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };

function encodeVniLetter(ch: string): string {
  const isUpper = ch !== ch.toLowerCase();
  const lower = ch.toLowerCase();
  const up = (s: string) => (isUpper ? s.toUpperCase() : s);
  if (lower === 'đ') return up('ñ');
  const nfd = lower.normalize('NFD');
  const base = nfd[0] ?? '';
  const marks = nfd.slice(1);
  if (!/^[aeiouy]$/u.test(base)) return ch;
  const tone = [...marks].find((m) => m in VNI_TONE_MARK) ?? '';
  if (base === 'i') return tone === '' ? ch : up(VNI_I[tone] ?? '');
  if (base === 'y' && tone === '\u0323') return up('î');
  if (marks.includes('\u031b')) return up((base === 'o' ? 'ô' : 'ö') + (tone === '' ? '' : VNI_TONE_MARK[tone]));
  if (marks.includes('\u0302')) return up(base + VNI_CIRCUMFLEX_MARK[tone]);
  if (marks.includes('\u0306')) return up(base + VNI_BREVE_MARK[tone]);
  return tone === '' ? ch : up(base + VNI_TONE_MARK[tone]);
}

export function encodeVni(text: string): string {
  return [...text.normalize('NFC')].map(encodeVniLetter).join('');
}
