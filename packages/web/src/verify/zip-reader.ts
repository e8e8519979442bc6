/**
 * A small ZIP reader for dossier files, for the browser and Node alike: it reads the central
 * directory, inflates with the platform's DecompressionStream("deflate-raw") and checks every
 * entry's CRC-32. No dependency and no network: the verifier page must work offline from a
 * file the user opens. Encrypted entries, ZIP64 and split archives are refused with a clear
 * reason (a dossier is a few megabytes; the exporter never writes those).
 */

export class ZipError extends Error {
  readonly reason: 'not_zip' | 'unsupported' | 'corrupt' | 'too_large';
  constructor(reason: ZipError['reason'], message: string) {
    super(message);
    this.name = 'ZipError';
    this.reason = reason;
  }
}

export interface ZipEntry {
  readonly name: string;
  readonly size: number;
  read(): Promise<Uint8Array>;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Refuse archives that would inflate beyond this (zip bombs). */
export const MAX_UNCOMPRESSED = 512 * 1024 * 1024;

let crcTable: Uint32Array | null = null;
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

async function inflateRaw(data: Uint8Array, expected: number): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > expected) {
      await reader.cancel();
      throw new ZipError('corrupt', 'an entry inflates beyond its declared size');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });
// CP437 for names without the UTF-8 flag: ASCII is what exporters write, the rest is rare.
const cp437 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The archive's entries by name (directories left out). Throws ZipError on anything unreadable. */
export function readZip(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not_zip', 'no end-of-central-directory record');
  const disk = view.getUint16(eocd + 4, true);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (disk !== 0) throw new ZipError('unsupported', 'split archives are not supported');
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('unsupported', 'ZIP64 archives are not supported');
  if (cdOffset + cdSize > eocd) throw new ZipError('corrupt', 'central directory out of range');

  const entries = new Map<string, ZipEntry>();
  let declaredTotal = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw new ZipError('corrupt', 'bad central directory entry');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    const name = flags & 0x800 ? utf8.decode(nameBytes) : cp437(nameBytes);
    p += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (flags & 0x1) throw new ZipError('unsupported', `${name}: encrypted entries are not supported`);
    if (method !== 0 && method !== 8) throw new ZipError('unsupported', `${name}: compression method ${method} is not supported`);
    if (size === 0xffffffff || compressedSize === 0xffffffff) throw new ZipError('unsupported', 'ZIP64 archives are not supported');
    declaredTotal += size;
    if (declaredTotal > MAX_UNCOMPRESSED) throw new ZipError('too_large', 'the archive is too large to verify in the browser');
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL)
      throw new ZipError('corrupt', `${name}: bad local header`);
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.length) throw new ZipError('corrupt', `${name}: data out of range`);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, {
      name,
      size,
      read: async () => {
        const out = method === 0 ? data.slice() : await inflateRaw(data, size);
        if (out.length !== size || crc32(out) !== crc) throw new ZipError('corrupt', `${name}: checksum mismatch (the file is damaged)`);
        return out;
      },
    });
  }
  return entries;
}
