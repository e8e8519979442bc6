import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { convertLegacy } from './convert-legacy.ts';
import { analyseLegacyEncoding, detectLegacyEncoding } from './detect-legacy-encoding.ts';
import { isVietnameseSyllable } from './vietnamese-syllable.ts';
import { allVietnameseLetters, encodeTcvn3, encodeVni, TCVN3_UNICODE_UPPER } from './legacy-test-encoders.ts';

const NAMES = ['Nguyễn Thị Hương', 'Ủy ban nhân dân tỉnh', 'Đặng Quốc Việt', 'Sở Nội vụ', 'Trường Đại học'];

describe('legacy Vietnamese encodings: conversion', () => {
  it('the test generates exactly the 134 precomposed letters', () => {
    const letters = allVietnameseLetters();
    assert.equal(letters.length, 134);
    assert.equal(new Set(letters).size, 134);
    for (const l of letters) assert.equal([...l].length, 1, `${l} is one code point`);
  });

  it('VNI: all 134 letters round-trip, upper and lower case', () => {
    for (const letter of allVietnameseLetters()) {
      assert.equal(convertLegacy(encodeVni(letter), 'vni'), letter, `VNI ${encodeVni(letter)} → ${letter}`);
    }
    const all = allVietnameseLetters().join(' ');
    assert.equal(convertLegacy(encodeVni(all), 'vni'), all);
  });

  it('TCVN3: the 67 lower-case and 7 upper-case letters round-trip exactly', () => {
    const letters = allVietnameseLetters().filter((l) => l === l.toLowerCase() || TCVN3_UNICODE_UPPER.includes(l));
    assert.equal(letters.length, 74);
    for (const letter of letters) {
      assert.equal(convertLegacy(encodeTcvn3(letter), 'tcvn3'), letter, `TCVN3 ${encodeTcvn3(letter)} → ${letter}`);
    }
  });

  it('TCVN3: capitals with tone marks come back when the all-capitals font is known (.VnTimeH)', () => {
    const capitals = allVietnameseLetters().filter((l) => l !== l.toLowerCase());
    assert.equal(capitals.length, 67);
    for (const letter of capitals) {
      assert.equal(convertLegacy(encodeTcvn3(letter), 'tcvn3', { upperCase: true }), letter);
    }
    // Without the font the case is lost, as in the file itself.
    assert.equal(convertLegacy(encodeTcvn3('Ủ'), 'tcvn3'), 'ủ');
  });

  it('VNI: names convert back to the exact Unicode text', () => {
    for (const name of NAMES) {
      const encoded = encodeVni(name);
      assert.notEqual(encoded, name);
      assert.equal(convertLegacy(encoded, 'vni'), name);
      assert.equal(detectLegacyEncoding(encoded), 'vni', `detect ${encoded}`);
    }
    assert.equal(encodeVni('Sở Nội vụ'), 'Sôû Noäi vuï');
  });

  it('TCVN3: names convert back to the exact Unicode text', () => {
    for (const name of NAMES.filter((n) => !n.startsWith('Ủ'))) {
      const encoded = encodeTcvn3(name);
      assert.equal(convertLegacy(encoded, 'tcvn3'), name);
      assert.equal(detectLegacyEncoding(encoded), 'tcvn3', `detect ${encoded}`);
    }
    assert.equal(encodeTcvn3('Nguyễn Thị Hương'), 'NguyÔn ThÞ H\u00ad¬ng');
    // "Ủ" has no TCVN3 code: in .VnTime it is typed as "ñ" and drawn capital by .VnTimeH.
    const committee = encodeTcvn3('Ủy ban nhân dân tỉnh');
    assert.equal(committee, 'ñy ban nh©n d©n tØnh');
    assert.equal(detectLegacyEncoding(committee), 'tcvn3');
    assert.equal(convertLegacy(committee, 'tcvn3'), 'ủy ban nhân dân tỉnh');
    assert.equal(convertLegacy(committee, 'tcvn3', { upperCase: true }), 'ỦY BAN NHÂN DÂN TỈNH');
    // The old spelling "Uỷ", common in .VnTime documents, converts as written.
    assert.equal(convertLegacy('Uû ban nh©n d©n tØnh', 'tcvn3'), 'Uỷ ban nhân dân tỉnh');
  });

  it('fixed samples from public sources convert as their authors state', () => {
    // Ductrung03/DuBaoMatRung, server/test.js (TCVN3, with U+00AD soft hyphens for "ư").
    assert.equal(convertLegacy('B¶o Th¾ng', 'tcvn3'), 'Bảo Thắng');
    assert.equal(convertLegacy('M\u00adêng Kh\u00ad¬ng', 'tcvn3'), 'Mường Khương');
    assert.equal(convertLegacy('B¸t X¸t', 'tcvn3'), 'Bát Xát');
    // duydev/vietnamese-conversion, README and examples.
    assert.equal(convertLegacy('TiÕng ViÖt rÊt hay', 'tcvn3'), 'Tiếng Việt rất hay');
    assert.equal(convertLegacy('Tieáng Vieät raát hay', 'vni'), 'Tiếng Việt rất hay');
    assert.equal(convertLegacy('Xin chaøo caùc baïn', 'vni'), 'Xin chào các bạn');
    for (const s of ['B¶o Th¾ng', 'M\u00adêng Kh\u00ad¬ng', 'B¸t X¸t', 'TiÕng ViÖt rÊt hay']) {
      assert.equal(detectLegacyEncoding(s), 'tcvn3', s);
    }
    for (const s of ['Tieáng Vieät raát hay', 'Xin chaøo caùc baïn']) assert.equal(detectLegacyEncoding(s), 'vni', s);
  });

  it('words already in Unicode are left alone inside legacy text', () => {
    assert.equal(convertLegacy('Đơn vị: Së Néi vô', 'tcvn3'), 'Đơn vị: Sở Nội vụ');
    assert.equal(convertLegacy('Người ký: Traàn Vaên Bình', 'vni'), 'Người ký: Trần Văn Bình');
  });

  it('NFD input comes out NFC', () => {
    const nfd = 'Nguyễn Thị Hương'.normalize('NFD');
    assert.notEqual(nfd, 'Nguyễn Thị Hương');
    assert.equal(detectLegacyEncoding(nfd), 'unicode');
    assert.equal(convertLegacy(nfd, 'unicode'), 'Nguyễn Thị Hương');
    assert.equal(convertLegacy(nfd, 'tcvn3'), 'Nguyễn Thị Hương');
  });
});

describe('legacy Vietnamese encodings: detection', () => {
  it('Unicode text, ASCII text and foreign names stay Unicode', () => {
    for (const s of ['Nguyễn Thị Hương', 'Ủy ban nhân dân tỉnh', 'Hoàng Văn Toàn', 'Hà Nam', 'UBND', 'Nguyen Van An', 'Müller', '']) {
      assert.equal(detectLegacyEncoding(s), 'unicode', s);
    }
  });

  it('text that reads equally well as Unicode and as VNI is kept as Unicode', () => {
    // "Hoàng" read as VNI would be "Hồng": both are syllables, so nothing is converted.
    const analysis = analyseLegacyEncoding(['Hoàng']);
    assert.equal(analysis.rates.vni, 1);
    assert.equal(analysis.encoding, 'unicode');
  });

  it('garbled legacy-looking text is refused as ambiguous', () => {
    const analysis = analyseLegacyEncoding(['¸µ¶·¹ ©ª«¬ ¼½¾']);
    assert.equal(analysis.encoding, 'ambiguous');
    assert.deepEqual(analysis.suspected.sort(), ['tcvn3', 'vni']);
  });

  it('a mixture of TCVN3 and VNI is refused as ambiguous', () => {
    const mixed = `${encodeTcvn3('Nguyễn Văn An')}, ${encodeVni('Trần Thị Bích')}`;
    const analysis = analyseLegacyEncoding([mixed]);
    assert.equal(analysis.encoding, 'ambiguous');
    assert.deepEqual(analysis.suspected, ['tcvn3', 'vni']);
  });
});

describe('Vietnamese syllable check', () => {
  it('accepts real syllables and rejects mis-read ones', () => {
    for (const w of ['Nguyễn', 'Hương', 'Quốc', 'Việt', 'gì', 'giữa', 'nghiêng', 'khuya', 'Ủy', 'Uỷ', 'học', 'Đặng']) {
      assert.equal(isVietnameseSyllable(w), true, w);
    }
    for (const w of ['NguyÔn', 'Nguyeãn', 'chaứo', 'hàc', 'Müller', 'áà', 'tiê']) {
      assert.equal(isVietnameseSyllable(w), false, w);
    }
  });
});
