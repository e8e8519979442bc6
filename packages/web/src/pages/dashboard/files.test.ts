import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvOf, fileNameFromDisposition, safeFileName } from './files.ts';

describe('downloads', () => {
  it('takes the UTF-8 file name from Content-Disposition, as the server writes it', () => {
    const header = `attachment; filename="Thong ke So KHCN.xlsx"; filename*=UTF-8''${encodeURIComponent('Thống kê Sở KHCN.xlsx')}`;
    assert.equal(fileNameFromDisposition(header, 'x'), 'Thống kê Sở KHCN.xlsx');
    assert.equal(fileNameFromDisposition('attachment; filename="bao-cao.pdf"', 'x'), 'bao-cao.pdf');
    assert.equal(fileNameFromDisposition('attachment; filename=bao-cao.pdf', 'x'), 'bao-cao.pdf');
    assert.equal(fileNameFromDisposition("attachment; filename*=UTF-8''%E0%A4%A", 'x'), 'x');
    assert.equal(fileNameFromDisposition(null, 'mac-dinh.csv'), 'mac-dinh.csv');
  });

  it('writes CSV like the server: BOM, CRLF, quoting, no formulas', () => {
    const csv = csvOf(
      ['Cơ quan, đơn vị', 'Tiếp nhận'],
      [
        ['Sở "Khoa học"', 3],
        ['=HYPERLINK("x")', null],
        ['-1', true],
      ],
    );
    assert.ok(csv.startsWith('\uFEFF'));
    assert.equal(csv.slice(1), '"Cơ quan, đơn vị",Tiếp nhận\r\n"Sở ""Khoa học""",3\r\n"\'=HYPERLINK(""x"")",\r\n\'-1,Có\r\n');
    // A negative number is a number, not a formula.
    assert.equal(csvOf(['n'], [[-2]]).slice(1), 'n\r\n-2\r\n');
  });

  it('makes file names safe', () => {
    assert.equal(safeFileName('Thống kê 01/01/2026: tổng'), 'Thống kê 01-01-2026- tổng');
    assert.equal(safeFileName('///'), 'khien');
  });
});
