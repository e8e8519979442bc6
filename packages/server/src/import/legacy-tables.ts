/**
 * Conversion tables for the two pre-Unicode Vietnamese font encodings that offices still
 * keep spreadsheets in. Both are 8-bit encodings that Windows shows through the
 * Windows-1252/Latin-1 character set, so an XLSX cell or a CSV decoded as Windows-1252 holds
 * characters such as "¸" (U+00B8) where the author saw "á". Keys are those Latin-1
 * characters, values are NFC Unicode letters.
 *
 * Sources (checked against each other, written out here by hand as data):
 * - TCVN3 = TCVN 5712:1993 VN3 ("ABC", fonts .VnTime/.VnArial): the VSCII-3 layout described
 *   at https://en.wikipedia.org/wiki/VSCII, the XFree86 table
 *   xc/extras/X-TrueType/TCVN/TCVNtoUCS2.c (bytes 0xA1–0xFE), the xvnkb keyboard table
 *   lamdao/xvnkb tcvn.h, and bogoengine src/charset.hpp (utf8ToTCVN3).
 * - VNI Windows (fonts VNI-Times, VNI-Helve…): lamdao/xvnkb vni.h and the worked examples of
 *   duydev/vietnamese-conversion ("Xin chaøo caùc baïn" = "Xin chào các bạn").
 *
 * TCVN3 (VN3) has 67 lower-case letters but only 7 upper-case ones (Ă Â Ê Ô Ơ Ư Đ): authors
 * wrote capitals with tone marks by switching to an all-capitals font (.VnTimeH, .VnArialH…)
 * that draws the lower-case code points as capitals. So a TCVN3 letter converts to lower case
 * here and the reader upper-cases text whose cell font is one of those "H" fonts.
 *
 * The extra capitals of VN1/VN2 are deliberately absent: those in C0 controls and 0x80–0x9F
 * are not in the .Vn fonts (and a spreadsheet cell cannot hold C0 controls at all), and those
 * VN2 puts in VN3's unused slots (0xC0–0xC5, 0xE0 = "Ổ"…) would garble Unicode words such as
 * "Hà" that people retype into old sheets. All 74 entries below were checked against the
 * XFree86 table for the same byte.
 */

/** TCVN3 (VN3) character → Unicode letter: 7 upper-case + 67 lower-case = 74 entries. */
export const TCVN3_TO_UNICODE: Readonly<Record<string, string>> = Object.freeze({
  '\u00a1': 'Ă',
  '\u00a2': 'Â',
  '\u00a3': 'Ê',
  '\u00a4': 'Ô',
  '\u00a5': 'Ơ',
  '\u00a6': 'Ư',
  '\u00a7': 'Đ',
  '\u00a8': 'ă',
  '\u00a9': 'â',
  '\u00aa': 'ê',
  '\u00ab': 'ô',
  '\u00ac': 'ơ',
  '\u00ad': 'ư',
  '\u00ae': 'đ',
  // a: grave, hook, tilde, acute, dot
  '\u00b5': 'à',
  '\u00b6': 'ả',
  '\u00b7': 'ã',
  '\u00b8': 'á',
  '\u00b9': 'ạ',
  // ă
  '\u00bb': 'ằ',
  '\u00bc': 'ẳ',
  '\u00bd': 'ẵ',
  '\u00be': 'ắ',
  '\u00c6': 'ặ',
  // â
  '\u00c7': 'ầ',
  '\u00c8': 'ẩ',
  '\u00c9': 'ẫ',
  '\u00ca': 'ấ',
  '\u00cb': 'ậ',
  // e
  '\u00cc': 'è',
  '\u00ce': 'ẻ',
  '\u00cf': 'ẽ',
  '\u00d0': 'é',
  '\u00d1': 'ẹ',
  // ê
  '\u00d2': 'ề',
  '\u00d3': 'ể',
  '\u00d4': 'ễ',
  '\u00d5': 'ế',
  '\u00d6': 'ệ',
  // i
  '\u00d7': 'ì',
  '\u00d8': 'ỉ',
  '\u00dc': 'ĩ',
  '\u00dd': 'í',
  '\u00de': 'ị',
  // o
  '\u00df': 'ò',
  '\u00e1': 'ỏ',
  '\u00e2': 'õ',
  '\u00e3': 'ó',
  '\u00e4': 'ọ',
  // ô
  '\u00e5': 'ồ',
  '\u00e6': 'ổ',
  '\u00e7': 'ỗ',
  '\u00e8': 'ố',
  '\u00e9': 'ộ',
  // ơ
  '\u00ea': 'ờ',
  '\u00eb': 'ở',
  '\u00ec': 'ỡ',
  '\u00ed': 'ớ',
  '\u00ee': 'ợ',
  // u
  '\u00ef': 'ù',
  '\u00f1': 'ủ',
  '\u00f2': 'ũ',
  '\u00f3': 'ú',
  '\u00f4': 'ụ',
  // ư
  '\u00f5': 'ừ',
  '\u00f6': 'ử',
  '\u00f7': 'ữ',
  '\u00f8': 'ứ',
  '\u00f9': 'ự',
  // y
  '\u00fa': 'ỳ',
  '\u00fb': 'ỷ',
  '\u00fc': 'ỹ',
  '\u00fd': 'ý',
  '\u00fe': 'ỵ',
});

/**
 * VNI Windows sequence → Unicode letter, all 134 precomposed letters. VNI writes a letter as
 * a base letter followed by one mark character (tone, or vowel mark with tone), except ơ ư đ
 * and the i-family and ỵ, which are single characters. Mark order in each line: acute, grave,
 * hook, tilde, dot below.
 */
export const VNI_TO_UNICODE: Readonly<Record<string, string>> = Object.freeze({
  // lower case
  aù: 'á',
  aø: 'à',
  aû: 'ả',
  aõ: 'ã',
  aï: 'ạ',
  aâ: 'â',
  aá: 'ấ',
  aà: 'ầ',
  aå: 'ẩ',
  aã: 'ẫ',
  aä: 'ậ',
  aê: 'ă',
  aé: 'ắ',
  aè: 'ằ',
  aú: 'ẳ',
  aü: 'ẵ',
  aë: 'ặ',
  eù: 'é',
  eø: 'è',
  eû: 'ẻ',
  eõ: 'ẽ',
  eï: 'ẹ',
  eâ: 'ê',
  eá: 'ế',
  eà: 'ề',
  eå: 'ể',
  eã: 'ễ',
  eä: 'ệ',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  où: 'ó',
  oø: 'ò',
  oû: 'ỏ',
  oõ: 'õ',
  oï: 'ọ',
  oâ: 'ô',
  oá: 'ố',
  oà: 'ồ',
  oå: 'ổ',
  oã: 'ỗ',
  oä: 'ộ',
  ô: 'ơ',
  ôù: 'ớ',
  ôø: 'ờ',
  ôû: 'ở',
  ôõ: 'ỡ',
  ôï: 'ợ',
  uù: 'ú',
  uø: 'ù',
  uû: 'ủ',
  uõ: 'ũ',
  uï: 'ụ',
  ö: 'ư',
  öù: 'ứ',
  öø: 'ừ',
  öû: 'ử',
  öõ: 'ữ',
  öï: 'ự',
  yù: 'ý',
  yø: 'ỳ',
  yû: 'ỷ',
  yõ: 'ỹ',
  î: 'ỵ',
  ñ: 'đ',
  // upper case
  AÙ: 'Á',
  AØ: 'À',
  AÛ: 'Ả',
  AÕ: 'Ã',
  AÏ: 'Ạ',
  AÂ: 'Â',
  AÁ: 'Ấ',
  AÀ: 'Ầ',
  AÅ: 'Ẩ',
  AÃ: 'Ẫ',
  AÄ: 'Ậ',
  AÊ: 'Ă',
  AÉ: 'Ắ',
  AÈ: 'Ằ',
  AÚ: 'Ẳ',
  AÜ: 'Ẵ',
  AË: 'Ặ',
  EÙ: 'É',
  EØ: 'È',
  EÛ: 'Ẻ',
  EÕ: 'Ẽ',
  EÏ: 'Ẹ',
  EÂ: 'Ê',
  EÁ: 'Ế',
  EÀ: 'Ề',
  EÅ: 'Ể',
  EÃ: 'Ễ',
  EÄ: 'Ệ',
  Í: 'Í',
  Ì: 'Ì',
  Æ: 'Ỉ',
  Ó: 'Ĩ',
  Ò: 'Ị',
  OÙ: 'Ó',
  OØ: 'Ò',
  OÛ: 'Ỏ',
  OÕ: 'Õ',
  OÏ: 'Ọ',
  OÂ: 'Ô',
  OÁ: 'Ố',
  OÀ: 'Ồ',
  OÅ: 'Ổ',
  OÃ: 'Ỗ',
  OÄ: 'Ộ',
  Ô: 'Ơ',
  ÔÙ: 'Ớ',
  ÔØ: 'Ờ',
  ÔÛ: 'Ở',
  ÔÕ: 'Ỡ',
  ÔÏ: 'Ợ',
  UÙ: 'Ú',
  UØ: 'Ù',
  UÛ: 'Ủ',
  UÕ: 'Ũ',
  UÏ: 'Ụ',
  Ö: 'Ư',
  ÖÙ: 'Ứ',
  ÖØ: 'Ừ',
  ÖÛ: 'Ử',
  ÖÕ: 'Ữ',
  ÖÏ: 'Ự',
  YÙ: 'Ý',
  YØ: 'Ỳ',
  YÛ: 'Ỷ',
  YÕ: 'Ỹ',
  Î: 'Ỵ',
  Ñ: 'Đ',
});

/**
 * Characters Windows-1252 adds in 0x80–0x9F. A legacy-font file read through Windows-1252
 * can contain them; a word made only of ASCII, Latin-1 and these could be legacy text, while a
 * word with anything else (ă, ơ, ư, đ, U+1EA0…, combining marks) is certainly Unicode.
 */
export const WINDOWS_1252_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
