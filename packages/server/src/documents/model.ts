import type { DocumentType } from '@khien/core/procedure';

/**
 * One structured model of an official document laid out per Decree 30/2020/NĐ-CP (Appendix I).
 * Builders (builders.ts) turn a case's plain data into a draft; issuing fills in the letterhead,
 * the number and the place-and-date line; both renderers (DOCX and PDF) draw the same model, so
 * the two files of one document cannot say different things.
 */

/** Kinds of documents the procedure produces (core's procedure vocabulary, without "evidence"). */
export type DocumentKind = Exclude<DocumentType, 'evidence'>;

/** Decree 30 abbreviations of document types ("Số: 05/QĐ-UBND"). */
export const TYPE_CODES: Record<DocumentKind, string> = {
  decision: 'QĐ',
  conclusion: 'KL',
  minutes: 'BB',
  report: 'BC',
  notice: 'TB',
  letter: 'CV',
  submission: 'TTr',
  plan: 'KH',
};

/** Type names as printed above the summary (none for a công văn, which has "V/v" instead). */
export const TYPE_NAMES: Record<DocumentKind, string> = {
  decision: 'Quyết định',
  conclusion: 'Kết luận',
  minutes: 'Biên bản',
  report: 'Báo cáo',
  notice: 'Thông báo',
  letter: 'Công văn',
  submission: 'Tờ trình',
  plan: 'Kế hoạch',
};

/** A piece of text with its emphasis. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  /** Body paragraph: justified, first-line indent, 13–14 pt. */
  | { type: 'paragraph'; runs: Run[]; align?: 'justify' | 'center'; indent?: boolean }
  /** A section heading in the body ("I. SỰ CẦN THIẾT", "Điều 1."): bold, left. */
  | { type: 'heading'; text: string; align?: 'left' | 'center' }
  | {
      type: 'table';
      columns: Array<{ title: string; width: number; align?: 'left' | 'center' | 'right' }>;
      rows: string[][];
      /** Rows drawn in bold (e.g. a "Tổng cộng" line). */
      boldRows?: number[];
    }
  /** A horizontal bar chart ("Biểu đồ"): one bar per label, lengths proportional to the values. */
  | { type: 'barChart'; title: string; bars: Array<{ label: string; value: number }> };

export type AuthorityPrefix = 'TM.' | 'KT.' | 'TL.' | 'TUQ.';

/**
 * Decree 30 Art. 13 and Appendix I §8: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", "KT. GIÁM ĐỐC / PHÓ
 * GIÁM ĐỐC", "TL. …", "TUQ. …"; then the signature space and the signer's full name.
 */
export interface Signature {
  /** The authority line: prefix and whom it is signed for (omitted when the head signs in person). */
  authority?: { prefix: AuthorityPrefix; of: string } | null;
  /** The signer's title ("CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "THƯ KÝ", "NGƯỜI ĐỀ XUẤT"). */
  title: string;
  name: string;
}

/** The top-left block: superior agency (regular caps, may be absent) and issuing agency (bold caps). */
export interface Letterhead {
  superiorAgency: string | null;
  /** One or more lines, e.g. ["ỦY BAN NHÂN DÂN", "TỈNH HÒA SƠN"]. */
  issuingAgency: string[];
}

/** What a builder produces: everything but the issuing agency's header, number and date. */
export interface DocumentDraft {
  kind: DocumentKind;
  /** The summary: "về việc phê duyệt đề xuất …" or, for a công văn, the "V/v …" text. */
  summary: string;
  /** For decisions: the issuing authority printed above the legal bases, in bold caps. */
  authorityLine?: string | null;
  /** For letters: "Kính gửi: …" recipients (one per line). */
  addressees?: string[];
  /** Legal bases, one per line, in italics ("Căn cứ …;"). */
  legalBases: string[];
  /** For decisions: the "QUYẾT ĐỊNH:" line between the bases and the articles. */
  enactingLine?: string | null;
  body: Block[];
  /** One signature, or two side by side (minutes: secretary left, chair right). */
  signatures: Signature[];
  /** "Nơi nhận:" list, bottom left; empty for minutes. */
  recipients: string[];
  /** For letters: abbreviation of the drafting unit, printed after the agency's ("12/UBND-VP"). */
  draftingUnit?: string | null;
  /** For the API: who the document concerns (they may read it). */
  concernedPersonIds?: string[];
}

export interface DocumentModel extends DocumentDraft {
  letterhead: Letterhead;
  /** "Số: 05/QĐ-UBND" */
  numberLine: string;
  /** "Hòa Sơn, ngày 05 tháng 3 năm 2026" */
  placeDateLine: string;
}

export function paragraph(text: string, options: { bold?: boolean; italic?: boolean; align?: 'justify' | 'center' } = {}): Block {
  const { align, ...emphasis } = options;
  return { type: 'paragraph', runs: [{ text, ...emphasis }], ...(align ? { align } : {}) };
}

/** A paragraph opening with a bold lead ("Điều 1. ", "a) "), the rest regular. */
export function leadParagraph(lead: string, text: string): Block {
  return { type: 'paragraph', runs: [{ text: lead, bold: true }, { text }] };
}

export function heading(text: string, align: 'left' | 'center' = 'left'): Block {
  return { type: 'heading', text, align };
}

/** Upper-case Vietnamese text (JavaScript's root-locale mapping is correct for it), NFC. */
export function upper(text: string): string {
  return text.toUpperCase().normalize('NFC');
}

/** The printed heading of the document type ("QUYẾT ĐỊNH"); null for a công văn. */
export function typeHeading(kind: DocumentKind): string | null {
  return kind === 'letter' ? null : upper(TYPE_NAMES[kind]);
}
