import { z } from 'zod';
import {
  LEADERSHIP_ROLES,
  ND73_CATEGORIES,
  ORGANISATION_KINDS,
  parseAbbreviation,
  parseCode,
  parseDate,
  parseEmail,
  parseLeadershipRole,
  parseNd73Category,
  parseOrganisationKind,
  parsePhone,
  parseText,
  parseUsername,
  parseYesNo,
  type FieldIssue,
  type FieldLabel,
  type Parsed,
} from './field-parsers.ts';

/**
 * The row model of the import. Each schema takes raw cells (text, numbers, dates as a file or
 * a JSON body gives them, keyed by field name) and returns clean values; every issue carries
 * `params: { code, vi, en }` so that the report shows a stable code and both languages.
 */

export const organisationKindSchema = z.enum(ORGANISATION_KINDS);
export const nd73CategorySchema = z.enum(ND73_CATEGORIES);
export const leadershipRoleSchema = z.enum(LEADERSHIP_ROLES);

type FieldParser<T> = (value: unknown, label: FieldLabel) => Parsed<T>;

function addIssue(ctx: z.RefinementCtx, issue: FieldIssue, path?: string[]): void {
  ctx.addIssue({
    code: 'custom',
    message: issue.en,
    params: { ...issue },
    ...(path === undefined ? {} : { path }),
  });
}

export function requiredIssue(label: FieldLabel): FieldIssue {
  return {
    code: 'import.required',
    vi: `Thiếu "${label.vi}".`,
    en: `"${label.en}" is required.`,
  };
}

function required<T>(label: FieldLabel, parse: FieldParser<T>) {
  return z.unknown().transform((raw, ctx): T => {
    const parsed = parse(raw, label);
    if (!parsed.ok) {
      addIssue(ctx, parsed.issue);
      return z.NEVER;
    }
    if (parsed.value === undefined) {
      addIssue(ctx, requiredIssue(label));
      return z.NEVER;
    }
    return parsed.value;
  });
}

function optional<T>(label: FieldLabel, parse: FieldParser<T>) {
  return z
    .unknown()
    .transform((raw, ctx): T | undefined => {
      const parsed = parse(raw, label);
      if (!parsed.ok) {
        addIssue(ctx, parsed.issue);
        return z.NEVER;
      }
      return parsed.value;
    })
    .optional();
}

const text =
  (max: number): FieldParser<string> =>
  (value, label) =>
    parseText(value, label, max);

/** Field labels, used in messages and (Vietnamese) as the canonical column headers. */
export const ORGANISATION_FIELD_LABELS = {
  code: { vi: 'Mã đơn vị', en: 'code' },
  name: { vi: 'Tên đơn vị', en: 'name' },
  shortName: { vi: 'Tên viết tắt', en: 'shortName' },
  abbreviation: { vi: 'Ký hiệu', en: 'abbreviation' },
  kind: { vi: 'Loại', en: 'kind' },
  parentCode: { vi: 'Mã đơn vị cấp trên', en: 'parentCode' },
  superiorAgencyCode: { vi: 'Mã cơ quan sử dụng cán bộ cấp trên', en: 'superiorAgencyCode' },
  partyCommitteeCode: { vi: 'Mã cấp ủy cùng cấp', en: 'partyCommitteeCode' },
  address: { vi: 'Địa chỉ', en: 'address' },
  email: { vi: 'Thư điện tử', en: 'email' },
  phone: { vi: 'Điện thoại', en: 'phone' },
} as const satisfies Record<string, FieldLabel>;

export const PERSON_FIELD_LABELS = {
  code: { vi: 'Mã cán bộ', en: 'code' },
  fullName: { vi: 'Họ và tên', en: 'fullName' },
  positionTitle: { vi: 'Chức vụ', en: 'positionTitle' },
  isLeadershipPost: { vi: 'Giữ chức vụ lãnh đạo, quản lý', en: 'isLeadershipPost' },
  nd73Category: { vi: 'Đối tượng NĐ 73', en: 'nd73Category' },
  organisationCode: { vi: 'Mã đơn vị', en: 'organisationCode' },
  email: { vi: 'Thư điện tử', en: 'email' },
  phone: { vi: 'Điện thoại', en: 'phone' },
  leadershipRole: { vi: 'Vai trò trong tập thể lãnh đạo', en: 'leadershipRole' },
  leadershipFrom: { vi: 'Giữ vai trò từ ngày', en: 'leadershipFrom' },
  username: { vi: 'Tên đăng nhập', en: 'username' },
} as const satisfies Record<string, FieldLabel>;

/**
 * Drop keys whose value is undefined, so that a parsed row holds exactly the fields that had
 * a value. (Whether an absent field should clear a stored value is the upsert's decision; it
 * can tell "column not in the file" from "cell empty" with ImportFile.columns.)
 */
function withoutUndefined<T extends Record<string, unknown>>(row: T): T {
  for (const key of Object.keys(row)) if (row[key] === undefined) delete row[key];
  return row;
}

const O = ORGANISATION_FIELD_LABELS;
const P = PERSON_FIELD_LABELS;

/**
 * zod reports an absent key as "expected nonoptional" before our own "required" message can
 * speak; giving every field an explicit undefined lets the field parsers decide (a blank
 * yes/no is "no", a missing code is `import.required`).
 */
function withAllKeys(keys: readonly string[]) {
  return (input: unknown): unknown =>
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? { ...Object.fromEntries(keys.map((k) => [k, undefined])), ...input }
      : input;
}

export const organisationRowSchema = z.preprocess(
  withAllKeys(Object.keys(ORGANISATION_FIELD_LABELS)),
  z
    .object({
      code: required(O.code, parseCode),
      name: required(O.name, text(300)),
      shortName: optional(O.shortName, text(150)),
      abbreviation: optional(O.abbreviation, parseAbbreviation),
      kind: required(O.kind, parseOrganisationKind),
      parentCode: optional(O.parentCode, parseCode),
      superiorAgencyCode: optional(O.superiorAgencyCode, parseCode),
      partyCommitteeCode: optional(O.partyCommitteeCode, parseCode),
      address: optional(O.address, text(500)),
      email: optional(O.email, parseEmail),
      phone: optional(O.phone, parsePhone),
    })
    .superRefine((row, ctx) => {
      // An organisation cannot be its own parent, superior agency or Party committee; catching
      // it here names the row instead of failing the whole tree later.
      for (const field of ['parentCode', 'superiorAgencyCode', 'partyCommitteeCode'] as const) {
        if (row[field] !== undefined && row[field].toLowerCase() === row.code.toLowerCase()) {
          addIssue(
            ctx,
            {
              code: 'import.self_reference',
              vi: `"${O[field].vi}" trùng với chính mã đơn vị ${row.code}.`,
              en: `${O[field].en} refers to the organisation itself (${row.code}).`,
            },
            [field],
          );
        }
      }
    })
    .transform(withoutUndefined),
);

export const personRowSchema = z.preprocess(
  withAllKeys(Object.keys(PERSON_FIELD_LABELS)),
  z
    .object({
      code: required(P.code, parseCode),
      fullName: required(P.fullName, text(200)),
      positionTitle: optional(P.positionTitle, text(200)),
      isLeadershipPost: required(P.isLeadershipPost, parseYesNo),
      nd73Category: required(P.nd73Category, parseNd73Category),
      organisationCode: required(P.organisationCode, parseCode),
      email: optional(P.email, parseEmail),
      phone: optional(P.phone, parsePhone),
      leadershipRole: optional(P.leadershipRole, parseLeadershipRole),
      leadershipFrom: optional(P.leadershipFrom, parseDate),
      username: optional(P.username, parseUsername),
    })
    .superRefine((row, ctx) => {
      // Membership of the leadership collective decides who votes on approvals; a role on a
      // person whose post is not a leadership post is a data error worth stopping at import.
      if (row.leadershipRole !== undefined && !row.isLeadershipPost) {
        addIssue(
          ctx,
          {
            code: 'import.leadership_role_without_post',
            vi: `Có "${P.leadershipRole.vi}" nhưng "${P.isLeadershipPost.vi}" là "không".`,
            en: `${P.leadershipRole.en} is set but ${P.isLeadershipPost.en} is "no".`,
          },
          ['leadershipRole'],
        );
      }
      if (row.leadershipFrom !== undefined && row.leadershipRole === undefined) {
        addIssue(
          ctx,
          {
            code: 'import.leadership_from_without_role',
            vi: `Có "${P.leadershipFrom.vi}" nhưng thiếu "${P.leadershipRole.vi}".`,
            en: `${P.leadershipFrom.en} is set but ${P.leadershipRole.en} is missing.`,
          },
          ['leadershipFrom'],
        );
      }
    })
    .transform(withoutUndefined),
);

export type OrganisationRow = z.output<typeof organisationRowSchema>;
export type PersonRow = z.output<typeof personRowSchema>;
export type { LeadershipRole, Nd73Category, OrganisationKind } from './field-parsers.ts';

export interface ImportRowError {
  /** Field name (English identifier), or "" for a problem with the row as a whole. */
  field: string;
  code: string;
  vi: string;
  en: string;
  /** The column header as written in the file, when the field came from a column. */
  column?: string;
}

export type RowParseResult<T> = { ok: true; value: T } | { ok: false; errors: ImportRowError[] };

function issuesToErrors(error: z.ZodError): ImportRowError[] {
  return error.issues.map((issue) => {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : '';
    const params = issue.code === 'custom' ? (issue.params as Partial<FieldIssue> | undefined) : undefined;
    if (params?.code !== undefined && params.vi !== undefined && params.en !== undefined) {
      return { field, code: params.code, vi: params.vi, en: params.en };
    }
    return {
      field,
      code: 'import.invalid_row',
      vi: `Dòng không hợp lệ: ${issue.message}`,
      en: `Invalid row: ${issue.message}`,
    };
  });
}

/** Validate one organisation given as raw cells keyed by field name. */
export function parseOrganisationRow(raw: Record<string, unknown>): RowParseResult<OrganisationRow> {
  const result = organisationRowSchema.safeParse(raw);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: issuesToErrors(result.error) };
}

/** Validate one person given as raw cells keyed by field name. */
export function parsePersonRow(raw: Record<string, unknown>): RowParseResult<PersonRow> {
  const result = personRowSchema.safeParse(raw);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: issuesToErrors(result.error) };
}
