import { cleanText, foldForSearch, nfc, normaliseVietnamesePhone } from '@khien/core/text';
import {
  LEADERSHIP_ROLES,
  ND73_CATEGORIES,
  ORGANISATION_KINDS,
  type LeadershipRole,
  type Nd73Category,
  type OrganisationKind,
} from '@khien/core/organisation';

/**
 * Parsers for one cell each. A cell arrives as whatever the file gave (CSV: text; XLSX: text,
 * number, boolean, Date, or an Excel error such as #N/A) and leaves as a clean value or an
 * issue with a stable code and a Vietnamese + English message. Empty cells parse to
 * `undefined`; whether that is allowed is the schema's business.
 */

export type CellValue = string | number | boolean | Date | { error: string } | null | undefined;

export interface FieldIssue {
  code: string;
  vi: string;
  en: string;
}

export interface FieldLabel {
  vi: string;
  en: string;
}

export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; issue: FieldIssue };

const ok = <T>(value: T | undefined): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: string, vi: string, en: string): Parsed<T> => ({
  ok: false,
  issue: { code, vi, en },
});

/** Show a bad value inside a message without flooding the report. */
export function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `"${shown}"`;
}

function isExcelError(value: unknown): value is { error: string } {
  return typeof value === 'object' && value !== null && 'error' in value;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Any cell as trimmed, whitespace-collapsed NFC text; `undefined` when empty. */
export function parseText(value: unknown, label: FieldLabel, maxLength = 500): Parsed<string> {
  if (value === null || value === undefined) return ok(undefined);
  if (isExcelError(value)) {
    return fail(
      'import.cell_error',
      `Ô "${label.vi}" chứa lỗi Excel ${value.error}.`,
      `The "${label.en}" cell holds the Excel error ${value.error}.`,
    );
  }
  let text: string;
  if (typeof value === 'string') text = cleanText(value);
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('import.invalid_value', `"${label.vi}" không hợp lệ.`, `Invalid ${label.en}.`);
    text = String(value);
  } else if (typeof value === 'boolean') text = value ? 'TRUE' : 'FALSE';
  else if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail('import.invalid_value', `"${label.vi}" không hợp lệ.`, `Invalid ${label.en}.`);
    text = isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  } else {
    return fail('import.invalid_value', `"${label.vi}" không phải văn bản.`, `${label.en} is not text.`);
  }
  if (text === '') return ok(undefined);
  if (text.length > maxLength) {
    return fail('import.too_long', `"${label.vi}" dài quá ${maxLength} ký tự.`, `${label.en} is longer than ${maxLength} characters.`);
  }
  return ok(text);
}

const CODE_PATTERN = /^[A-Za-z0-9._-]{1,64}$/u;

/** Codes (organisation, personnel): the keys re-imports upsert on. */
export function parseCode(value: unknown, label: FieldLabel): Parsed<string> {
  const text = parseText(value, label, 64);
  if (!text.ok || text.value === undefined) return text;
  if (!CODE_PATTERN.test(text.value)) {
    return fail(
      'import.invalid_code',
      `${label.vi} ${quote(text.value)} chỉ được gồm chữ cái không dấu, chữ số và các dấu . _ - (tối đa 64 ký tự).`,
      `${label.en} ${quote(text.value)} may contain only A–Z, a–z, 0–9 and . _ - (at most 64 characters).`,
    );
  }
  return text;
}

/**
 * Key for matching a label typed by a person: no case, no diacritics, camelCase and
 * punctuation turned into single spaces. "Cục/Vụ thuộc Bộ" → "cuc vu thuoc bo",
 * "ministryDepartment" and "ministry_department" → "ministry department".
 */
export function labelKey(value: string): string {
  return foldForSearch(
    nfc(value)
      .replace(/([a-z])([A-Z])/gu, '$1 $2')
      .replace(/['’]/gu, ''),
  )
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

function aliasTable<T extends string>(aliases: Record<T, readonly string[]>): Map<string, T> {
  const table = new Map<string, T>();
  for (const [value, names] of Object.entries(aliases) as [T, readonly string[]][]) {
    table.set(labelKey(value), value);
    for (const name of names) table.set(labelKey(name), value);
  }
  return table;
}

function parseEnum<T extends string>(
  value: unknown,
  label: FieldLabel,
  table: Map<string, T>,
  accepted: { vi: string; en: string },
  code: string,
): Parsed<T> {
  const text = parseText(value, label, 200);
  if (!text.ok || text.value === undefined) return text as Parsed<T>;
  const found = table.get(labelKey(text.value));
  if (found !== undefined) return ok(found);
  return fail(
    code,
    `${label.vi} ${quote(text.value)} không hợp lệ. Chấp nhận: ${accepted.vi}.`,
    `${label.en} ${quote(text.value)} is not recognised. Accepted: ${accepted.en}.`,
  );
}

// The vocabularies are core's; this file adds the spellings offices type in spreadsheets.
export { ORGANISATION_KINDS, ND73_CATEGORIES, LEADERSHIP_ROLES } from '@khien/core/organisation';
export type { OrganisationKind, Nd73Category, LeadershipRole } from '@khien/core/organisation';

/** The Vietnamese label shown for each kind (and accepted on import). */
export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
  ministry: 'Bộ',
  ministry_department: 'Cục/Vụ thuộc Bộ',
  provincial_peoples_committee: 'UBND tỉnh',
  provincial_department: 'Sở/ban/ngành',
  commune_peoples_committee: 'UBND xã',
  public_service_unit: 'Đơn vị sự nghiệp công lập',
  state_enterprise: 'Doanh nghiệp nhà nước',
  party_committee: 'Cấp ủy/Tổ chức đảng',
  other: 'Khác',
};

const KIND_TABLE = aliasTable<OrganisationKind>({
  ministry: ['Bộ', 'Bộ, cơ quan ngang Bộ', 'Cơ quan ngang Bộ'],
  ministry_department: ['Cục/Vụ thuộc Bộ', 'Cục, Vụ thuộc Bộ', 'Cục/Vụ', 'Cục', 'Vụ', 'Tổng cục'],
  provincial_peoples_committee: [
    'UBND tỉnh',
    'Ủy ban nhân dân tỉnh',
    'UBND thành phố',
    'Ủy ban nhân dân thành phố',
    'UBND tỉnh/thành phố',
    'UBND thành phố trực thuộc trung ương',
  ],
  provincial_department: ['Sở/ban/ngành', 'Sở, ban, ngành', 'Sở', 'Ban', 'Sở/ngành', 'Cơ quan chuyên môn'],
  commune_peoples_committee: [
    'UBND xã',
    'Ủy ban nhân dân xã',
    'UBND phường',
    'Ủy ban nhân dân phường',
    'UBND đặc khu',
    'UBND xã/phường',
    'UBND xã/phường/đặc khu',
    'UBND cấp xã',
    'Ủy ban nhân dân cấp xã',
  ],
  public_service_unit: ['Đơn vị sự nghiệp công lập', 'Đơn vị sự nghiệp', 'ĐVSNCL'],
  state_enterprise: ['Doanh nghiệp nhà nước', 'DNNN', 'Doanh nghiệp'],
  party_committee: [
    'Cấp ủy/Tổ chức đảng',
    'Cấp ủy, tổ chức đảng',
    'Cấp ủy',
    'Tổ chức đảng',
    'Đảng ủy',
    'Tỉnh ủy',
    'Thành ủy',
    'Đảng bộ',
    'Chi bộ',
  ],
  other: ['Khác'],
});

export function parseOrganisationKind(value: unknown, label: FieldLabel): Parsed<OrganisationKind> {
  return parseEnum(
    value,
    label,
    KIND_TABLE,
    {
      vi: Object.values(ORGANISATION_KIND_LABELS).join('; '),
      en: ORGANISATION_KINDS.join(', '),
    },
    'import.invalid_kind',
  );
}

export const ND73_CATEGORY_LABELS: Readonly<Record<Nd73Category, string>> = {
  administrative_leader: 'Cán bộ, công chức lãnh đạo, quản lý',
  managerial_public_employee: 'Viên chức quản lý',
  enterprise_post_holder: 'Người giữ chức danh, chức vụ trong doanh nghiệp nhà nước',
  not_eligible: 'Không thuộc đối tượng',
};

const ND73_TABLE = aliasTable<Nd73Category>({
  administrative_leader: [
    'Cán bộ, công chức lãnh đạo, quản lý',
    'Cán bộ, công chức giữ chức vụ lãnh đạo, quản lý',
    'Cán bộ lãnh đạo, quản lý',
    'CBCC lãnh đạo, quản lý',
    'Lãnh đạo, quản lý',
  ],
  managerial_public_employee: ['Viên chức quản lý', 'Viên chức giữ chức vụ quản lý', 'Viên chức lãnh đạo, quản lý'],
  enterprise_post_holder: [
    'Người giữ chức danh, chức vụ trong doanh nghiệp nhà nước',
    'Người giữ chức danh, chức vụ trong doanh nghiệp',
    'Người đại diện phần vốn nhà nước',
    'Người đại diện vốn nhà nước',
    'Người giữ chức danh, chức vụ trong doanh nghiệp nhà nước, người đại diện phần vốn nhà nước',
    'Doanh nghiệp nhà nước',
  ],
  not_eligible: ['Không thuộc đối tượng', 'Không áp dụng', 'Không'],
});

export function parseNd73Category(value: unknown, label: FieldLabel): Parsed<Nd73Category> {
  return parseEnum(
    value,
    label,
    ND73_TABLE,
    { vi: Object.values(ND73_CATEGORY_LABELS).join('; '), en: ND73_CATEGORIES.join(', ') },
    'import.invalid_nd73_category',
  );
}

const ROLE_TABLE = aliasTable<LeadershipRole>({
  head: ['Người đứng đầu', 'Thủ trưởng', 'Cấp trưởng', 'Trưởng'],
  deputy: ['Cấp phó', 'Phó', 'Phó thủ trưởng', 'Cấp phó của người đứng đầu'],
  member: ['Ủy viên', 'Thành viên'],
});

export function parseLeadershipRole(value: unknown, label: FieldLabel): Parsed<LeadershipRole> {
  return parseEnum(
    value,
    label,
    ROLE_TABLE,
    { vi: 'Người đứng đầu (Thủ trưởng); Cấp phó (Phó); Ủy viên', en: LEADERSHIP_ROLES.join(', ') },
    'import.invalid_leadership_role',
  );
}

const TRUE_WORDS = new Set(['co', 'c', 'x', '1', 'true', 'yes', 'y', 'dung', 'phai']);
const FALSE_WORDS = new Set(['khong', 'k', '0', 'false', 'no', 'n', 'sai']);

/**
 * Yes/no. A blank cell is "no": offices mark such columns with an "x" and leave the rest
 * empty.
 */
export function parseYesNo(value: unknown, label: FieldLabel): Parsed<boolean> {
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number' && (value === 0 || value === 1)) return ok(value === 1);
  const text = parseText(value, label, 20);
  if (!text.ok) return text as Parsed<boolean>;
  if (text.value === undefined) return ok(false);
  const key = labelKey(text.value);
  if (TRUE_WORDS.has(key)) return ok(true);
  if (FALSE_WORDS.has(key)) return ok(false);
  return fail(
    'import.invalid_boolean',
    `${label.vi} ${quote(text.value)} không hợp lệ. Dùng "có"/"không", "x", 1/0.`,
    `${label.en} ${quote(text.value)} is not yes/no. Use yes/no, true/false, x, 1/0.`,
  );
}

// Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for (serials ≥ 61).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function validDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return isoDate(year, month, day);
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/u;
const YMD = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/u;

/**
 * A calendar date as "YYYY-MM-DD": dd/mm/yyyy (the Vietnamese order, also with . or -),
 * yyyy-mm-dd, an XLSX date cell, or an Excel serial number.
 */
export function parseDate(value: unknown, label: FieldLabel): Parsed<string> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail('import.invalid_date', `${label.vi} không hợp lệ.`, `Invalid ${label.en}.`);
    const iso = validDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    if (iso !== undefined) return ok(iso);
  } else if (typeof value === 'number') {
    if (Number.isFinite(value) && value >= 1 && value < 2_958_466) {
      const date = new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS);
      const iso = validDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
      if (iso !== undefined) return ok(iso);
    }
  } else {
    const text = parseText(value, label, 40);
    if (!text.ok || text.value === undefined) return text;
    const dmy = DMY.exec(text.value);
    const ymd = dmy === null ? YMD.exec(text.value) : null;
    const iso =
      dmy !== null
        ? validDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))
        : ymd !== null
          ? validDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]))
          : undefined;
    if (iso !== undefined) return ok(iso);
    return fail(
      'import.invalid_date',
      `${label.vi} ${quote(text.value)} không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).`,
      `${label.en} ${quote(text.value)} is not a valid date (dd/mm/yyyy or yyyy-mm-dd).`,
    );
  }
  return fail('import.invalid_date', `${label.vi} không phải ngày hợp lệ.`, `${label.en} is not a valid date.`);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

export function parseEmail(value: unknown, label: FieldLabel): Parsed<string> {
  const text = parseText(value, label, 254);
  if (!text.ok || text.value === undefined) return text;
  const email = text.value.replace(/^mailto:/iu, '').toLowerCase();
  if (!EMAIL.test(email)) {
    return fail(
      'import.invalid_email',
      `${label.vi} ${quote(text.value)} không phải địa chỉ thư điện tử hợp lệ.`,
      `${label.en} ${quote(text.value)} is not a valid e-mail address.`,
    );
  }
  return ok(email);
}

/**
 * Vietnamese phone numbers in any usual writing ("0912 345 678", "0912.345.678",
 * "+84 912 345 678", "(024) 3825 1234", or 912345678 after Excel dropped the leading zero),
 * normalised to E.164 ("+84912345678"). Mobile numbers have 9 national digits starting with
 * 3, 5, 7, 8 or 9; landlines 10 starting with 2 (since the 2017 renumbering).
 */
export function parsePhone(value: unknown, label: FieldLabel): Parsed<string> {
  const text = parseText(value, label, 40);
  if (!text.ok || text.value === undefined) return text;
  const bad = () =>
    fail<string>(
      'import.invalid_phone',
      `${label.vi} ${quote(text.value ?? '')} không phải số điện thoại Việt Nam hợp lệ (một số, ví dụ 0912 345 678 hoặc 024 3825 1234).`,
      `${label.en} ${quote(text.value ?? '')} is not a valid Vietnamese phone number (one number, e.g. 0912 345 678 or 024 3825 1234).`,
    );
  const phone = normaliseVietnamesePhone(text.value);
  return phone ? ok(phone) : bad();
}

const USERNAME = /^[a-z0-9](?:[a-z0-9._@-]{1,62}[a-z0-9])$/u;

export function parseUsername(value: unknown, label: FieldLabel): Parsed<string> {
  const text = parseText(value, label, 64);
  if (!text.ok || text.value === undefined) return text;
  const username = text.value.toLowerCase();
  if (!USERNAME.test(username)) {
    return fail(
      'import.invalid_username',
      `${label.vi} ${quote(text.value)} không hợp lệ: 3–64 ký tự, chữ không dấu, chữ số và . _ - @, không có dấu cách.`,
      `${label.en} ${quote(text.value)} is invalid: 3–64 characters of a–z, 0–9 and . _ - @, no spaces.`,
    );
  }
  return ok(username);
}

const ABBREVIATION = /^[\p{L}\p{N}][\p{L}\p{N}.&-]{0,29}$/u;

/** The agency's symbol in document numbers ("12/QĐ-UBND"): upper case, no spaces or "/". */
export function parseAbbreviation(value: unknown, label: FieldLabel): Parsed<string> {
  const text = parseText(value, label, 30);
  if (!text.ok || text.value === undefined) return text;
  const abbreviation = text.value.toUpperCase();
  if (!ABBREVIATION.test(abbreviation)) {
    return fail(
      'import.invalid_abbreviation',
      `${label.vi} ${quote(text.value)} không hợp lệ: chỉ gồm chữ, số, dấu . & - (không dấu cách, không "/"), tối đa 30 ký tự.`,
      `${label.en} ${quote(text.value)} is invalid: letters, digits and . & - only (no spaces or "/"), at most 30 characters.`,
    );
  }
  return ok(abbreviation);
}
