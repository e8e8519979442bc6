import { fileURLToPath } from 'node:url';

/**
 * Page geometry and type sizes of Decree 30/2020 Appendix I, shared by both renderers so the
 * DOCX and the PDF of one document have the same page.
 */
export const MM_PER_INCH = 25.4;

/** A4 portrait. */
export const PAGE_MM = { width: 210, height: 297 } as const;

/** Within the decree's ranges: top/bottom 20–25, left 30–35, right 15–20 mm. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** Type sizes in points. */
export const SIZES = {
  nationalTitle: 12.5,
  motto: 13,
  superiorAgency: 12.5,
  issuingAgency: 12.5,
  number: 13,
  placeDate: 13,
  typeName: 14,
  summary: 14,
  body: 14,
  table: 12,
  recipientsHeading: 12,
  recipients: 11,
  signature: 14,
  pageNumber: 13,
} as const;

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** The face both renderers name: Times New Roman in Word; Liberation Serif (same metrics) in PDF. */
export const DOCX_FONT = 'Times New Roman';

export const FONT_FILES = {
  regular: fileURLToPath(new URL('../../assets/fonts/LiberationSerif-Regular.ttf', import.meta.url)),
  bold: fileURLToPath(new URL('../../assets/fonts/LiberationSerif-Bold.ttf', import.meta.url)),
  italic: fileURLToPath(new URL('../../assets/fonts/LiberationSerif-Italic.ttf', import.meta.url)),
  boldItalic: fileURLToPath(new URL('../../assets/fonts/LiberationSerif-BoldItalic.ttf', import.meta.url)),
} as const;

export const mmToPt = (mm: number) => (mm / MM_PER_INCH) * 72;
/** Word measures in twentieths of a point. */
export const mmToTwip = (mm: number) => Math.round((mm / MM_PER_INCH) * 1440);
