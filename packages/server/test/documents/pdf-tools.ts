import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

/** Read generated files back with independent tools: poppler-utils for PDF, JSZip for DOCX. */

function withFile<T>(bytes: Uint8Array, work: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'khien-doc-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    return work(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(bytes: Uint8Array, page?: number): string {
  return withFile(bytes, (file) =>
    execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    }),
  );
}

export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withFile(bytes, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

export function pdfFonts(bytes: Uint8Array): Array<{ name: string; embedded: boolean }> {
  const out = withFile(bytes, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: emb is the 5th column from the end.
      return { name: cols[0]!, embedded: cols.at(-5) === 'yes' };
    });
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export function pdfWords(bytes: Uint8Array, page: number): { width: number; height: number; words: Word[] } {
  const html = withFile(bytes, (file) =>
    execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  );
  const pageTag = /<page width="([\d.]+)" height="([\d.]+)">/.exec(html);
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  }));
  return { width: Number(pageTag?.[1]), height: Number(pageTag?.[2]), words };
}

/** Page `page` rendered to an 8-bit greyscale raster (PGM) at `dpi`. */
export function renderGrey(
  bytes: Uint8Array,
  page: number,
  dpi: number,
): { width: number; height: number; at(x: number, y: number): number } {
  const pgm = withFile(bytes, (file, dir) => {
    execFileSync('pdftoppm', [
      '-f',
      String(page),
      '-l',
      String(page),
      '-r',
      String(dpi),
      '-gray',
      '-singlefile',
      file,
      path.join(dir, 'page'),
    ]);
    return readFileSync(path.join(dir, 'page.pgm'));
  });
  // P5 header: "P5\n<w> <h>\n<max>\n" then w*h bytes.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a PGM file');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length;
  return { width, height, at: (x, y) => pgm[offset + y * width + x]! };
}

export async function docxParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = await zip.file(name)!.async('string');
  }
  return parts;
}

/** The text of each paragraph of a WordprocessingML part, runs joined. */
export function docxParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')).join(''),
  );
}
