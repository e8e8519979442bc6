import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { cleanParagraphs, cleanText, compareVietnamese, foldForSearch, nfc, vietnameseSortKey } from './text.ts';

test('NFC at the boundary: an NFD-typed name equals its NFC form', () => {
  const nfd = 'Nguyễn Thị Hương'.normalize('NFD');
  assert.notEqual(nfd, 'Nguyễn Thị Hương');
  assert.equal(nfc(nfd), 'Nguyễn Thị Hương');
  assert.equal(cleanText(`  ${nfd}  \t`), 'Nguyễn Thị Hương');
});

test('search folding: "de xuat" finds "Đề xuất" (diacritics and đ folded, case ignored)', () => {
  assert.equal(foldForSearch('Đề Xuất ĐỔI MỚI'), 'de xuat doi moi');
  assert.equal(foldForSearch('Đề xuất'.normalize('NFD')), 'de xuat');
});

test('Vietnamese collation: ă, â after a; đ after d; ơ after ô; tones in dictionary order', () => {
  const sorted = ['đa', 'da', 'âm', 'ăn', 'an', 'ơn', 'ôm', 'ạ', 'á', 'à', 'a'].sort(compareVietnamese);
  assert.deepEqual(sorted, ['a', 'à', 'á', 'ạ', 'an', 'ăn', 'âm', 'da', 'đa', 'ôm', 'ơn']);
});

const VI_CHARS = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxy ',
  'à',
  'ả',
  'ã',
  'á',
  'ạ',
  'ấ',
  'ầ',
  'ẫ',
  'ệ',
  'ỏ',
  'ớ',
  'ữ',
  'ự',
  'ỹ',
  'Đ',
  'Ă',
  'Ơ',
  'Ư',
  'Ê',
  'A',
  'N',
  'Ễ',
];

test('the SQL sort key orders Vietnamese names as the ICU "vi" collator does', () => {
  const name = fc
    .array(fc.constantFrom(...VI_CHARS), { minLength: 1, maxLength: 8 })
    .map((chars) => cleanText(chars.join('')))
    .filter((s) => s.length > 0);
  fc.assert(
    fc.property(name, name, (a, b) => {
      const byCollator = Math.sign(compareVietnamese(a, b));
      const keyA = vietnameseSortKey(a);
      const keyB = vietnameseSortKey(b);
      const byKey = keyA === keyB ? 0 : keyA < keyB ? -1 : 1;
      assert.equal(byKey, byCollator, `${a} vs ${b}`);
    }),
    { numRuns: 3000 },
  );
});

test('cleanParagraphs keeps one paragraph per line and cleans each line', () => {
  const nfd = 'Nguye\u0302\u0303n'.normalize('NFD');
  assert.equal(cleanParagraphs(`  Đoạn  một\t có ${nfd} \r\n\r\n\n  Đoạn hai \rĐoạn ba\n  \n`), 'Đoạn một có Nguyễn\nĐoạn hai\nĐoạn ba');
  assert.equal(cleanParagraphs(' \n \t\r\n'), '');
  // A single line is cleaned exactly like cleanText.
  assert.equal(cleanParagraphs('  a \t b  '), cleanText('  a \t b  '));
});
