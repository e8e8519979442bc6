/**
 * A lenient check that a word could be one Vietnamese syllable: onset + vowel nucleus +
 * optional coda, at most one tone mark, and the rule that a stop coda (c, ch, p, t) only takes
 * the acute or dot-below tone. It is used to score candidate readings of a text (as Unicode,
 * as TCVN3, as VNI): the right reading turns almost every word into a syllable, a wrong one
 * turns most words into letter soup. It does not need to be a dictionary, only to separate
 * "Nguyễn" from "NguyÔn" and "Nguyeãn".
 */

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const ACUTE = '\u0301';
const DOT_BELOW = '\u0323';

// Longest first, so "ngh" is tried before "ng" and "n"; "" allows vowel-initial syllables.
const ONSETS = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'qu',
  'th',
  'tr',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];

// Nuclei that may be followed by a consonant coda.
const NUCLEI_BEFORE_CODA = new Set([
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
  'iê',
  'yê',
  'uô',
  'ươ',
  'oa',
  'oă',
  'oe',
  'uâ',
  'uê',
  'uy',
  'uyê',
  'oo',
]);
// …of which these cannot end a syllable on their own ("ă", "iê" need "ăn", "iên").
const NEEDS_CODA = new Set(['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'oă', 'uâ', 'uyê']);
// Vowel groups ending in a glide, which take no further coda.
const OPEN_RHYMES = new Set([
  'ia',
  'ua',
  'ưa',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'iu',
  'oi',
  'ôi',
  'ơi',
  'ui',
  'ưi',
  'ưu',
  'iêu',
  'yêu',
  'uôi',
  'ươi',
  'ươu',
  'oai',
  'oay',
  'oao',
  'oeo',
  'uây',
  'uya',
  'uyu',
  'uơ',
]);
const CODAS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't'];
const STOP_CODAS = new Set(['c', 'ch', 'p', 't']);

const BASE_LETTERS = /^[a-zđăâêôơư]+$/u;

function acceptsRhyme(rhyme: string, tone: string): boolean {
  if (OPEN_RHYMES.has(rhyme)) return true;
  if (NUCLEI_BEFORE_CODA.has(rhyme) && !NEEDS_CODA.has(rhyme)) return true;
  for (const coda of CODAS) {
    if (rhyme.length <= coda.length || !rhyme.endsWith(coda)) continue;
    const nucleus = rhyme.slice(0, -coda.length);
    if (!NUCLEI_BEFORE_CODA.has(nucleus)) continue;
    if (STOP_CODAS.has(coda) && tone !== ACUTE && tone !== DOT_BELOW) continue;
    return true;
  }
  return false;
}

/** True when `word` (any case, NFC or NFD) is shaped like a single Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  let tone = '';
  let rest = '';
  for (const ch of word.toLowerCase().normalize('NFD')) {
    if (TONE_MARKS.has(ch)) {
      if (tone !== '') return false;
      tone = ch;
    } else {
      rest += ch;
    }
  }
  // Recompose the vowel marks (circumflex, breve, horn) that are not tones.
  const base = rest.normalize('NFC');
  if (!BASE_LETTERS.test(base)) return false;
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    if (rhyme !== '' && acceptsRhyme(rhyme, tone)) return true;
  }
  return false;
}
