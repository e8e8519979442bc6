import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONTENT_KEYS, emptyPlanForm } from './plan-model.ts';
import { buildPlanPreview, letterheadOf, placeOf, vietnameseDatePhrase, type OrganisationFacts } from './plan-document.ts';

const ubnd: OrganisationFacts = {
  name: 'Ủy ban nhân dân tỉnh Hòa Sơn',
  shortName: 'UBND tỉnh Hòa Sơn',
  abbreviation: 'UBND',
  kind: 'provincial_peoples_committee',
};
const skhcn: OrganisationFacts = {
  name: 'Sở Khoa học và Công nghệ tỉnh Hòa Sơn',
  shortName: 'Sở Khoa học và Công nghệ',
  abbreviation: 'SKHCN',
  kind: 'provincial_department',
};

/** The headings of builders/proposal-plan.ts, in its order (the official document the server issues). */
const SERVER_HEADINGS = [
  'I. SỰ CẦN THIẾT, MỤC ĐÍCH, YÊU CẦU',
  '1. Sự cần thiết',
  '2. Điểm nghẽn, vướng mắc cần tháo gỡ',
  '3. Vấn đề chưa được pháp luật quy định hoặc quy định chưa rõ',
  '4. Mục đích, yêu cầu',
  'II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP',
  'III. PHẠM VI, NGƯỜI THỰC HIỆN VÀ THỜI GIAN',
  'IV. NGUỒN LỰC VÀ TÍNH KHẢ THI',
  '1. Nguồn lực',
  '2. Tính khả thi',
  'V. TÁC ĐỘNG VÀ HIỆU QUẢ DỰ KIẾN',
  '1. Tác động tích cực',
  '2. Tác động tiêu cực và biện pháp hạn chế',
  '3. Hiệu quả dự kiến',
];

describe('preview of the "Kế hoạch" (Decree 30/2020 layout, the server builders\' wording)', () => {
  it("letterhead: a department prints its superior above itself; a People's Committee its own name on two lines", () => {
    assert.deepEqual(letterheadOf(skhcn, ubnd), { superiorAgency: 'UBND tỉnh Hòa Sơn', issuingAgency: ['Sở Khoa học và Công nghệ'] });
    assert.deepEqual(letterheadOf(ubnd, null), { superiorAgency: null, issuingAgency: ['Ủy ban nhân dân', 'tỉnh Hòa Sơn'] });
    assert.equal(placeOf([skhcn, ubnd]), 'Hòa Sơn');
    assert.equal(placeOf([skhcn]), null);
  });

  it('dates as Decree 30 writes them: leading zero for days 1–9 and months 1–2', () => {
    assert.equal(vietnameseDatePhrase({ year: 2026, month: 3, day: 5 }), 'ngày 05 tháng 3 năm 2026');
    assert.equal(vietnameseDatePhrase({ year: 2026, month: 1, day: 15 }), 'ngày 15 tháng 01 năm 2026');
  });

  it("header, number placeholder, type name, summary, sections in the server's order, signature", () => {
    const values = emptyPlanForm();
    values.title = '  Số hóa   hồ sơ ';
    for (const key of CONTENT_KEYS) values.contents[key] = `${key} dòng một\ndòng hai`;
    values.contents.duration = '6 tháng.';
    const preview = buildPlanPreview(values, {
      letterhead: letterheadOf(skhcn, ubnd),
      abbreviation: 'SKHCN',
      place: 'Hòa Sơn',
      today: { year: 2026, month: 3, day: 5 },
      proposerName: 'Bùi Thị Hương',
    });
    assert.match(preview.numberLine, /^Số: \s+\/KH-SKHCN$/u);
    assert.equal(preview.placeDateLine, 'Hòa Sơn, ngày 05 tháng 3 năm 2026');
    assert.equal(preview.typeHeading, 'KẾ HOẠCH');
    assert.equal(preview.summary, 'Thực hiện đề xuất đổi mới, sáng tạo “Số hóa hồ sơ”');
    assert.deepEqual(
      preview.body.filter((b) => b.type === 'heading').map((b) => b.text),
      SERVER_HEADINGS,
    );
    assert.deepEqual(preview.signature, { title: 'NGƯỜI ĐỀ XUẤT', name: 'Bùi Thị Hương' });
    assert.deepEqual(preview.recipients, ['Lưu: VT.']);
    // The server keeps each section as one line (it collapses line breaks), so the preview does too.
    const necessity = preview.body[2]!;
    assert.deepEqual(necessity, { type: 'paragraph', text: 'necessity dòng một dòng hai' });
    // I.4 holds purpose then requirements; III lists lead-ins; the body ends with "./.".
    const afterPurpose = preview.body.slice(8, 10).map((b) => b.text);
    assert.deepEqual(afterPurpose, ['purpose dòng một dòng hai', 'requirements dòng một dòng hai']);
    assert.ok(preview.body.some((b) => b.type === 'paragraph' && b.lead === '3. Thời gian thực hiện: ' && b.text === '6 tháng.'));
    assert.equal(preview.body.at(-1)!.text, 'expectedEffectiveness dòng một dòng hai./.');
  });

  it('empty sections print "—" and an empty duration "theo quyết định phê duyệt." as the server does', () => {
    const preview = buildPlanPreview(emptyPlanForm(), {
      letterhead: null,
      abbreviation: null,
      place: null,
      today: { year: 2026, month: 11, day: 22 },
      proposerName: 'Bùi Thị Hương',
    });
    assert.equal(preview.body[2]!.text, '—');
    assert.ok(
      preview.body.some((b) => b.type === 'paragraph' && b.lead === '3. Thời gian thực hiện: ' && b.text === 'theo quyết định phê duyệt.'),
    );
    assert.equal(preview.body.at(-1)!.text, '—./.');
    assert.equal(preview.placeDateLine, '…, ngày 22 tháng 11 năm 2026');
  });
});
