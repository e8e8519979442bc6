import { DomainError } from '@khien/core/errors';

/**
 * The errors every use case shares. Kinds are named in both languages so that the message
 * says *what* was not found, not just "not found".
 */
const KIND_NAMES: Record<string, { vi: string; en: string }> = {
  organisation: { vi: 'Cơ quan, đơn vị', en: 'Organisation' },
  person: { vi: 'Cán bộ', en: 'Person' },
  account: { vi: 'Tài khoản', en: 'Account' },
  leadershipTerm: { vi: 'Nhiệm kỳ lãnh đạo', en: 'Leadership term' },
  apiToken: { vi: 'Mã truy cập API', en: 'API token' },
};

export function notFound(kind: keyof typeof KIND_NAMES, id?: string): DomainError {
  const name = KIND_NAMES[kind]!;
  return new DomainError(
    `${kind}.not_found`,
    { vi: `${name.vi} không tồn tại hoặc bạn không có quyền xem.`, en: `${name.en} not found, or you may not see it.` },
    id ? { id } : undefined,
  );
}

export function forbidden(): DomainError {
  return new DomainError('auth.forbidden', {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  });
}

export function versionConflict(expected: number, actual: number): DomainError {
  return new DomainError(
    'request.version_conflict',
    {
      vi: 'Dữ liệu đã được người khác thay đổi. Hãy tải lại trang rồi thực hiện lại.',
      en: 'Someone else changed this record. Reload it and try again.',
    },
    { expected, actual },
  );
}

export function duplicate(kind: keyof typeof KIND_NAMES, field: string, value: string): DomainError {
  const name = KIND_NAMES[kind]!;
  return new DomainError(
    `${kind}.already_exists`,
    {
      vi: `${name.vi} có ${field} "${value}" đã tồn tại.`,
      en: `${name.en} with ${field} "${value}" already exists.`,
    },
    { field, value },
  );
}

/** If-Match: a command carrying the version it read is refused when the record moved on. */
export function checkVersion(expected: number | undefined, actual: number): void {
  if (expected !== undefined && expected !== actual) throw versionConflict(expected, actual);
}
