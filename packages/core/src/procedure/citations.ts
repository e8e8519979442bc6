/**
 * Citations as constants, so a typo in an article number is a compile error instead of a
 * wrong legal reference shown to a cadre. The text follows the form the project uses
 * everywhere: "ND73/2023 Art. 8(1)".
 */
export const cite = {
  nd73: 'ND73/2023',
  art1: 'ND73/2023 Art. 1',
  art2: 'ND73/2023 Art. 2',
  art4: 'ND73/2023 Art. 4',
  art4_2: 'ND73/2023 Art. 4(2)',
  art4_3: 'ND73/2023 Art. 4(3)',
  art5_1a: 'ND73/2023 Art. 5(1)(a)',
  art5_1b: 'ND73/2023 Art. 5(1)(b)',
  art5_1c: 'ND73/2023 Art. 5(1)(c)',
  art5_1d: 'ND73/2023 Art. 5(1)(d)',
  art6: 'ND73/2023 Art. 6',
  art7: 'ND73/2023 Art. 7',
  art7_4: 'ND73/2023 Art. 7(4)',
  art8: 'ND73/2023 Art. 8',
  art8_1: 'ND73/2023 Art. 8(1)',
  art8_2: 'ND73/2023 Art. 8(2)',
  art8_3: 'ND73/2023 Art. 8(3)',
  art10: 'ND73/2023 Art. 10',
  art11: 'ND73/2023 Art. 11',
  art11_4: 'ND73/2023 Art. 11(4)',
  art18: 'ND73/2023 Art. 18',
  kl14: 'KL14-KL/TW (22/9/2021)',
  nd172: 'ND172/2025',
  nd30: 'ND30/2020',
} as const;

/**
 * Whether a rule was confirmed from the legal text ([C]) or is a configurable default ([U]).
 * The UI shows "configurable default" next to every `configurable` rule (decree73.md).
 */
export type RuleStatus = 'confirmed' | 'configurable';

/** A bilingual text; the UI shows `vi`, the API and logs carry both. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/**
 * One reason a rule refuses or qualifies something. Every refusal names the article that
 * refuses, so the cadre can check the law rather than trust the software.
 */
export interface RuleReason {
  code: string;
  vi: string;
  en: string;
  citation: string;
  status: RuleStatus;
  /** The input field the reason is about, so a form can put the message next to it. */
  field?: string;
}

export function reason(code: string, text: LocalizedText, citation: string, status: RuleStatus = 'confirmed', field?: string): RuleReason {
  const base = { code, vi: text.vi, en: text.en, citation, status };
  return field === undefined ? base : { ...base, field };
}
