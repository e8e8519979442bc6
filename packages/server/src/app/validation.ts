import { z } from 'zod';
import { cleanParagraphs, cleanText, nfc, normaliseVietnamesePhone } from '@khien/core';

/**
 * Input building blocks. Every string that enters through them is NFC-normalised (input
 * boundary rule) and trimmed; optional texts turn "" into null so that clearing a field works.
 * "Text" is one line (names, titles: inner whitespace collapsed); "Paragraphs" keeps one
 * paragraph per line (reasons, opinions, findings: documents print them paragraph by paragraph).
 */
type Clean = (value: string) => string;

const required = (clean: Clean) => (max: number) =>
  z
    .string()
    .transform(clean)
    .pipe(z.string().min(1, { error: 'must not be empty' }).max(max));

const optional = (clean: Clean) => (max: number) =>
  z
    .string()
    .transform(clean)
    .pipe(z.string().max(max))
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null);

export const requiredText = required(cleanText);
export const optionalText = optional(cleanText);
export const requiredParagraphs = required(cleanParagraphs);
export const optionalParagraphs = optional(cleanParagraphs);

export const code = z
  .string()
  .transform((value) => nfc(value).trim())
  .pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { error: 'letters, digits, ".", "_" or "-" (max 64)' }));

export const uuid = z.uuid();
export const isoDate = z.iso.date();

export const email = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.union([z.literal(''), z.email()]))
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .optional()
  .transform((value) => value ?? null);

/** Vietnamese phone numbers are stored in E.164 (+84…), the same form the import writes. */
export const phone = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === '') return null;
    const normalised = normaliseVietnamesePhone(value);
    if (!normalised) {
      ctx.addIssue({ code: 'custom', message: 'a Vietnamese phone number, e.g. 0912 345 678 or 024 3825 1234' });
      return z.NEVER;
    }
    return normalised;
  })
  .nullable()
  .optional()
  .transform((value) => value ?? null);

export const pageQuery = z.strictObject({
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
