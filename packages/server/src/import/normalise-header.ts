import { foldForSearch, nfc } from '@khien/core/text';
import { ORGANISATION_FIELD_LABELS, PERSON_FIELD_LABELS } from './row-schemas.ts';

export type ImportKind = 'organisations' | 'people';

/**
 * Header matching. Offices name columns in Vietnamese, with or without diacritics, in any
 * case, sometimes with a "(*)" for required columns or a hint in brackets; integrations use the
 * English field identifiers. All of them reduce to the same key.
 */

/**
 * "Mã đơn vị (*)" → "madonvi", "Họ và tên" → "hovaten", "parent_code" / "parentCode" /
 * "Parent code" → "parentcode". Bracketed hints and asterisks are dropped first.
 */
export function normaliseHeader(header: string): string {
  const text = nfc(header);
  const withoutHints = text.replace(/\([^)]*\)|\[[^\]]*\]|\*/gu, '');
  const base = withoutHints.trim() === '' ? text : withoutHints;
  return foldForSearch(base).replace(/[^a-z0-9]/gu, '');
}

type OrganisationField = keyof typeof ORGANISATION_FIELD_LABELS;
type PersonField = keyof typeof PERSON_FIELD_LABELS;

const ORGANISATION_ALIASES: Record<OrganisationField, readonly string[]> = {
  code: ['Mã đơn vị', 'Mã', 'Mã cơ quan', 'Mã tổ chức', 'Mã cơ quan, đơn vị', 'org code', 'organisation code'],
  name: ['Tên đơn vị', 'Tên', 'Tên cơ quan', 'Tên tổ chức', 'Tên cơ quan, đơn vị'],
  shortName: ['Tên viết tắt', 'Tên ngắn', 'Tên gọi tắt', 'short name'],
  abbreviation: ['Ký hiệu', 'Ký hiệu viết tắt', 'Ký hiệu văn bản', 'Chữ viết tắt', 'Viết tắt'],
  kind: ['Loại', 'Loại đơn vị', 'Loại hình', 'Loại cơ quan', 'Loại tổ chức', 'type'],
  parentCode: ['Mã đơn vị cấp trên', 'Mã cấp trên', 'Mã đơn vị cha', 'Đơn vị cấp trên', 'parent', 'parent code'],
  superiorAgencyCode: [
    'Mã cơ quan sử dụng cán bộ cấp trên',
    'Mã cơ quan sử dụng cấp trên',
    'Mã cơ quan cấp trên',
    'Mã cơ quan quản lý cấp trên',
    'Cơ quan sử dụng cán bộ cấp trên',
    'superior agency code',
  ],
  partyCommitteeCode: [
    'Mã cấp ủy cùng cấp',
    'Mã cấp ủy',
    'Mã tổ chức đảng',
    'Mã cấp ủy, tổ chức đảng cùng cấp',
    'Cấp ủy cùng cấp',
    'party committee code',
  ],
  address: ['Địa chỉ', 'Trụ sở'],
  email: ['Thư điện tử', 'Email', 'E-mail', 'Địa chỉ thư điện tử'],
  phone: ['Điện thoại', 'Số điện thoại', 'SĐT', 'ĐT', 'Tel', 'telephone'],
};

const PERSON_ALIASES: Record<PersonField, readonly string[]> = {
  code: ['Mã cán bộ', 'Mã', 'Mã nhân sự', 'Mã CBCCVC', 'Mã số cán bộ', 'Mã công chức', 'Số hiệu cán bộ', 'personnel code'],
  fullName: ['Họ và tên', 'Họ tên', 'Tên cán bộ', 'full name', 'name'],
  positionTitle: ['Chức vụ', 'Chức danh', 'Chức vụ, chức danh', 'Chức vụ/chức danh', 'position', 'title'],
  isLeadershipPost: [
    'Giữ chức vụ lãnh đạo, quản lý',
    'Lãnh đạo, quản lý',
    'Là lãnh đạo, quản lý',
    'Chức vụ lãnh đạo, quản lý',
    'Lãnh đạo',
    'leadership post',
  ],
  nd73Category: [
    'Đối tượng NĐ 73',
    'Đối tượng NĐ73',
    'Đối tượng theo NĐ 73',
    'Đối tượng Nghị định 73',
    'Nhóm đối tượng',
    'Đối tượng',
    'ND73 category',
  ],
  organisationCode: [
    'Mã đơn vị',
    'Mã cơ quan',
    'Mã đơn vị công tác',
    'Mã cơ quan, đơn vị',
    'organization code',
    'organisation code',
    'org code',
  ],
  email: ['Thư điện tử', 'Email', 'E-mail', 'Địa chỉ thư điện tử'],
  phone: ['Điện thoại', 'Số điện thoại', 'SĐT', 'ĐT', 'Điện thoại di động', 'Di động', 'Tel', 'mobile'],
  leadershipRole: ['Vai trò trong tập thể lãnh đạo', 'Vai trò lãnh đạo', 'Vai trò', 'Vị trí trong tập thể lãnh đạo', 'leadership role'],
  leadershipFrom: [
    'Giữ vai trò từ ngày',
    'Từ ngày',
    'Ngày bắt đầu',
    'Ngày giữ chức vụ',
    'Ngày bổ nhiệm',
    'Giữ chức vụ từ ngày',
    'leadership from',
  ],
  username: ['Tên đăng nhập', 'Tài khoản', 'Tài khoản đăng nhập', 'login', 'user name'],
};

export const REQUIRED_FIELDS: Readonly<Record<ImportKind, readonly string[]>> = {
  organisations: ['code', 'name', 'kind'],
  people: ['code', 'fullName', 'isLeadershipPost', 'nd73Category', 'organisationCode'],
};

export function fieldLabels(kind: ImportKind): Readonly<Record<string, { vi: string; en: string }>> {
  return kind === 'organisations' ? ORGANISATION_FIELD_LABELS : PERSON_FIELD_LABELS;
}

function buildHeaderTable(aliases: Record<string, readonly string[]>): Map<string, string> {
  const table = new Map<string, string>();
  for (const [field, names] of Object.entries(aliases)) {
    for (const name of [field, ...names]) {
      const key = normaliseHeader(name);
      // Two fields answering to one header would make imports depend on column order.
      const taken = table.get(key);
      if (taken !== undefined && taken !== field) {
        throw new Error(`Header alias "${name}" is claimed by both ${taken} and ${field}.`);
      }
      table.set(key, field);
    }
  }
  return table;
}

const HEADER_TABLES: Record<ImportKind, Map<string, string>> = {
  organisations: buildHeaderTable(ORGANISATION_ALIASES),
  people: buildHeaderTable(PERSON_ALIASES),
};

/** The field a column header names for this kind of import, or undefined. */
export function headerField(kind: ImportKind, header: string): string | undefined {
  return HEADER_TABLES[kind].get(normaliseHeader(header));
}

/** Accepted headers of a field, for messages ("Mã đơn vị", "code", …). */
export function acceptedHeaders(kind: ImportKind, field: string): string[] {
  const aliases = (kind === 'organisations' ? ORGANISATION_ALIASES : PERSON_ALIASES) as Record<string, readonly string[]>;
  return [...(aliases[field] ?? []).slice(0, 3), field];
}
