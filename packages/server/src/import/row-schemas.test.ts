import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { headerField, normaliseHeader } from './normalise-header.ts';
import { organisationRowSchema, parseOrganisationRow, parsePersonRow } from './row-schemas.ts';

const PERSON = {
  code: 'CB001',
  fullName: 'Nguyễn Thị Hương',
  isLeadershipPost: 'có',
  nd73Category: 'Cán bộ, công chức lãnh đạo, quản lý',
  organisationCode: 'SNV',
};

function errorCodes(result: ReturnType<typeof parsePersonRow> | ReturnType<typeof parseOrganisationRow>) {
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
}

describe('normaliseHeader', () => {
  it('reduces Vietnamese and English headers to one key, case- and diacritic-insensitively', () => {
    assert.equal(normaliseHeader('Mã đơn vị'), 'madonvi');
    assert.equal(normaliseHeader('  MÃ ĐƠN VỊ (*) '), 'madonvi');
    assert.equal(normaliseHeader('ma don vi'), 'madonvi');
    assert.equal(normaliseHeader('Mã đơn vị'.normalize('NFD')), 'madonvi');
    assert.equal(normaliseHeader('parent_code'), 'parentcode');
    assert.equal(normaliseHeader('parentCode'), 'parentcode');
    assert.equal(normaliseHeader('Họ và tên [bắt buộc]'), 'hovaten');
  });

  it('maps headers to fields per kind', () => {
    assert.equal(headerField('organisations', 'Mã đơn vị'), 'code');
    assert.equal(headerField('people', 'Mã đơn vị'), 'organisationCode');
    assert.equal(headerField('organisations', 'MÃ ĐƠN VỊ CẤP TRÊN'), 'parentCode');
    assert.equal(headerField('organisations', 'superiorAgencyCode'), 'superiorAgencyCode');
    assert.equal(headerField('people', 'Họ và tên'), 'fullName');
    assert.equal(headerField('people', 'ho va ten'), 'fullName');
    assert.equal(headerField('people', 'Chức vụ'), 'positionTitle');
    assert.equal(headerField('people', 'nd73_category'), 'nd73Category');
    assert.equal(headerField('people', 'Ghi chú'), undefined);
  });
});

describe('organisation rows', () => {
  it('accepts every kind by identifier and by Vietnamese label, case/diacritic-insensitively', () => {
    const cases: [string, string][] = [
      ['ministry', 'ministry'],
      ['Bộ', 'ministry'],
      ['Cục/Vụ thuộc Bộ', 'ministry_department'],
      ['cuc, vu thuoc bo', 'ministry_department'],
      ['UBND tỉnh', 'provincial_peoples_committee'],
      ['ỦY BAN NHÂN DÂN TỈNH', 'provincial_peoples_committee'],
      ['Sở/ban/ngành', 'provincial_department'],
      ['so ban nganh', 'provincial_department'],
      ['UBND xã', 'commune_peoples_committee'],
      ['ubnd phường', 'commune_peoples_committee'],
      ['Đơn vị sự nghiệp công lập', 'public_service_unit'],
      ['Doanh nghiệp nhà nước', 'state_enterprise'],
      ['Cấp ủy/Tổ chức đảng', 'party_committee'],
      ['Cấp uỷ/Tổ chức Đảng', 'party_committee'],
      ['Khác', 'other'],
      ['state_enterprise', 'state_enterprise'],
      ['provincialPeoplesCommittee', 'provincial_peoples_committee'],
    ];
    for (const [label, kind] of cases) {
      const result = parseOrganisationRow({ code: 'X1', name: 'X', kind: label });
      assert.ok(result.ok, label);
      assert.equal(result.value.kind, kind, label);
    }
    assert.deepEqual(errorCodes(parseOrganisationRow({ code: 'X1', name: 'X', kind: 'Bộ trưởng' })), ['kind:import.invalid_kind']);
  });

  it('cleans text, upper-cases the abbreviation and normalises contact details', () => {
    const result = organisationRowSchema.safeParse({
      code: ' SNV ',
      name: '  Sở   Nội vụ  ',
      abbreviation: 'snv',
      kind: 'Sở',
      parentCode: 'UBND',
      email: 'MAILTO:SoNoiVu@HaNam.gov.vn',
      phone: '(0226) 3852 701',
      address: '',
    });
    assert.ok(result.success);
    assert.deepEqual(result.data, {
      code: 'SNV',
      name: 'Sở Nội vụ',
      abbreviation: 'SNV',
      kind: 'provincial_department',
      parentCode: 'UBND',
      email: 'sonoivu@hanam.gov.vn',
      phone: '+842263852701',
    });
  });

  it('reports each bad field with a code and both languages', () => {
    const result = parseOrganisationRow({ code: 'S N V', kind: '', parentCode: 'ok', email: 'x@', abbreviation: 'UB/ND' });
    assert.equal(result.ok, false);
    assert.deepEqual(errorCodes(result).sort(), [
      'abbreviation:import.invalid_abbreviation',
      'code:import.invalid_code',
      'email:import.invalid_email',
      'kind:import.required',
      'name:import.required',
    ]);
    if (!result.ok) for (const e of result.errors) assert.ok(e.vi.length > 0 && e.en.length > 0);
  });

  it('an organisation cannot be its own parent', () => {
    assert.deepEqual(errorCodes(parseOrganisationRow({ code: 'SNV', name: 'X', kind: 'Sở', parentCode: 'snv' })), [
      'parentCode:import.self_reference',
    ]);
  });
});

describe('person rows', () => {
  it('parses a full row', () => {
    const result = parsePersonRow({
      ...PERSON,
      positionTitle: ' Giám đốc ',
      email: 'Huong.NT@hanam.gov.vn',
      phone: '+84 912 345 678',
      leadershipRole: 'Người đứng đầu',
      leadershipFrom: '01/07/2025',
      username: 'HuongNT',
    });
    assert.ok(result.ok);
    assert.deepEqual(result.value, {
      code: 'CB001',
      fullName: 'Nguyễn Thị Hương',
      positionTitle: 'Giám đốc',
      isLeadershipPost: true,
      nd73Category: 'administrative_leader',
      organisationCode: 'SNV',
      email: 'huong.nt@hanam.gov.vn',
      phone: '+84912345678',
      leadershipRole: 'head',
      leadershipFrom: '2025-07-01',
      username: 'huongnt',
    });
  });

  it('accepts yes/no in every agreed spelling; blank means no', () => {
    const yes = ['có', 'CO', 'x', 'X', '1', 1, true, 'true', 'yes', 'Yes'];
    const no = ['không', 'KHONG', '0', 0, false, 'false', 'no', '', undefined];
    for (const v of yes) {
      const r = parsePersonRow({ ...PERSON, isLeadershipPost: v });
      assert.ok(r.ok && r.value.isLeadershipPost === true, String(v));
    }
    for (const v of no) {
      const r = parsePersonRow({ ...PERSON, isLeadershipPost: v });
      assert.ok(r.ok && r.value.isLeadershipPost === false, String(v));
    }
    assert.deepEqual(errorCodes(parsePersonRow({ ...PERSON, isLeadershipPost: 'có lẽ' })), ['isLeadershipPost:import.invalid_boolean']);
  });

  it('accepts ND73 categories and leadership roles in Vietnamese', () => {
    const categories: [string, string][] = [
      ['Viên chức quản lý', 'managerial_public_employee'],
      ['Người đại diện phần vốn nhà nước', 'enterprise_post_holder'],
      ['Không thuộc đối tượng', 'not_eligible'],
      ['administrative_leader', 'administrative_leader'],
    ];
    for (const [label, category] of categories) {
      const r = parsePersonRow({ ...PERSON, nd73Category: label });
      assert.ok(r.ok && r.value.nd73Category === category, label);
    }
    const roles: [string, string][] = [
      ['Thủ trưởng', 'head'],
      ['người đứng đầu', 'head'],
      ['Cấp phó', 'deputy'],
      ['Phó', 'deputy'],
      ['Ủy viên', 'member'],
      ['member', 'member'],
    ];
    for (const [label, role] of roles) {
      const r = parsePersonRow({ ...PERSON, leadershipRole: label });
      assert.ok(r.ok && r.value.leadershipRole === role, label);
    }
  });

  it('reads dates as dd/mm/yyyy, yyyy-mm-dd, Excel dates and serial numbers', () => {
    const dates: [unknown, string][] = [
      ['01/07/2025', '2025-07-01'],
      ['1/7/2025', '2025-07-01'],
      ['01.07.2025', '2025-07-01'],
      ['2025-07-01', '2025-07-01'],
      [new Date(Date.UTC(2025, 6, 1)), '2025-07-01'],
      [45839, '2025-07-01'],
    ];
    for (const [input, iso] of dates) {
      const r = parsePersonRow({ ...PERSON, leadershipRole: 'Phó', leadershipFrom: input });
      assert.ok(r.ok, String(input));
      assert.equal(r.value.leadershipFrom, iso, String(input));
    }
    for (const bad of ['31/02/2025', '2025-13-01', 'tháng 7', '07/2025']) {
      assert.deepEqual(errorCodes(parsePersonRow({ ...PERSON, leadershipRole: 'Phó', leadershipFrom: bad })), [
        'leadershipFrom:import.invalid_date',
      ]);
    }
  });

  it('normalises Vietnamese phone numbers and rejects others', () => {
    const phones: [unknown, string][] = [
      ['0912 345 678', '+84912345678'],
      ['0912.345.678', '+84912345678'],
      ['+84 912-345-678', '+84912345678'],
      ['84912345678', '+84912345678'],
      [912345678, '+84912345678'],
      ['024 3825 1234', '+842438251234'],
      ['(024) 38251234', '+842438251234'],
    ];
    for (const [input, e164] of phones) {
      const r = parsePersonRow({ ...PERSON, phone: input });
      assert.ok(r.ok && r.value.phone === e164, String(input));
    }
    for (const bad of ['12345', '0912 345 678, 0913 111 222', '0112345678', 'không có']) {
      assert.deepEqual(errorCodes(parsePersonRow({ ...PERSON, phone: bad })), ['phone:import.invalid_phone']);
    }
  });

  it('checks the leadership fields against each other', () => {
    assert.deepEqual(errorCodes(parsePersonRow({ ...PERSON, isLeadershipPost: 'không', leadershipRole: 'Phó' })), [
      'leadershipRole:import.leadership_role_without_post',
    ]);
    assert.deepEqual(errorCodes(parsePersonRow({ ...PERSON, leadershipFrom: '01/01/2025' })), [
      'leadershipFrom:import.leadership_from_without_role',
    ]);
  });

  it('reports missing required fields and an Excel error cell', () => {
    assert.deepEqual(errorCodes(parsePersonRow({ fullName: { error: '#N/A' } })).sort(), [
      'code:import.required',
      'fullName:import.cell_error',
      'nd73Category:import.required',
      'organisationCode:import.required',
    ]);
  });
});
