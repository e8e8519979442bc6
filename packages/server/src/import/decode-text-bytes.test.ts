import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { DomainError } from '@khien/core/errors';
import { convertLegacy } from './convert-legacy.ts';
import { decodeTextBytes } from './decode-text-bytes.ts';

const TEXT = 'Mã đơn vị,Tên đơn vị\nSNV,Sở Nội vụ tỉnh Hà Nam\nUBND,Ủy ban nhân dân tỉnh\n';

/**
 * Windows-1258 has no precomposed letters with tones: it stores the letter with its vowel mark
 * (ê, ơ, ă…) followed by a combining tone mark, the way Windows' Vietnamese code page does.
 */
function toWindows1258(text: string): Buffer {
  const decomposed = [...text.normalize('NFC')]
    .map((ch) => {
      const nfd = ch.normalize('NFD');
      const tone = [...nfd].find((m) => /[\u0300\u0301\u0303\u0309\u0323]/u.test(m)) ?? '';
      return tone === '' ? ch : nfd.replace(tone, '').normalize('NFC') + tone;
    })
    .join('');
  return iconv.encode(decomposed, 'windows-1258');
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
  return undefined;
}

describe('decodeTextBytes: CSV byte encodings', () => {
  it('UTF-8 without and with BOM', () => {
    assert.deepEqual(decodeTextBytes(Buffer.from(TEXT, 'utf8')), { text: TEXT, encoding: 'utf-8' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]);
    assert.deepEqual(decodeTextBytes(bom), { text: TEXT, encoding: 'utf-8-bom' });
  });

  it('UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    assert.deepEqual(decodeTextBytes(le), { text: TEXT, encoding: 'utf-16le' });
    const be = Buffer.from(le);
    be.swap16();
    assert.equal(be[0], 0xfe);
    assert.deepEqual(decodeTextBytes(be), { text: TEXT, encoding: 'utf-16be' });
  });

  it('UTF-8 given in NFD comes out NFC', () => {
    const decoded = decodeTextBytes(Buffer.from(TEXT.normalize('NFD'), 'utf8'));
    assert.equal(decoded.text, TEXT);
  });

  it('Windows-1258 (combining tone marks) decodes to NFC Unicode', () => {
    const bytes = toWindows1258(TEXT);
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    assert.deepEqual(decodeTextBytes(bytes), { text: TEXT, encoding: 'windows-1258' });
  });

  it('TCVN3 and VNI bytes are recognised and left for conversion', () => {
    const tcvn3 = Buffer.from('M· ®¬n vÞ,Tªn ®¬n vÞ\nSNV,Së Néi vô tØnh Hµ Nam\n', 'latin1');
    const decodedT = decodeTextBytes(tcvn3);
    assert.equal(decodedT.encoding, 'windows-1252');
    assert.equal(decodedT.legacy, 'tcvn3');
    assert.equal(convertLegacy(decodedT.text, 'tcvn3'), 'Mã đơn vị,Tên đơn vị\nSNV,Sở Nội vụ tỉnh Hà Nam\n');

    const vni = Buffer.from('Maõ ñôn vò,Teân ñôn vò\nSNV,Sôû Noäi vuï tænh Haø Nam\n', 'latin1');
    const decodedV = decodeTextBytes(vni);
    assert.equal(decodedV.legacy, 'vni');
    assert.equal(convertLegacy(decodedV.text, 'vni'), 'Mã đơn vị,Tên đơn vị\nSNV,Sở Nội vụ tỉnh Hà Nam\n');
  });

  it('refuses undecodable bytes with a clear code', () => {
    assert.equal(
      codeOf(() => decodeTextBytes(Buffer.from([0x41, 0x00, 0x42, 0x00]))),
      'import.undecodable_file',
    );
    // A UTF-8 file damaged by one stray byte is not silently read as Windows-1258.
    const damaged = Buffer.concat([Buffer.from('Nguyễn Thị Hương, Trần Văn Bình ', 'utf8'), Buffer.from([0xff])]);
    assert.equal(
      codeOf(() => decodeTextBytes(damaged)),
      'import.undecodable_file',
    );
    // 0x81 is undefined in Windows-1258.
    assert.equal(
      codeOf(() => decodeTextBytes(Buffer.from([0x41, 0x81, 0x42, 0x0a]))),
      'import.undecodable_file',
    );
    // A UTF-8 BOM followed by invalid UTF-8.
    assert.equal(
      codeOf(() => decodeTextBytes(Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]))),
      'import.undecodable_file',
    );
    // Odd-length UTF-16.
    assert.equal(
      codeOf(() => decodeTextBytes(Buffer.from([0xff, 0xfe, 0x41]))),
      'import.undecodable_file',
    );
  });

  it('refuses legacy bytes that no single encoding explains', () => {
    const garbled = Buffer.from('¸µ¶·¹ ©ª«¬ ¼½¾\n', 'latin1');
    assert.equal(
      codeOf(() => decodeTextBytes(garbled)),
      'import.legacy_encoding_ambiguous',
    );
  });
});
