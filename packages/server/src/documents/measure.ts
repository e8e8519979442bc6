import PDFDocument from 'pdfkit';
import { FONT_FILES } from './layout.ts';

export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

let measurer: PDFKit.PDFDocument | undefined;

/**
 * Width in points of a line set in Liberation Serif (= Times New Roman metrics). The DOCX
 * renderer uses it to size the short rules under the agency name and the motto, which Word
 * draws as bordered paragraphs of a given width.
 */
export function textWidth(text: string, face: FontFace, size: number): number {
  if (!measurer) {
    measurer = new PDFDocument({ autoFirstPage: false });
    for (const [name, file] of Object.entries(FONT_FILES)) measurer.registerFont(name, file);
  }
  return measurer.font(face).fontSize(size).widthOfString(text);
}
