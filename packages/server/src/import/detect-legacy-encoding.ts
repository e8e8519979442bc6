import { nfc } from '@khien/core/text';
import { isLegacyRepertoireWord, mapTcvn3, mapVni, type LegacyEncoding } from './convert-legacy.ts';
import { TCVN3_TO_UNICODE } from './legacy-tables.ts';
import { isVietnameseSyllable } from './vietnamese-syllable.ts';

export type DetectedEncoding = 'unicode' | LegacyEncoding | 'ambiguous';

export interface LegacyAnalysis {
  encoding: DetectedEncoding;
  /** Legacy encodings that some of the words read well in; named in the refusal message. */
  suspected: LegacyEncoding[];
  /** Words that could be legacy text (non-ASCII, only Latin-1/Windows-1252 characters). */
  candidateWords: number;
  /** Words that can only be Unicode (they contain ơ, ư, ă, đ, ạ…). */
  unicodeWords: number;
  /** Share of candidate words that read as Vietnamese syllables under each reading. */
  rates: { unicode: number; tcvn3: number; vni: number };
}

export interface AnalyseOptions {
  /**
   * How to read a candidate word "as is". Text that is already Unicode reads as itself; a CSV
   * of unknown single-byte encoding passes its Windows-1258 reading here instead.
   */
  readAsIs?: (word: string) => string;
}

// Split on whitespace, ASCII punctuation and digits, and the general-punctuation block, but
// not on Latin-1 symbols: in TCVN3 "¸", "©" and even the soft hyphen U+00AD are letters.
const WORD_SEPARATORS = /[\s\u0000-\u0040\u005b-\u0060\u007b-\u007f\u00a0\u2000-\u206f]+/u;
const NON_ASCII = /[^\u0000-\u007f]/u;

// A legacy reading must beat the as-is reading by this much, so that text which reads equally
// well both ways (e.g. "Hoàng", which VNI would read as "Hồng") stays as it is.
const LEGACY_MARGIN = 0.15;
const CONFIDENT = 0.6;
// Share of words that only the other legacy encoding explains before we call a file mixed.
const MIXED_SHARE = 0.1;

/**
 * TCVN3 characters that are neither Vietnamese nor ordinary Latin-1 letters (¸ µ © ª ¬ ®…):
 * text containing them that reads as nothing is garbled legacy text, not a foreign name.
 */
const TCVN3_SYMBOLS = new Set(Object.keys(TCVN3_TO_UNICODE).filter((ch) => !/[À-ÖØ-öø-ÿ]/u.test(ch)));
// A vowel followed by a VNI mark character: "aø", "eá", "OÂ"…
const VNI_PATTERN = /[aeiouyôöAEIOUYÔÖ][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]/u;

/** Cheap pre-check: does this text contain anything that looks like TCVN3 or VNI? */
export function hasLegacyTellTales(text: string): boolean {
  for (const ch of text) if (TCVN3_SYMBOLS.has(ch)) return true;
  return VNI_PATTERN.test(text);
}

export function splitWords(text: string): string[] {
  return text.split(WORD_SEPARATORS).filter((w) => w !== '');
}

/**
 * Decide whether samples of text are Unicode, TCVN3 or VNI by reading every candidate word all
 * three ways and counting how many readings are Vietnamese syllables.
 */
export function analyseLegacyEncoding(samples: Iterable<string>, options: AnalyseOptions = {}): LegacyAnalysis {
  const readAsIs = options.readAsIs ?? ((w: string) => w);
  let candidates = 0;
  let unicodeWords = 0;
  let validU = 0;
  let validT = 0;
  let validV = 0;
  let onlyT = 0; // valid as TCVN3, not as VNI
  let onlyV = 0;
  let tellTales = 0;

  for (const sample of samples) {
    for (const word of splitWords(nfc(sample))) {
      if (!NON_ASCII.test(word)) continue;
      if (!isLegacyRepertoireWord(word)) {
        unicodeWords += 1;
        continue;
      }
      candidates += 1;
      const u = isVietnameseSyllable(nfc(readAsIs(word)));
      const t = isVietnameseSyllable(mapTcvn3(word));
      const v = isVietnameseSyllable(mapVni(word));
      if (u) validU += 1;
      if (t) validT += 1;
      if (v) validV += 1;
      if (t && !v) onlyT += 1;
      if (v && !t) onlyV += 1;
      if (hasLegacyTellTales(word)) tellTales += 1;
    }
  }

  const rate = (n: number) => (candidates === 0 ? 0 : n / candidates);
  const rates = { unicode: rate(validU), tcvn3: rate(validT), vni: rate(validV) };
  const suspectedOf = (): LegacyEncoding[] => {
    const s: LegacyEncoding[] = [];
    if (onlyT > 0 || rates.tcvn3 >= 0.3) s.push('tcvn3');
    if (onlyV > 0 || rates.vni >= 0.3) s.push('vni');
    return s.length > 0 ? s : ['tcvn3', 'vni'];
  };
  const result = (encoding: DetectedEncoding, suspected: LegacyEncoding[] = []): LegacyAnalysis => ({
    encoding,
    suspected,
    candidateWords: candidates,
    unicodeWords,
    rates,
  });

  if (candidates === 0) return result('unicode');

  const best: LegacyEncoding = rates.tcvn3 >= rates.vni ? 'tcvn3' : 'vni';
  const other: LegacyEncoding = best === 'tcvn3' ? 'vni' : 'tcvn3';
  const bestRate = rates[best];
  const otherRate = rates[other];
  if (bestRate >= CONFIDENT && bestRate >= rates.unicode + LEGACY_MARGIN) {
    // Words that only the other encoding explains mean a file mixing both: refuse rather
    // than garble part of it.
    const explainedOnlyByOther = best === 'tcvn3' ? onlyV : onlyT;
    const tooClose = otherRate >= CONFIDENT && bestRate - otherRate < 0.1;
    if (tooClose || explainedOnlyByOther / candidates >= MIXED_SHARE) {
      return result('ambiguous', ['tcvn3', 'vni']);
    }
    return result(best, [best]);
  }
  // Nothing reads clearly as legacy text. Unless the words are legacy-looking symbol soup that
  // reads as nothing at all (and the text is not mostly Unicode anyway), keep it as is:
  // names like "Müller" are not a reason to refuse a file.
  if (rates.unicode < 0.5 && tellTales > 0 && unicodeWords < candidates) {
    return result('ambiguous', suspectedOf());
  }
  return result('unicode');
}

/**
 * Which encoding `text` is in: 'unicode', 'tcvn3', 'vni', or 'ambiguous' when it looks like
 * legacy text that no single encoding explains (garbled, or a mixture of TCVN3 and VNI).
 */
export function detectLegacyEncoding(text: string): DetectedEncoding {
  return analyseLegacyEncoding([text]).encoding;
}
