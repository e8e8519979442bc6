import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DomainError } from '@khien/core/errors';
import { encodeTcvn3, encodeVni } from './legacy-test-encoders.ts';
import { readImportFile, type ImportFile, type ImportProgress, type ImportRowResult } from './read-import-file.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'khien-import-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect<T>(file: ImportFile<T>): Promise<ImportRowResult<T>[]> {
  const rows: ImportRowResult<T>[] = [];
  for await (const row of file) rows.push(row);
  return rows;
}

/** Row number → "field:code" list, for the rows that failed. */
function failures<T>(rows: ImportRowResult<T>[]): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const row of rows) {
    if (!row.ok) out[row.rowNumber] = row.errors.map((e) => `${e.field}:${e.code}`).sort();
  }
  return out;
}

function successes<T>(rows: ImportRowResult<T>[]): Record<number, T> {
  const out: Record<number, T> = {};
  for (const row of rows) if (row.ok) out[row.rowNumber] = row.value;
  return out;
}

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof DomainError, `expected a DomainError, got ${String(error)}`);
    assert.equal(error.code, code, error.messages.en);
    assert.ok(error.messages.vi.length > 0);
    return error;
  }
  assert.fail(`expected ${code}`);
}

async function writeXlsx(
  path: string,
  rows: unknown[][],
  style?: (cell: ExcelJS.Cell, rowIndex: number, columnIndex: number) => void,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  rows.forEach((values, r) => {
    const row = sheet.getRow(r + 1);
    values.forEach((value, c) => {
      if (value === undefined) return;
      const cell = row.getCell(c + 1);
      cell.value = value as ExcelJS.CellValue;
      style?.(cell, r, c);
    });
    row.commit();
  });
  await workbook.xlsx.writeFile(path);
}

describe('readImportFile: organisations', () => {
  it('CSV (UTF-8 with BOM, ";" separated, Vietnamese headers): good rows exact, every bad row reported', async () => {
    const lines = [
      'Mã đơn vị;Tên đơn vị;Tên viết tắt;Ký hiệu;Loại;Mã đơn vị cấp trên;Mã cơ quan sử dụng cán bộ cấp trên;Mã cấp ủy cùng cấp;Địa chỉ;Email;Điện thoại;Ghi chú',
      'UBND;Ủy ban nhân dân tỉnh Hà Nam;UBND tỉnh;UBND;UBND tỉnh;;;TU;Số 1 Trường Chinh;ubnd@hanam.gov.vn;0226 3852 701;',
      'TU;Tỉnh ủy Hà Nam;;TU;Cấp ủy/Tổ chức đảng;;;;;;;',
      'SNV;  Sở  Nội vụ ;;snv;Sở/ban/ngành;UBND;UBND;TU;"Số 2, đường Lê Hoàn";;;chuyển từ hệ thống cũ',
      'S N V;Sở Tài chính;;;Bộ trưởng;UBND;;;;;;',
      'snv;Sở Nội vụ (trùng);;;Sở/ban/ngành;UBND;;;;;;',
      '',
      ';;;;UBND xã;;;;;khong-phai-email;;',
      'XA1;UBND xã Kim Bảng;;;ubnd xa;UBND;UBND;;;;0912.345.678;',
    ];
    const path = join(dir, 'don-vi.csv');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'), 'utf8')]));

    const file = await readImportFile(path, 'organisations');
    assert.equal(file.format, 'csv');
    assert.deepEqual(file.encoding, { bytes: 'utf-8-bom', text: 'unicode' });
    assert.equal(file.headerRowNumber, 1);
    assert.equal(file.totalRows, 7);
    assert.deepEqual(
      file.notices.map((n) => [n.level, n.code, n.details?.['column']]),
      [['warning', 'import.unknown_column', 'Ghi chú']],
    );
    assert.deepEqual(
      file.columns.filter((c) => c.field !== undefined).map((c) => c.field),
      [
        'code',
        'name',
        'shortName',
        'abbreviation',
        'kind',
        'parentCode',
        'superiorAgencyCode',
        'partyCommitteeCode',
        'address',
        'email',
        'phone',
      ],
    );

    const rows = await collect(file);
    assert.deepEqual(successes(rows), {
      2: {
        code: 'UBND',
        name: 'Ủy ban nhân dân tỉnh Hà Nam',
        shortName: 'UBND tỉnh',
        abbreviation: 'UBND',
        kind: 'provincial_peoples_committee',
        partyCommitteeCode: 'TU',
        address: 'Số 1 Trường Chinh',
        email: 'ubnd@hanam.gov.vn',
        phone: '+842263852701',
      },
      3: { code: 'TU', name: 'Tỉnh ủy Hà Nam', abbreviation: 'TU', kind: 'party_committee' },
      4: {
        code: 'SNV',
        name: 'Sở Nội vụ',
        abbreviation: 'SNV',
        kind: 'provincial_department',
        parentCode: 'UBND',
        superiorAgencyCode: 'UBND',
        partyCommitteeCode: 'TU',
        address: 'Số 2, đường Lê Hoàn',
      },
      9: {
        code: 'XA1',
        name: 'UBND xã Kim Bảng',
        kind: 'commune_peoples_committee',
        parentCode: 'UBND',
        superiorAgencyCode: 'UBND',
        phone: '+84912345678',
      },
    });
    assert.deepEqual(failures(rows), {
      5: ['code:import.invalid_code', 'kind:import.invalid_kind'],
      6: ['code:import.duplicate_code'],
      8: ['code:import.required', 'email:import.invalid_email', 'name:import.required'],
    });
    const duplicate = rows.find((r) => r.rowNumber === 6);
    assert.ok(duplicate !== undefined && !duplicate.ok);
    assert.match(duplicate.errors[0]?.vi ?? '', /dòng 4/u);
    assert.equal(duplicate.errors[0]?.column, 'Mã đơn vị');
    assert.deepEqual(file.stats, { rowsRead: 7, ok: 4, failed: 3 });
  });

  it('XLSX with a title above the header, English headers, rich text, formulas and Excel errors', async () => {
    const path = join(dir, 'orgs.xlsx');
    await writeXlsx(path, [
      ['DANH SÁCH CƠ QUAN, ĐƠN VỊ TỈNH HÀ NAM'],
      [],
      ['code', 'name', 'kind', 'parentCode', 'superiorAgencyCode', 'email', 'phone', 'Notes'],
      ['UBND', 'Ủy ban nhân dân tỉnh Hà Nam', 'provincial_peoples_committee', undefined, undefined, undefined, '02263852701', 'x'],
      [
        'SYT',
        { richText: [{ text: 'Sở ' }, { font: { bold: true }, text: 'Y tế' }] },
        { formula: '"Sở/ban/ngành"', result: 'Sở/ban/ngành' },
        'UBND',
        'UBND',
        'syt@hanam.gov.vn',
        undefined,
      ],
      ['BV1', 'Bệnh viện Đa khoa tỉnh', 'Đơn vị sự nghiệp công lập', 'SYT', 'SYT', { error: '#N/A' }],
      ['DN1', 'Công ty TNHH MTV Khai thác công trình thủy lợi', 'DNNN', 'UBND', undefined, undefined, '12345'],
      ['VP UB', 'Văn phòng UBND tỉnh', 'Văn phòng', 'UBND'],
    ]);

    const file = await readImportFile({ bytes: await readFile(path), filename: 'orgs.xlsx' }, 'organisations');
    assert.equal(file.format, 'xlsx');
    assert.deepEqual(file.encoding, { bytes: 'xlsx', text: 'unicode' });
    assert.equal(file.headerRowNumber, 3);
    assert.equal(file.totalRows, 5, 'from the sheet dimension A1:H8');
    assert.deepEqual(
      file.notices.map((n) => n.code),
      ['import.title_rows_skipped', 'import.unknown_column'],
    );
    const rows = await collect(file);
    assert.deepEqual(successes(rows), {
      4: { code: 'UBND', name: 'Ủy ban nhân dân tỉnh Hà Nam', kind: 'provincial_peoples_committee', phone: '+842263852701' },
      5: {
        code: 'SYT',
        name: 'Sở Y tế',
        kind: 'provincial_department',
        parentCode: 'UBND',
        superiorAgencyCode: 'UBND',
        email: 'syt@hanam.gov.vn',
      },
    });
    assert.deepEqual(failures(rows), {
      6: ['email:import.cell_error'],
      7: ['phone:import.invalid_phone'],
      8: ['code:import.invalid_code', 'kind:import.invalid_kind'],
    });
  });

  it('a file without a required column is refused, naming the column', async () => {
    const path = join(dir, 'no-kind.csv');
    await writeFile(path, 'Mã đơn vị,Tên đơn vị\nSNV,Sở Nội vụ\n');
    const error = await rejectsWith(readImportFile(path, 'organisations'), 'import.missing_columns');
    assert.deepEqual(
      (error.details?.['missing'] as { field: string }[]).map((m) => m.field),
      ['kind'],
    );
    assert.match(error.messages.vi, /"Loại"/u);
  });

  it('two columns for one field are refused', async () => {
    const path = join(dir, 'twice.csv');
    await writeFile(path, 'Mã đơn vị,code,Tên đơn vị,Loại\nSNV,SNV,Sở Nội vụ,Sở\n');
    await rejectsWith(readImportFile(path, 'organisations'), 'import.duplicate_column');
  });

  it('TCVN3 workbook (.VnTime fonts, one .VnTimeH cell) converts to exact Unicode', async () => {
    const path = join(dir, 'tcvn3.xlsx');
    const unicodeRows = [
      ['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên', 'Địa chỉ'],
      ['UBND', 'ủy ban nhân dân tỉnh hà nam', 'UBND tỉnh', '', 'Số 1 Trường Chinh, phường Phủ Lý'],
      ['SNV', 'Sở Nội vụ', 'Sở/ban/ngành', 'UBND', 'Đường Lê Hoàn'],
      ['DHHN', 'Trường Đại học Hà Nam', 'Đơn vị sự nghiệp công lập', 'UBND', ''],
      ['XKB', 'UBND xã Kim Bảng', 'UBND xã', 'UBND', 'Thôn Đặng Xá'],
    ];
    await writeXlsx(
      path,
      unicodeRows.map((row) => row.map((v) => (v === '' ? undefined : encodeTcvn3(v)))),
      (cell, r, c) => {
        // The committee's name is typed in lower case and shown in capitals by .VnTimeH.
        cell.font = { name: r === 1 && c === 1 ? '.VnTimeH' : '.VnTime' };
      },
    );
    const file = await readImportFile(path, 'organisations');
    assert.deepEqual(file.encoding, { bytes: 'xlsx', text: 'tcvn3' });
    assert.deepEqual(
      file.notices.map((n) => [n.code, n.details?.['encoding']]),
      [['import.legacy_encoding_converted', 'tcvn3']],
    );
    const rows = await collect(file);
    assert.deepEqual(failures(rows), {});
    assert.deepEqual(successes(rows), {
      2: {
        code: 'UBND',
        name: 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM',
        kind: 'provincial_peoples_committee',
        address: 'Số 1 Trường Chinh, phường Phủ Lý',
      },
      3: { code: 'SNV', name: 'Sở Nội vụ', kind: 'provincial_department', parentCode: 'UBND', address: 'Đường Lê Hoàn' },
      4: { code: 'DHHN', name: 'Trường Đại học Hà Nam', kind: 'public_service_unit', parentCode: 'UBND' },
      5: { code: 'XKB', name: 'UBND xã Kim Bảng', kind: 'commune_peoples_committee', parentCode: 'UBND', address: 'Thôn Đặng Xá' },
    });
  });

  it('a workbook mixing TCVN3 and VNI is refused as ambiguous', async () => {
    const path = join(dir, 'mixed.xlsx');
    await writeXlsx(path, [
      ['code', 'name', 'kind'],
      ['A', encodeTcvn3('Sở Nội vụ tỉnh Hà Nam'), 'other'],
      ['B', encodeVni('Sở Tài chính tỉnh Hà Nam'), 'other'],
      ['C', encodeTcvn3('Trường Đại học Hà Nam'), 'other'],
      ['D', encodeVni('Bệnh viện Đa khoa Hà Nam'), 'other'],
    ]);
    const error = await rejectsWith(readImportFile(path, 'organisations'), 'import.legacy_encoding_ambiguous');
    assert.deepEqual(error.details?.['suspected'], ['tcvn3', 'vni']);
    assert.match(error.messages.vi, /Công cụ chuyển mã/u);
  });
});

describe('readImportFile: people', () => {
  const header =
    'code,fullName,positionTitle,isLeadershipPost,nd73Category,organisationCode,email,phone,leadershipRole,leadershipFrom,username';

  it('CSV with English headers: good rows exact (NFD names come out NFC), bad rows with reasons', async () => {
    const lines = [
      header,
      `CB001,${'Nguyễn Thị Hương'.normalize('NFD')},Giám đốc,x,administrative_leader,SNV,huong@hanam.gov.vn,0912 345 678,head,01/07/2025,huongnt`,
      'CB002,Đặng Quốc Việt,Phó Giám đốc,có,Cán bộ công chức lãnh đạo quản lý,SNV,,,Cấp phó,2025-07-01,vietdq',
      'CB003,Trần Văn Bình,Chuyên viên,,Không thuộc đối tượng,SNV,,,,,',
      'CB004,,Chuyên viên,,not_eligible,SNV,,,,,',
      'CB005,Lê Thị Mai,Chuyên viên,không,Công nhân,SNV,,0123,Phó,,',
      'cb001,Nguyễn Văn Trùng,Chuyên viên,,not_eligible,SNV,,,,,',
      'CB006,Phạm Văn Hùng,Chuyên viên,,not_eligible,SNV,,,,,HUONGNT',
      'CB007,Hoàng Thị Lan,Trưởng phòng,1,administrative_leader,SNV,,,,31/02/2025,',
    ];
    const path = join(dir, 'people.csv');
    await writeFile(path, lines.join('\n'));
    const file = await readImportFile(path, 'people');
    assert.deepEqual(file.encoding, { bytes: 'utf-8', text: 'unicode' });
    assert.deepEqual(file.notices, []);
    const rows = await collect(file);
    assert.deepEqual(successes(rows), {
      2: {
        code: 'CB001',
        fullName: 'Nguyễn Thị Hương',
        positionTitle: 'Giám đốc',
        isLeadershipPost: true,
        nd73Category: 'administrative_leader',
        organisationCode: 'SNV',
        email: 'huong@hanam.gov.vn',
        phone: '+84912345678',
        leadershipRole: 'head',
        leadershipFrom: '2025-07-01',
        username: 'huongnt',
      },
      3: {
        code: 'CB002',
        fullName: 'Đặng Quốc Việt',
        positionTitle: 'Phó Giám đốc',
        isLeadershipPost: true,
        nd73Category: 'administrative_leader',
        organisationCode: 'SNV',
        leadershipRole: 'deputy',
        leadershipFrom: '2025-07-01',
        username: 'vietdq',
      },
      4: {
        code: 'CB003',
        fullName: 'Trần Văn Bình',
        positionTitle: 'Chuyên viên',
        isLeadershipPost: false,
        nd73Category: 'not_eligible',
        organisationCode: 'SNV',
      },
    });
    const first = rows[0];
    assert.ok(first?.ok);
    assert.equal(first.value.fullName, first.value.fullName.normalize('NFC'));
    assert.deepEqual(failures(rows), {
      5: ['fullName:import.required'],
      6: ['nd73Category:import.invalid_nd73_category', 'phone:import.invalid_phone'],
      7: ['code:import.duplicate_code'],
      8: ['username:import.duplicate_username'],
      9: ['leadershipFrom:import.invalid_date'],
    });
  });

  it('XLSX with Vietnamese headers, date cells, numeric phones and boolean cells', async () => {
    const path = join(dir, 'people.xlsx');
    await writeXlsx(path, [
      [
        'Mã cán bộ',
        'Họ và tên',
        'Chức vụ',
        'Giữ chức vụ lãnh đạo, quản lý',
        'Đối tượng NĐ 73',
        'Mã đơn vị',
        'Số điện thoại',
        'Vai trò trong tập thể lãnh đạo',
        'Từ ngày',
        'Tên đăng nhập',
      ],
      [
        'CB101',
        'Nguyễn Thị Hương',
        'Giám đốc',
        true,
        'Cán bộ, công chức lãnh đạo, quản lý',
        'SNV',
        912345678,
        'Người đứng đầu',
        new Date(Date.UTC(2025, 6, 1)),
        'huongnt',
      ],
      ['CB102', 'Vũ Minh Tuấn', 'Phó Giám đốc', 'Có', 'Viên chức quản lý', 'BV1', '0226.3852.701', 'Phó', '15/08/2025'],
      [1003, 'Đỗ Thu Trang', 'Kế toán trưởng', 'x', 'Người đại diện phần vốn nhà nước', 'DN1'],
      ['CB104', 'Bùi Văn Nam', 'Chuyên viên', 'không', 'Không thuộc đối tượng', 'SNV', undefined, 'Ủy viên'],
      ['CB105', 'Ngô Văn Đức', 'Chuyên viên', 'không', 'Không thuộc đối tượng'],
    ]);
    const file = await readImportFile(path, 'people');
    const rows = await collect(file);
    assert.deepEqual(successes(rows), {
      2: {
        code: 'CB101',
        fullName: 'Nguyễn Thị Hương',
        positionTitle: 'Giám đốc',
        isLeadershipPost: true,
        nd73Category: 'administrative_leader',
        organisationCode: 'SNV',
        phone: '+84912345678',
        leadershipRole: 'head',
        leadershipFrom: '2025-07-01',
        username: 'huongnt',
      },
      3: {
        code: 'CB102',
        fullName: 'Vũ Minh Tuấn',
        positionTitle: 'Phó Giám đốc',
        isLeadershipPost: true,
        nd73Category: 'managerial_public_employee',
        organisationCode: 'BV1',
        phone: '+842263852701',
        leadershipRole: 'deputy',
        leadershipFrom: '2025-08-15',
      },
      4: {
        code: '1003',
        fullName: 'Đỗ Thu Trang',
        positionTitle: 'Kế toán trưởng',
        isLeadershipPost: true,
        nd73Category: 'enterprise_post_holder',
        organisationCode: 'DN1',
      },
    });
    assert.deepEqual(failures(rows), {
      5: ['leadershipRole:import.leadership_role_without_post'],
      6: ['organisationCode:import.required'],
    });
  });

  it('VNI-encoded CSV (Windows-1252 bytes) converts headers and names exactly', async () => {
    const unicode = [
      'Mã cán bộ,Họ và tên,Chức vụ,Lãnh đạo,Đối tượng,Mã đơn vị',
      'CB1,Nguyễn Thị Hương,Giám đốc Sở Nội vụ,có,Cán bộ công chức lãnh đạo quản lý,SNV',
      'CB2,Đặng Quốc Việt,Phó Chủ tịch Ủy ban nhân dân tỉnh,có,Cán bộ công chức lãnh đạo quản lý,UBND',
      'CB3,Trần Thị Bích,Giảng viên Trường Đại học,không,Không thuộc đối tượng,DHHN',
    ];
    const path = join(dir, 'vni.csv');
    await writeFile(path, Buffer.from(encodeVni(unicode.join('\r\n')), 'latin1'));
    const file = await readImportFile(path, 'people');
    assert.deepEqual(file.encoding, { bytes: 'windows-1252', text: 'vni' });
    assert.equal(file.notices[0]?.code, 'import.legacy_encoding_converted');
    const rows = await collect(file);
    assert.deepEqual(failures(rows), {});
    const names = Object.values(successes(rows)).map((p) => [p.fullName, p.positionTitle]);
    assert.deepEqual(names, [
      ['Nguyễn Thị Hương', 'Giám đốc Sở Nội vụ'],
      ['Đặng Quốc Việt', 'Phó Chủ tịch Ủy ban nhân dân tỉnh'],
      ['Trần Thị Bích', 'Giảng viên Trường Đại học'],
    ]);
  });

  it('Windows-1258 CSV is decoded and reported', async () => {
    const text = 'Mã cán bộ,Họ và tên,Lãnh đạo,Đối tượng,Mã đơn vị\nCB1,Nguyễn Thị Hương,có,Không thuộc đối tượng,SNV\n';
    const windows1258 = [...text]
      .map((ch) => {
        const nfd = ch.normalize('NFD');
        const tone = [...nfd].find((m) => /[\u0300\u0301\u0303\u0309\u0323]/u.test(m)) ?? '';
        return tone === '' ? ch : nfd.replace(tone, '').normalize('NFC') + tone;
      })
      .join('');
    const { default: iconv } = await import('iconv-lite');
    const file = await readImportFile({ bytes: iconv.encode(windows1258, 'windows-1258'), filename: 'cp1258.csv' }, 'people');
    assert.deepEqual(file.encoding, { bytes: 'windows-1258', text: 'unicode' });
    assert.equal(file.notices[0]?.code, 'import.byte_encoding');
    const rows = await collect(file);
    assert.equal(rows[0]?.ok && rows[0].value.fullName, 'Nguyễn Thị Hương');
  });

  it('a TCVN3 cell pasted into a Unicode file is rejected on its row', async () => {
    const lines = [
      'Mã cán bộ,Họ và tên,Lãnh đạo,Đối tượng,Mã đơn vị',
      'CB1,Nguyễn Thị Hương,có,Cán bộ công chức lãnh đạo quản lý,SNV',
      'CB2,Đặng Quốc Việt,có,Cán bộ công chức lãnh đạo quản lý,SNV',
      `CB3,${encodeTcvn3('Trần Văn Bình')},không,Không thuộc đối tượng,SNV`,
      'CB4,Phạm Thị Lụa,không,Không thuộc đối tượng,SNV',
    ];
    const file = await readImportFile({ bytes: Buffer.from(lines.join('\n')), filename: 'people.csv' }, 'people');
    assert.equal(file.encoding.text, 'unicode');
    const rows = await collect(file);
    assert.deepEqual(failures(rows), { 4: ['fullName:import.legacy_encoding_mixed'] });
  });

  it('missing required people columns are a file-level error', async () => {
    const error = await rejectsWith(
      readImportFile({ bytes: Buffer.from('Mã cán bộ,Họ và tên,Mã đơn vị\nCB1,A,SNV\n'), filename: 'p.csv' }, 'people'),
      'import.missing_columns',
    );
    assert.deepEqual(
      (error.details?.['missing'] as { field: string }[]).map((m) => m.field),
      ['isLeadershipPost', 'nd73Category'],
    );
  });

  it('refuses .xls, empty and unreadable files', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await rejectsWith(readImportFile({ bytes: ole, filename: 'old.xls' }, 'people'), 'import.unsupported_format');
    await rejectsWith(readImportFile({ bytes: Buffer.alloc(0), filename: 'empty.csv' }, 'people'), 'import.empty_file');
    await rejectsWith(readImportFile({ bytes: Buffer.from('\n\n'), filename: 'blank.csv' }, 'people'), 'import.empty_file');
    await rejectsWith(readImportFile({ bytes: Buffer.from('hello'), filename: 'x.pdf' }, 'people'), 'import.unsupported_format');
    await rejectsWith(readImportFile({ bytes: Buffer.from('not a zip'), filename: 'x.xlsx' }, 'people'), 'import.xlsx_unreadable');
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    await rejectsWith(readImportFile({ bytes: brokenZip, filename: 'x.xlsx' }, 'people'), 'import.xlsx_unreadable');
    await rejectsWith(readImportFile(join(dir, 'does-not-exist.csv'), 'people'), 'import.file_unreadable');
    const unclosed = 'Mã cán bộ,Họ và tên,Lãnh đạo,Đối tượng,Mã đơn vị\nCB1,"Nguyễn Văn An,có,Không,SNV\n';
    const malformed = await rejectsWith(
      readImportFile({ bytes: Buffer.from(unclosed), filename: 'q.csv' }, 'people'),
      'import.csv_malformed',
    );
    assert.equal(typeof malformed.details?.['line'], 'number');
    await rejectsWith(
      readImportFile({ bytes: Buffer.from('a,b\n1,2\n'), filename: 'big.csv' }, 'people', { maxBytes: 4 }),
      'import.file_too_large',
    );
  });

  it('streams a 10,000-person XLSX with a correct count and progress', async () => {
    const path = join(dir, 'people-10000.xlsx');
    // The streaming writer leaves out <dimension>, so the total comes from counting rows.
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
    const sheet = writer.addWorksheet('Cán bộ');
    sheet.addRow(['Mã cán bộ', 'Họ và tên', 'Chức vụ', 'Lãnh đạo', 'Đối tượng NĐ 73', 'Mã đơn vị', 'Điện thoại']).commit();
    const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
    for (let i = 1; i <= 10_000; i += 1) {
      const lead = i % 50 === 0;
      sheet
        .addRow([
          `CB${String(i).padStart(5, '0')}`,
          `${families[i % families.length]} Văn Người ${i}`,
          lead ? 'Trưởng phòng' : 'Chuyên viên',
          lead ? 'x' : '',
          lead ? 'Cán bộ, công chức lãnh đạo, quản lý' : 'Không thuộc đối tượng',
          `DV${i % 40}`,
          `09${String(10_000_000 + i).slice(0, 8)}`,
        ])
        .commit();
    }
    sheet.commit();
    await writer.commit();

    const progress: ImportProgress[] = [];
    const file = await readImportFile(path, 'people', { onProgress: (p) => progress.push(p), progressEvery: 1000 });
    assert.equal(file.totalRows, 10_000);
    let ok = 0;
    let leaders = 0;
    let last: ImportRowResult<unknown> | undefined;
    for await (const row of file) {
      if (row.ok) {
        ok += 1;
        if (row.value.isLeadershipPost) leaders += 1;
      }
      last = row;
    }
    assert.equal(ok, 10_000);
    assert.equal(leaders, 200);
    assert.equal(last?.rowNumber, 10_001);
    assert.deepEqual(file.stats, { rowsRead: 10_000, ok: 10_000, failed: 0 });
    assert.equal(progress.length, 11);
    assert.deepEqual(progress[0], { rowsRead: 1000, totalRows: 10_000, done: false });
    assert.deepEqual(progress.at(-1), { rowsRead: 10_000, totalRows: 10_000, done: true });

    // Stopping early releases the file.
    const again = await readImportFile(path, 'people');
    let seen = 0;
    for await (const row of again) {
      assert.ok(row.ok);
      seen += 1;
      if (seen === 5) break;
    }
    assert.equal(seen, 5);
    await assert.rejects(async () => {
      for await (const _ of again) break;
    }, /only once/u);
  });
});
