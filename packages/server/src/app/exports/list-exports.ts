/**
 * CSV/XLSX exports of every list of the API, with the same filters and the same visibility as
 * the list itself (each export pages through the list use case), Vietnamese headers, sorted
 * with the Vietnamese collation.
 */
import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import { ND73_CATEGORY_LABELS, ORGANISATION_KIND_LABELS } from '@khien/core/organisation';
import { TYPE_NAMES, type DocumentKind } from '../../documents/model.ts';
import { listAccounts } from '../accounts/list-accounts.ts';
import { listDocuments, listDocumentsQuery } from '../documents/list-documents.ts';
import { listOrganisations, listOrganisationsQuery } from '../organisations/list-organisations.ts';
import { listPeople, listPeopleQuery } from '../people/list-people.ts';
import { listProposals, listProposalsQuery } from '../proposals/list-proposals.ts';
import type { Services } from '../services.ts';
import { pageQuery } from '../validation.ts';
import { allPages, EXPORT_FORMATS, exportTable, sortVietnamese, type ExportFile } from './tabular.ts';

const format = { format: z.enum(EXPORT_FORMATS).default('xlsx') };

export const exportOrganisationsQuery = listOrganisationsQuery.omit({ limit: true, offset: true }).extend(format);
export const exportPeopleQuery = listPeopleQuery.omit({ limit: true, offset: true }).extend(format);
export const exportAccountsQuery = pageQuery.omit({ limit: true, offset: true }).extend(format);
export const exportProposalsQuery = listProposalsQuery.omit({ limit: true, offset: true, sort: true, order: true }).extend(format);
export const exportDocumentsQuery = listDocumentsQuery.omit({ limit: true, offset: true }).extend(format);

const date = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

export async function exportOrganisations(
  services: Services,
  actor: Actor,
  query: z.infer<typeof exportOrganisationsQuery>,
): Promise<ExportFile> {
  const { format: f, ...filters } = query;
  const rows = await allPages((limit, offset) => listOrganisations(services, actor, { ...filters, limit, offset }));
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return exportTable(f, 'Danh sách cơ quan, đơn vị', {
    name: 'Cơ quan, đơn vị',
    rows: sortVietnamese(rows, (r) => r.name),
    columns: [
      { header: 'Mã', value: (r) => r.code, width: 16 },
      { header: 'Tên cơ quan, đơn vị', value: (r) => r.name, width: 50 },
      { header: 'Tên viết tắt', value: (r) => r.shortName },
      { header: 'Chữ viết tắt (ký hiệu văn bản)', value: (r) => r.abbreviation },
      { header: 'Loại hình', value: (r) => ORGANISATION_KIND_LABELS[r.kind].vi, width: 30 },
      { header: 'Trực thuộc', value: (r) => (r.parentId ? (names.get(r.parentId) ?? r.parentId) : null), width: 40 },
      { header: 'Địa chỉ', value: (r) => r.address, width: 40 },
      { header: 'Thư điện tử', value: (r) => r.email },
      { header: 'Điện thoại', value: (r) => r.phone },
    ],
  });
}

export async function exportPeople(services: Services, actor: Actor, query: z.infer<typeof exportPeopleQuery>): Promise<ExportFile> {
  const { format: f, ...filters } = query;
  const rows = await allPages((limit, offset) => listPeople(services, actor, { ...filters, limit, offset }));
  return exportTable(f, 'Danh sách cán bộ', {
    name: 'Cán bộ',
    // Vietnamese lists order people by given name (the last word), then the full name.
    rows: sortVietnamese(rows, (r) => `${r.fullName.split(' ').at(-1) ?? ''} ${r.fullName}`),
    columns: [
      { header: 'Mã cán bộ', value: (r) => r.code, width: 16 },
      { header: 'Họ và tên', value: (r) => r.fullName, width: 30 },
      { header: 'Chức vụ', value: (r) => r.positionTitle, width: 30 },
      { header: 'Cơ quan, đơn vị', value: (r) => r.organisationName, width: 40 },
      { header: 'Giữ chức vụ lãnh đạo, quản lý', value: (r) => r.isLeadershipPost },
      { header: 'Đối tượng theo Nghị định 73', value: (r) => ND73_CATEGORY_LABELS[r.nd73Category].vi, width: 40 },
      { header: 'Thư điện tử', value: (r) => r.email },
      { header: 'Điện thoại', value: (r) => r.phone },
    ],
  });
}

const ROLE_LABELS: Record<string, string> = {
  system_admin: 'Quản trị hệ thống',
  org_officer: 'Cán bộ tổ chức',
  inspector: 'Thanh tra, kiểm tra',
};

export async function exportAccounts(services: Services, actor: Actor, query: z.infer<typeof exportAccountsQuery>): Promise<ExportFile> {
  const { format: f, ...filters } = query;
  const rows = await allPages((limit, offset) => listAccounts(services, actor, { ...filters, limit, offset }));
  return exportTable(f, 'Danh sách tài khoản', {
    name: 'Tài khoản',
    rows: sortVietnamese(rows, (r) => r.displayName),
    columns: [
      { header: 'Tên đăng nhập', value: (r) => r.username, width: 24 },
      { header: 'Tên hiển thị', value: (r) => r.displayName, width: 30 },
      { header: 'Vai trò', value: (r) => r.roles.map((x) => ROLE_LABELS[x] ?? x).join('; '), width: 30 },
      { header: 'Đã khóa', value: (r) => r.disabled },
      { header: 'Ngày tạo', value: (r) => date(r.createdAt) },
    ],
  });
}

export async function exportProposals(services: Services, actor: Actor, query: z.infer<typeof exportProposalsQuery>): Promise<ExportFile> {
  const { format: f, ...filters } = query;
  const rows = await allPages((limit, offset) =>
    listProposals(services, actor, { ...filters, sort: 'title', order: 'asc', limit, offset }),
  );
  return exportTable(f, 'Danh sách đề xuất đổi mới, sáng tạo', {
    name: 'Đề xuất',
    rows: sortVietnamese(rows, (r) => r.title),
    columns: [
      { header: 'Mã hồ sơ', value: (r) => r.code, width: 16 },
      { header: 'Tên đề xuất', value: (r) => r.title, width: 50 },
      { header: 'Người đề xuất', value: (r) => r.proposer?.name ?? null, width: 28 },
      { header: 'Cơ quan sử dụng', value: (r) => r.employingAgency.name, width: 36 },
      { header: 'Trạng thái', value: (r) => r.stateLabel.vi, width: 24 },
      {
        header: 'Hình thức phê duyệt',
        value: (r) => (r.approvalKind === 'vote' ? 'Biểu quyết' : r.approvalKind === 'override' ? 'Người đứng đầu quyết định' : null),
      },
      { header: 'Kết quả', value: (r) => r.outcome },
      { header: 'Bảo vệ', value: (r) => r.protection },
      { header: 'Hạn bước tiếp theo', value: (r) => r.nextDue?.dueOn ?? null },
      { header: 'Quá hạn', value: (r) => r.nextDue?.overdue ?? false },
      { header: 'Ngày tiếp nhận', value: (r) => date(r.submittedAt) },
    ],
  });
}

export async function exportDocuments(services: Services, actor: Actor, query: z.infer<typeof exportDocumentsQuery>): Promise<ExportFile> {
  const { format: f, ...filters } = query;
  const rows = await allPages((limit, offset) => listDocuments(services, actor, { ...filters, limit, offset }));
  return exportTable(f, 'Danh sách văn bản', {
    name: 'Văn bản',
    // Registers of documents are kept in number order per series.
    rows: sortVietnamese(rows, (r) => `${r.organisationName}\u0000${r.typeCode}\u0000${r.year}\u0000${String(r.number).padStart(8, '0')}`),
    columns: [
      { header: 'Số, ký hiệu', value: (r) => r.symbol, width: 18 },
      { header: 'Ngày ban hành', value: (r) => r.issuedOn },
      { header: 'Loại văn bản', value: (r) => TYPE_NAMES[r.kind as DocumentKind] ?? r.kind },
      { header: 'Trích yếu', value: (r) => r.summary, width: 60 },
      { header: 'Cơ quan ban hành', value: (r) => r.organisationName, width: 36 },
      {
        header: 'Mã băm SHA-256 (PDF)',
        value: (r) => r.files.find((x) => x.role === 'generated' && x.format === 'pdf')?.sha256 ?? null,
        width: 66,
      },
      { header: 'Có bản ký', value: (r) => r.signedOriginalFileId !== null },
      { header: 'Chỉ mục sổ cái', value: (r) => r.ledgerIndex },
    ],
  });
}
