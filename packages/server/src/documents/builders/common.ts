import { z } from 'zod';
import { cleanParagraphs, cleanText } from '@khien/core';
import { paragraph, type Block, type Signature } from '../model.ts';

/**
 * Input pieces shared by the document builders. Every text is NFC-normalised and trimmed
 * (the input boundary rule), so builders can be fed from HTTP bodies or from case data alike.
 */
export const text = (max = 4000) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().min(1, { error: 'must not be empty' }).max(max));

export const optionalText = (max = 4000) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().max(max))
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null);

/** Several paragraphs: line breaks are kept (one paragraph per line), spaces inside a line collapsed. */
export const longText = (max = 20000) =>
  z
    .string()
    .transform(cleanParagraphs)
    .pipe(z.string().min(1, { error: 'must not be empty' }).max(max));

export const isoDate = z.iso.date();
/** A local (Vietnam) date and time without zone: "2026-03-05T08:00". */
export const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'YYYY-MM-DDTHH:mm (Vietnam time)' });

export const signatureSchema = z.strictObject({
  authority: z
    .strictObject({ prefix: z.enum(['TM.', 'KT.', 'TL.', 'TUQ.']), of: text(200) })
    .nullable()
    .optional(),
  title: text(200),
  name: text(200),
});

export const personRef = z.strictObject({ name: text(200), position: optionalText(200) });

/** Fields every builder accepts. */
export const commonFields = {
  legalBases: z.array(text(1000)).max(30).optional(),
  recipients: z.array(text(300)).max(30).optional(),
  signer: signatureSchema,
  concernedPersonIds: z.array(z.uuid()).max(200).optional(),
};

export const ND73_BASIS =
  'Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung;';

export function toSignature(s: z.infer<typeof signatureSchema>): Signature {
  return { authority: s.authority ?? null, title: s.title, name: s.name };
}

/** "ngày 05 tháng 3 năm 2026" from "2026-03-05" (Decree 30 leading zeros). */
export function datePhrase(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `ngày ${String(d).padStart(2, '0')} tháng ${m! <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;
}

/** "08 giờ 30 phút, ngày 05 tháng 3 năm 2026". */
export function dateTimePhrase(local: string): string {
  const [date, time] = local.split('T');
  const [h, min] = time!.split(':');
  return `${h} giờ ${min} phút, ${datePhrase(date!)}`;
}

/** "Nguyễn Văn A, Phó Giám đốc" */
export function named(p: z.infer<typeof personRef>): string {
  return p.position ? `${p.name}, ${p.position}` : p.name;
}

/** Vietnamese number formatting: 66,67 (comma decimal). */
export function percent(part: number, whole: number): string {
  if (whole === 0) return '0';
  return (Math.round((part / whole) * 10000) / 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}

/** A list item paragraph: "- text". */
export function item(value: string): Block {
  return paragraph(`- ${value}`);
}

/** Paragraphs from a multi-line text: one paragraph per non-empty line. */
export function paragraphs(value: string): Block[] {
  return value
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => paragraph(l));
}

/** The last line of a document body ends with "./." (Decree 30 App. I). */
export function closeBody(blocks: Block[]): Block[] {
  const last = blocks.at(-1);
  if (last?.type === 'paragraph') {
    const runs = [...last.runs];
    const tail = runs.at(-1)!;
    if (!tail.text.endsWith('./.')) runs[runs.length - 1] = { ...tail, text: `${tail.text.replace(/[.;:,]\s*$/, '')}./.` };
    return [...blocks.slice(0, -1), { ...last, runs }];
  }
  return blocks;
}

export const DEFAULT_RECIPIENTS = ['Lưu: VT.'];
