import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * The ZIP container of the protection dossier, written and read with node:zlib alone: deflated
 * or stored entries, UTF-8 names (general-purpose flag bit 11, so Vietnamese file names survive
 * every unzip tool), no ZIP64, no data descriptors, no encryption. That is exactly the subset
 * the browser verifier page reads (packages/web/src/verify/zip-reader.ts), and a dossier is a
 * few megabytes. Output is deterministic (fixed DOS timestamp): the same dossier gives the same
 * bytes, which makes an archived copy easy to compare.
 */

export class DossierZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DossierZipError';
  }
}

export interface ZipFile {
  name: string;
  data: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const UTF8_FLAG = 0x800;
// 1 January 2026 00:00 in MS-DOS date/time: file times are not evidence, the ledger's are.
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
/** Refuse archives inflating beyond this (zip bombs) when verifying a file someone sent. */
export const MAX_DOSSIER_BYTES = 512 * 1024 * 1024;

let table: Uint32Array | undefined;
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function writeZip(files: readonly ZipFile[]): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const names = new Set<string>();
  for (const file of files) {
    if (names.has(file.name)) throw new DossierZipError(`duplicate entry ${file.name}`);
    names.add(file.name);
    const name = Buffer.from(file.name, 'utf8');
    const deflated = deflateRawSync(file.data, { level: 9 });
    // Already-compressed files (PDF, DOCX, images) are stored when deflate does not help.
    const stored = deflated.length >= file.data.length;
    const data = stored ? Buffer.from(file.data) : deflated;
    const method = stored ? 0 : 8;
    const crc = crc32(file.data);
    if (file.data.length >= 0xffffffff || offset >= 0xffffffff) throw new DossierZipError('archive too large (ZIP64 is not written)');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_FLAG, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    // "Made by" Unix (3): Info-ZIP's unzip would otherwise treat names as MS-DOS code page 437.
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_FLAG, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...centrals, end]);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Every file entry by name, inflated and CRC-checked. A damaged entry is reported per entry
 * (`Error` value) rather than failing the whole archive: one altered document must not hide
 * the verdict on every other one.
 */
export function readZip(input: Uint8Array): Map<string, Uint8Array | Error> {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DossierZipError('not a ZIP archive (no end-of-central-directory record)');
  const count = bytes.readUInt16LE(eocd + 10);
  const cdSize = bytes.readUInt32LE(eocd + 12);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  if (bytes.readUInt16LE(eocd + 4) !== 0) throw new DossierZipError('split archives are not supported');
  if (count === 0xffff || cdOffset === 0xffffffff) throw new DossierZipError('ZIP64 archives are not supported');
  if (cdOffset + cdSize > eocd) throw new DossierZipError('central directory out of range');
  const entries = new Map<string, Uint8Array | Error>();
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || bytes.readUInt32LE(p) !== CENTRAL) throw new DossierZipError('bad central directory entry');
    const flags = bytes.readUInt16LE(p + 8);
    const method = bytes.readUInt16LE(p + 10);
    const crc = bytes.readUInt32LE(p + 16);
    const compressedSize = bytes.readUInt32LE(p + 20);
    const size = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const skip = bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    const localOffset = bytes.readUInt32LE(p + 42);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    const name = flags & UTF8_FLAG ? nameBytes.toString('utf8') : nameBytes.toString('latin1');
    p += 46 + nameLength + skip;
    if (name.endsWith('/')) continue;
    entries.set(name, readEntry(bytes, { name, flags, method, crc, compressedSize, size, localOffset }));
    total += size;
    if (total > MAX_DOSSIER_BYTES) throw new DossierZipError('the archive is too large');
  }
  return entries;
}

function readEntry(
  bytes: Buffer,
  e: { name: string; flags: number; method: number; crc: number; compressedSize: number; size: number; localOffset: number },
): Uint8Array | Error {
  if (e.flags & 1) return new DossierZipError(`${e.name}: encrypted entries are not supported`);
  if (e.method !== 0 && e.method !== 8) return new DossierZipError(`${e.name}: compression method ${e.method} is not supported`);
  if (e.localOffset + 30 > bytes.length || bytes.readUInt32LE(e.localOffset) !== LOCAL) {
    return new DossierZipError(`${e.name}: bad local header`);
  }
  const start = e.localOffset + 30 + bytes.readUInt16LE(e.localOffset + 26) + bytes.readUInt16LE(e.localOffset + 28);
  if (start + e.compressedSize > bytes.length) return new DossierZipError(`${e.name}: data out of range`);
  const raw = bytes.subarray(start, start + e.compressedSize);
  let data: Uint8Array;
  try {
    data = e.method === 0 ? new Uint8Array(raw) : new Uint8Array(inflateRawSync(raw, { maxOutputLength: Math.max(e.size, 1) }));
  } catch (error) {
    return new DossierZipError(`${e.name}: cannot be inflated (${error instanceof Error ? error.message : String(error)})`);
  }
  if (data.length !== e.size || crc32(data) !== e.crc) return new DossierZipError(`${e.name}: checksum mismatch (the entry is damaged)`);
  return data;
}
