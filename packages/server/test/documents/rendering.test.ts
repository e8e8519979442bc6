import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  DOCUMENT_TEMPLATES,
  TEMPLATE_IDS,
  TYPE_CODES,
  documentSymbol,
  letterheadOf,
  numberLine,
  placeDateLine,
  placeOf,
  renderDocx,
  renderPdf,
  vietnamCalendarDate,
  vietnameseDatePhrase,
  type DocumentModel,
  type TemplateId,
} from '../../src/documents/index.ts';
import { docxParagraphs, docxParts, pdfFonts, pdfInfo, pdfText, pdfWords, renderGrey, type Word } from './pdf-tools.ts';
import { DEPUTY, HEAD, PROPOSER, SAMPLES } from './sample-data.ts';

const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const ISSUED = new Date('2026-03-04T20:15:00Z'); // 05 Mar 2026, 03:15 in Hà Nội

const department = {
  id: 'd',
  name: 'Sở Nội vụ tỉnh Hòa Sơn',
  short_name: 'Sở Nội vụ',
  abbreviation: 'SNV',
  kind: 'provincial_department',
  parent_id: 'p',
  superior_agency_id: 'p',
  path: 'p.d',
};
const province = {
  id: 'p',
  name: 'Ủy ban nhân dân tỉnh Hòa Sơn',
  short_name: 'UBND tỉnh Hòa Sơn',
  abbreviation: 'UBND',
  kind: 'provincial_peoples_committee',
  parent_id: null,
  superior_agency_id: null,
  path: 'p',
};

function modelFor(template: TemplateId, number = 5): DocumentModel {
  const draft = (DOCUMENT_TEMPLATES[template].build as (d: unknown) => ReturnType<typeof DOCUMENT_TEMPLATES.proposal_plan.build>)(
    SAMPLES[template],
  );
  const date = vietnamCalendarDate(ISSUED);
  return {
    ...draft,
    letterhead: letterheadOf(department, province),
    numberLine: numberLine(documentSymbol(number, TYPE_CODES[draft.kind], 'SNV', draft.draftingUnit)),
    placeDateLine: placeDateLine(placeOf([department, province])!, date),
  };
}

describe('Decree 30 number and date strings', () => {
  test('day 1–9 and months 1–2 take a leading zero; others do not', () => {
    assert.equal(vietnameseDatePhrase({ year: 2026, month: 3, day: 5 }), 'ngày 05 tháng 3 năm 2026');
    assert.equal(vietnameseDatePhrase({ year: 2026, month: 1, day: 15 }), 'ngày 15 tháng 01 năm 2026');
    assert.equal(vietnameseDatePhrase({ year: 2026, month: 2, day: 9 }), 'ngày 09 tháng 02 năm 2026');
    assert.equal(vietnameseDatePhrase({ year: 2026, month: 12, day: 31 }), 'ngày 31 tháng 12 năm 2026');
  });

  test('numbers have at least two digits; a công văn carries the agency and drafting unit, not a type', () => {
    assert.equal(numberLine(documentSymbol(5, 'QĐ', 'UBND')), 'Số: 05/QĐ-UBND');
    assert.equal(documentSymbol(12, 'KH', 'SNV'), '12/KH-SNV');
    assert.equal(documentSymbol(123, 'BB', 'SNV'), '123/BB-SNV');
    assert.equal(documentSymbol(7, 'CV', 'UBND', 'VP'), '07/UBND-VP');
    assert.equal(documentSymbol(7, 'CV', 'UBND'), '07/UBND');
  });

  test('the year and date are Vietnam’s (UTC+7): 31 Dec 17:00 UTC is already 1 Jan', () => {
    assert.deepEqual(vietnamCalendarDate(new Date('2026-12-31T16:59:59Z')), { year: 2026, month: 12, day: 31 });
    assert.deepEqual(vietnamCalendarDate(new Date('2026-12-31T17:00:00Z')), { year: 2027, month: 1, day: 1 });
  });

  test('letterheads: a People’s Committee prints its own two-line name; a department its superior above it', () => {
    assert.deepEqual(letterheadOf(province, null), { superiorAgency: null, issuingAgency: ['Ủy ban nhân dân', 'tỉnh Hòa Sơn'] });
    assert.deepEqual(letterheadOf(department, province), { superiorAgency: 'UBND tỉnh Hòa Sơn', issuingAgency: ['Sở Nội vụ'] });
    assert.equal(placeOf([department, province]), 'Hòa Sơn');
    assert.equal(placeOf([{ ...province, name: 'Ủy ban nhân dân xã Tân Lập', kind: 'commune_peoples_committee' }]), 'Tân Lập');
  });
});

describe('the proposal plan (Kế hoạch), section II', () => {
  const headings = (data: Record<string, unknown>) =>
    DOCUMENT_TEMPLATES.proposal_plan
      .build({ ...SAMPLES.proposal_plan, ...data } as never)
      .body.filter((b) => b.type === 'heading')
      .map((b) => (b as { text: string }).text);
  const sectionII = (all: string[]) =>
    all.slice(all.indexOf('II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP') + 1, all.indexOf('III. PHẠM VI, NGƯỜI THỰC HIỆN VÀ THỜI GIAN'));

  test('contents, tasks and solutions are numbered parts when the plan gives them separately', () => {
    assert.deepEqual(sectionII(headings({})), ['1. Nội dung', '2. Nhiệm vụ', '3. Giải pháp']);
  });

  test('one Art. 7 item for all three is printed once, under the section heading, with no empty parts', () => {
    const text = 'Xây dựng cổng trực tuyến; thí điểm tại 02 kỳ tuyển dụng; dùng chữ ký số.';
    assert.deepEqual(sectionII(headings({ contents: text, solutions: text, tasks: [] })), []);
    const draft = DOCUMENT_TEMPLATES.proposal_plan.build({ ...SAMPLES.proposal_plan, contents: text, solutions: text, tasks: [] } as never);
    assert.equal(draft.body.filter((b) => JSON.stringify(b).includes('chữ ký số.')).length, 1, 'printed once');
  });

  test('without tasks, the remaining parts are renumbered', () => {
    assert.deepEqual(sectionII(headings({ tasks: [] })), ['1. Nội dung', '2. Giải pháp']);
  });
});

describe('DOCX per Decree 30', () => {
  const rendered = new Map<TemplateId, Record<string, string>>();
  before(async () => {
    for (const id of TEMPLATE_IDS) rendered.set(id, await docxParts(await renderDocx(modelFor(id), { title: id, issuedAt: ISSUED })));
  });

  test('the periodic review carries a bar chart: shaded bars whose lengths follow the figures', () => {
    const xml = rendered.get('periodic_review')!['word/document.xml']!;
    assert.match(xml, /Biểu đồ: đề xuất theo tình trạng và kết quả/);
    const bars = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?w:fill="1F4E79"(?:(?!<\/w:r>)[\s\S])*?<w:t[^>]*>([\u00a0]*)<\/w:t>/g)].map(
      (m) => m[1]!.length,
    );
    assert.ok(bars.length >= 5, `bars drawn (${bars.length})`);
    assert.ok(Math.max(...bars) > Math.min(...bars), 'bars differ in length with the figures');
  });

  test('A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm, different first page', () => {
    for (const [id, parts] of rendered) {
      const xml = parts['word/document.xml']!;
      const sectPr = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(xml)?.[0] ?? '';
      assert.match(sectPr, /<w:pgSz w:w="11906" w:h="16838"/, id);
      assert.doesNotMatch(sectPr, /w:orient="landscape"/, id);
      const margin = /<w:pgMar ([^>]*)\/>/.exec(sectPr)?.[1] ?? '';
      const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)?.[1]);
      assert.equal(attr('top'), 1134, `${id} top 20 mm`);
      assert.equal(attr('bottom'), 1134, `${id} bottom 20 mm`);
      assert.equal(attr('left'), 1701, `${id} left 30 mm`);
      assert.equal(attr('right'), 850, `${id} right 15 mm`);
      assert.match(sectPr, /<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/, `${id}: page 1 has its own (empty) header`);
    }
  });

  test('Times New Roman throughout; body 14 pt; page numbers are a PAGE field in the header of pages 2+', () => {
    const parts = rendered.get('proposal_decision')!;
    const styles = parts['word/styles.xml']!;
    assert.match(
      styles,
      /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/,
    );
    const document = parts['word/document.xml']!;
    const fonts = new Set([...document.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    assert.deepEqual([...fonts], ['Times New Roman']);
    assert.match(styles, /<w:sz w:val="28"\/>/, 'default size 14 pt');
    const rels = parts['word/_rels/document.xml.rels']!;
    const headerOf = (type: string) => {
      const rid = new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"`).exec(document)?.[1];
      const target =
        new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
      return parts[`word/${target}`]!;
    };
    assert.match(headerOf('default'), /PAGE/);
    assert.match(headerOf('default'), /<w:jc w:val="center"\/>/);
    assert.doesNotMatch(headerOf('first'), /PAGE/);
  });

  test('header block: agency left, national title and motto right, number and place-date line', () => {
    const document = rendered.get('proposal_decision')!['word/document.xml']!;
    const paragraphs = docxParagraphs(document);
    const first = paragraphs.slice(0, 12);
    const at = (text: string) => first.indexOf(text);
    assert.ok(at('UBND TỈNH HÒA SƠN') >= 0 && at('SỞ NỘI VỤ') > at('UBND TỈNH HÒA SƠN'), first.join(' | '));
    assert.ok(at(NATIONAL_TITLE) > at('SỞ NỘI VỤ'), 'national title in the right-hand cell of the same row');
    assert.equal(paragraphs[at(NATIONAL_TITLE) + 1], MOTTO);
    assert.ok(at('Số: 05/QĐ-SNV') > at(MOTTO));
    assert.equal(paragraphs[at('Số: 05/QĐ-SNV') + 1], 'Hòa Sơn, ngày 05 tháng 3 năm 2026');
    // Bold national title and motto, regular superior agency, bold issuing agency, italic date.
    const runOf = (text: string) => new RegExp(`<w:r>(?:(?!</w:r>).)*<w:t(?: [^>]*)?>${text}</w:t>`, 's').exec(document)?.[0] ?? '';
    assert.match(runOf(NATIONAL_TITLE), /<w:b\/>|<w:b w:val="true"\/>/);
    assert.match(runOf(NATIONAL_TITLE), /<w:sz w:val="25"\/>/, '12.5 pt');
    assert.match(runOf(MOTTO), /<w:sz w:val="26"\/>/, '13 pt');
    assert.match(runOf('SỞ NỘI VỤ'), /<w:b\/>|<w:b w:val="true"\/>/);
    assert.doesNotMatch(runOf('UBND TỈNH HÒA SƠN'), /<w:b\/>|<w:b w:val="true"\/>/);
    assert.match(runOf('Hòa Sơn, ngày 05 tháng 3 năm 2026'), /<w:i\/>|<w:i w:val="true"\/>/);
    assert.ok(paragraphs.includes('QUYẾT ĐỊNH'));
    assert.ok(paragraphs.includes('QUYẾT ĐỊNH:'));
    assert.ok(paragraphs.includes('KT. GIÁM ĐỐC') && paragraphs.includes('PHÓ GIÁM ĐỐC') && paragraphs.includes(DEPUTY));
    assert.ok(paragraphs.includes('Nơi nhận:'));
    // Legal bases in italics, one per paragraph.
    assert.match(runOf('Căn cứ Nghị định số 73/2023/NĐ-CP[^<]*'), /<w:i\/>|<w:i w:val="true"\/>/);
  });

  test('every template produces its type heading and number series', () => {
    const expected: Record<TemplateId, [string | null, string]> = {
      proposal_plan: ['KẾ HOẠCH', 'Số: 05/KH-SNV'],
      party_opinion_request: [null, 'Số: 05/SNV-VP'],
      meeting_minutes: ['BIÊN BẢN', 'Số: 05/BB-SNV'],
      proposal_decision: ['QUYẾT ĐỊNH', 'Số: 05/QĐ-SNV'],
      completion_report: ['BÁO CÁO', 'Số: 05/BC-SNV'],
      evaluation_conclusion: ['KẾT LUẬN', 'Số: 05/KL-SNV'],
      protection_determination: ['QUYẾT ĐỊNH', 'Số: 05/QĐ-SNV'],
      periodic_review: ['BÁO CÁO', 'Số: 05/BC-SNV'],
    };
    for (const [id, [heading, number]] of Object.entries(expected)) {
      const paragraphs = docxParagraphs(rendered.get(id as TemplateId)!['word/document.xml']!);
      assert.ok(paragraphs.includes(number), `${id}: ${number}`);
      if (heading) assert.ok(paragraphs.includes(heading), `${id}: ${heading}`);
    }
    const letter = docxParagraphs(rendered.get('party_opinion_request')!['word/document.xml']!);
    assert.ok(letter.includes('V/v xin ý kiến về đề xuất đổi mới, sáng tạo'));
    assert.ok(letter.includes('Kính gửi: Chi bộ Sở Nội vụ'));
  });
});

/** The words on the national title's line, from "CỘNG" rightwards. */
function titleWords(words: Word[]): Word[] {
  const first = words.find((w) => w.text === 'CỘNG')!;
  return words.filter((w) => Math.abs(w.yMin - first.yMin) < 1 && w.xMin >= first.xMin).sort((a, b) => a.xMin - b.xMin);
}

describe('PDF per Decree 30', () => {
  const pdfs = new Map<TemplateId, Buffer>();
  before(async () => {
    for (const id of TEMPLATE_IDS) pdfs.set(id, await renderPdf(modelFor(id), { title: id, issuedAt: ISSUED }));
  });

  test('A4 portrait with Liberation Serif embedded (every font of every document)', () => {
    for (const [id, pdf] of pdfs) {
      assert.match(pdfInfo(pdf)['Page size']!, /^595\.2\d* x 841\.8\d* pts \(A4\)/, id);
      const fonts = pdfFonts(pdf);
      assert.ok(fonts.length >= 3, id);
      for (const font of fonts) {
        assert.match(font.name, /\+LiberationSerif/, `${id}: ${font.name}`);
        assert.ok(font.embedded, `${id}: ${font.name} embedded`);
      }
    }
  });

  test('every Vietnamese diacritic survives extraction: title, motto, names with ư ơ đ ỹ ữ', () => {
    for (const [id, pdf] of pdfs) {
      const text = pdfText(pdf).normalize('NFC');
      assert.ok(text.includes(NATIONAL_TITLE), `${id}: national title`);
      assert.ok(text.includes(MOTTO), `${id}: motto`);
      assert.ok(text.includes('Hòa Sơn, ngày 05 tháng 3 năm 2026'), `${id}: place and date`);
    }
    const minutes = pdfText(pdfs.get('meeting_minutes')!).normalize('NFC');
    for (const name of [PROPOSER, HEAD, DEPUTY, 'Phạm Đức Lưỡng', 'Trần Văn Sử']) assert.ok(minutes.includes(name), name);
    assert.ok(minutes.includes('THƯ KÝ') && minutes.includes('CHỦ TRÌ'));
    assert.ok(minutes.includes('Tán thành') && minutes.includes('Không tán thành'));
    assert.ok(minutes.includes('2 (66,67%)'), 'tally with the Vietnamese decimal comma');
    const decision = pdfText(pdfs.get('proposal_decision')!).normalize('NFC');
    assert.ok(decision.includes('Số: 05/QĐ-SNV'));
    assert.ok(decision.includes('KT. GIÁM ĐỐC') && decision.includes('PHÓ GIÁM ĐỐC'));
  });

  test('page 1: the national title sits top right and the agency top left (text coordinates)', () => {
    const { width, height, words } = pdfWords(pdfs.get('proposal_decision')!, 1);
    const title = titleWords(words);
    assert.equal(title.map((w) => w.text).join(' '), NATIONAL_TITLE);
    assert.ok(title[0]!.yMax < height * 0.15);
    const box = {
      xMin: Math.min(...title.map((w) => w.xMin)),
      xMax: Math.max(...title.map((w) => w.xMax)),
      yMin: Math.min(...title.map((w) => w.yMin)),
    };
    assert.ok(box.xMin > width * 0.4, `title starts right of 40% of the width (${box.xMin})`);
    assert.ok(box.xMax <= width - (15 / 25.4) * 72 + 0.5, 'inside the 15 mm right margin');
    assert.ok(box.yMin >= (20 / 25.4) * 72 - 1 && box.yMin < 70, 'first line below the 20 mm top margin');
    const agency = words.find((w) => w.text === 'NỘI' && w.yMax < height * 0.15)!;
    assert.ok(agency.xMax < box.xMin, 'the agency name is left of the national title');
    assert.ok(agency.xMin >= (30 / 25.4) * 72 - 0.5, 'inside the 30 mm left margin');
    const number = words.find((w) => w.text === '05/QĐ-SNV')!;
    const date = words.find((w) => w.text === 'ngày' && w.yMax < height * 0.2)!;
    assert.ok(Math.abs(number.yMin - date.yMin) < 1, 'number and place-date line share one line');
  });

  test('page 1 raster: ink in the national title’s box at the top right, none in the top-left corner outside the agency block', () => {
    const dpi = 72;
    const page = renderGrey(pdfs.get('proposal_decision')!, 1, dpi);
    const { words } = pdfWords(pdfs.get('proposal_decision')!, 1);
    const title = titleWords(words);
    const box = {
      x0: Math.floor(Math.min(...title.map((w) => w.xMin))),
      x1: Math.ceil(Math.max(...title.map((w) => w.xMax))),
      y0: Math.floor(Math.min(...title.map((w) => w.yMin))),
      y1: Math.ceil(Math.max(...title.map((w) => w.yMax))),
    };
    const dark = (x0: number, y0: number, x1: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (page.at(x, y) < 128) n++;
      return n;
    };
    assert.ok(box.x0 > page.width / 2 - 40 && box.y1 < page.height / 8, 'the box is in the top-right region');
    assert.ok(dark(box.x0, box.y0, box.x1, box.y1) > 100, 'the title is drawn there');
    assert.equal(dark(0, 0, page.width, Math.floor((20 / 25.4) * 72) - 2), 0, 'nothing in the top margin of page 1 (no page number)');
  });

  test('the periodic review PDF draws its bar chart with the figures beside the bars', () => {
    const text = pdfText(pdfs.get('periodic_review')!);
    assert.match(text, /Biểu đồ: đề xuất theo tình trạng và kết quả/);
    assert.match(text, /Phê duyệt \(biểu quyết\)\s+\d+/);
  });

  test('page numbers: none on page 1, centred in the top margin from page 2', () => {
    const pdf = pdfs.get('periodic_review')!;
    const pages = Number(pdfInfo(pdf)['Pages']);
    assert.ok(pages >= 2, `the 40-agency review runs over pages (${pages})`);
    for (let p = 2; p <= pages; p++) {
      const { width, words } = pdfWords(pdf, p);
      const top = words.filter((w) => w.yMax < (20 / 25.4) * 72);
      assert.equal(top.length, 1, `page ${p}: one word in the top margin`);
      assert.equal(top[0]!.text, String(p));
      const centre = (top[0]!.xMin + top[0]!.xMax) / 2;
      const textCentre = ((30 / 25.4) * 72 + width - (15 / 25.4) * 72) / 2;
      assert.ok(Math.abs(centre - textCentre) < 2, `page ${p}: centred over the text block`);
    }
    // A table continued on the next page repeats its header row.
    assert.ok(pdfText(pdf, 2).includes('Cơ quan, đơn vị'));
  });
});
