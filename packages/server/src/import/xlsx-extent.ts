import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { Readable } from 'node:stream';

/**
 * The last row number of the first worksheet of an XLSX file, for a progress bar, found
 * without parsing the sheet: read the ZIP central directory, inflate the start of the sheet
 * XML and take `<dimension ref="A1:K10001"/>`; when a writer left the dimension out (exceljs's
 * streaming writer does), count `<row r="…">` tags while inflating. Anything unexpected gives
 * `undefined` — the progress bar then shows a count without a total.
 */

interface ZipSource {
  size: number;
  read(position: number, length: number): Promise<Buffer>;
  stream(start: number, length: number): Readable;
  close(): Promise<void>;
}

async function fileSource(path: string): Promise<ZipSource> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(position, length) {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    },
    stream(start, length) {
      return handle.createReadStream({ start, end: start + length - 1, autoClose: false });
    },
    close: () => handle.close(),
  };
}

function bytesSource(bytes: Uint8Array): ZipSource {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    size: buffer.length,
    read: (position, length) => Promise.resolve(buffer.subarray(position, position + length)),
    stream: (start, length) => Readable.from([buffer.subarray(start, start + length)]),
    close: () => Promise.resolve(),
  };
}

interface SheetEntry {
  localHeaderOffset: number;
  compressedSize: number;
  method: number;
}

async function findFirstSheet(zip: ZipSource): Promise<SheetEntry | undefined> {
  const tailLength = Math.min(zip.size, 65_557);
  const tail = await zip.read(zip.size - tailLength, tailLength);
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > tail.length) return undefined;
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (cdOffset === 0xffffffff || cdOffset + cdSize > zip.size) return undefined; // ZIP64
  const cd = await zip.read(cdOffset, cdSize);
  let best: SheetEntry | undefined;
  let p = 0;
  while (p + 46 <= cd.length && cd.readUInt32LE(p) === 0x02014b50) {
    const method = cd.readUInt16LE(p + 10);
    const compressedSize = cd.readUInt32LE(p + 20);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const localHeaderOffset = cd.readUInt32LE(p + 42);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLength);
    // exceljs reads the sheets in the order they are stored, so the first stored one wins.
    if (/^xl\/worksheets\/sheet\d+\.xml$/u.test(name) && (best === undefined || localHeaderOffset < best.localHeaderOffset)) {
      best = { localHeaderOffset, compressedSize, method };
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  return best;
}

async function lastRowOfSheet(zip: ZipSource, entry: SheetEntry): Promise<number | undefined> {
  const header = await zip.read(entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) return undefined;
  const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.method !== 0 && entry.method !== 8) return undefined;
  const raw = zip.stream(dataStart, entry.compressedSize);
  const xml = entry.method === 8 ? raw.pipe(createInflateRaw()) : raw;
  let carry = '';
  let lastRow: number | undefined;
  let sawSheetData = false;
  try {
    for await (const chunk of xml as AsyncIterable<Buffer>) {
      const text = carry + chunk.toString('latin1');
      if (!sawSheetData) {
        const dimension = /<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?[A-Z]*(\d+)"/u.exec(text);
        if (dimension?.[1] !== undefined) return Number(dimension[1]);
        if (/<(?:\w+:)?sheetData/u.test(text)) sawSheetData = true;
      }
      for (const match of text.matchAll(/<(?:\w+:)?row\b[^>]*?\br="(\d+)"/gu)) {
        lastRow = Math.max(lastRow ?? 0, Number(match[1]));
      }
      // Keep the tail in case a tag straddles two chunks; a tag is far shorter than this.
      const cut = text.lastIndexOf('<');
      carry = cut >= 0 && text.length - cut < 256 ? text.slice(cut) : '';
    }
  } finally {
    raw.destroy();
    xml.destroy();
  }
  return lastRow;
}

export async function xlsxLastRow(input: string | Uint8Array): Promise<number | undefined> {
  let zip: ZipSource | undefined;
  try {
    zip = typeof input === 'string' ? await fileSource(input) : bytesSource(input);
    const entry = await findFirstSheet(zip);
    return entry === undefined ? undefined : await lastRowOfSheet(zip, entry);
  } catch {
    return undefined;
  } finally {
    await zip?.close();
  }
}
