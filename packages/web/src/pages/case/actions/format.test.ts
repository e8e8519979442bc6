import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { citationText, groupDigits, isoOf, parseMoney, vietnamDayOf } from './format.ts';

describe('action dialogs: citations, money and dates as Vietnamese offices write them', () => {
  it('citations in words: clause before article, point before clause', () => {
    assert.equal(citationText('ND73/2023 Art. 8(1)', 'vi'), 'khoản 1 Điều 8 Nghị định 73/2023/NĐ-CP');
    assert.equal(citationText('ND73/2023 Art. 5(1)(a)', 'vi'), 'điểm a khoản 1 Điều 5 Nghị định 73/2023/NĐ-CP');
    assert.equal(citationText('ND73/2023 Art. 11', 'vi'), 'Điều 11 Nghị định 73/2023/NĐ-CP');
    assert.equal(citationText('ND73/2023', 'vi'), 'Nghị định 73/2023/NĐ-CP');
    assert.equal(citationText('ND172/2025', 'en'), 'Decree 172/2025/NĐ-CP');
    assert.equal(citationText('ND73/2023 Art. 8(1)', 'en'), 'Art. 8(1) Decree 73/2023/NĐ-CP');
    assert.equal(citationText('KL14-KL/TW (22/9/2021)', 'vi'), 'Kết luận 14-KL/TW ngày 22/9/2021');
    assert.equal(citationText('Quyết định 12/QĐ-UBND', 'vi'), 'Quyết định 12/QĐ-UBND', 'unknown forms are shown as they are');
  });

  it('money: thousands grouped with "." in Vietnamese and "," in English, parsed back to whole đồng', () => {
    assert.equal(groupDigits(1500000, 'vi'), '1.500.000');
    assert.equal(groupDigits('1500000', 'en'), '1,500,000');
    assert.equal(groupDigits(0, 'vi'), '0');
    assert.equal(groupDigits('007', 'vi'), '7');
    assert.equal(groupDigits(undefined, 'vi'), '');
    assert.equal(parseMoney('1.500.000'), 1_500_000);
    assert.equal(parseMoney('1,500,000 đồng'), 1_500_000);
    assert.equal(parseMoney(''), null);
  });

  it('dates: ISO days from pickers, and the Vietnam day of an instant', () => {
    assert.equal(isoOf({ format: (p: string) => (p === 'YYYY-MM-DD' ? '2026-03-05' : 'x') }), '2026-03-05');
    assert.equal(isoOf(null), null);
    assert.equal(vietnamDayOf('2026-03-05T18:30:00.000Z'), '2026-03-06', '01:30 in Hà Nội is already the next day');
    assert.equal(vietnamDayOf('2026-03-05T16:59:00.000Z'), '2026-03-05');
    assert.equal(vietnamDayOf('2026-03-05'), '2026-03-05');
    assert.equal(vietnamDayOf(null), null);
  });
});
