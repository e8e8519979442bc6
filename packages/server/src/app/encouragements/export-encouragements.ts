import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import { allPages, EXPORT_FORMATS, exportTable, type ExportFile } from '../exports/tabular.ts';
import type { Services } from '../services.ts';
import { listEncouragements, listEncouragementsQuery } from './list-encouragements.ts';

export const exportEncouragementsQuery = listEncouragementsQuery.omit({ limit: true, offset: true, sort: true }).extend({
  format: z.enum(EXPORT_FORMATS).default('xlsx'),
  /** Default: by beneficiary in Vietnamese order (given name, then full name). */
  sort: z.enum(['recorded', 'beneficiary', 'proposal']).default('beneficiary'),
});

const PURPOSE_LABELS: Record<string, string> = {
  rating: 'đánh giá',
  appointment: 'bổ nhiệm',
  reappointment: 'bổ nhiệm lại',
  planning: 'quy hoạch',
  transfer: 'điều động',
  rotation: 'luân chuyển',
};

/** The register as CSV/XLSX: the same filters, visibility and order as the list. */
export async function exportEncouragements(
  services: Services,
  actor: Actor,
  query: z.infer<typeof exportEncouragementsQuery>,
): Promise<ExportFile> {
  const { format, ...filters } = query;
  const rows = await allPages((limit, offset) => listEncouragements(services, actor, { ...filters, limit, offset }));
  return exportTable(format, 'Danh sách khuyến khích, khen thưởng theo Nghị định 73', {
    name: 'Khuyến khích, khen thưởng',
    rows,
    columns: [
      { header: 'Hình thức', value: (r) => r.kindLabel.vi, width: 40 },
      { header: 'Người, tổ chức được khuyến khích', value: (r) => r.beneficiary.name, width: 32 },
      { header: 'Cơ quan, đơn vị công tác', value: (r) => r.unit?.name ?? null, width: 36 },
      { header: 'Mã hồ sơ', value: (r) => r.proposalCode, width: 16 },
      { header: 'Tên đề xuất', value: (r) => r.proposalTitle, width: 50 },
      { header: 'Ưu tiên khi', value: (r) => r.personnelPurposes.map((p) => PURPOSE_LABELS[p] ?? p).join(', ') || null, width: 30 },
      { header: 'Số tháng nâng lương trước hạn', value: (r) => r.earlySalaryStepMonths },
      { header: 'Quyết định', value: (r) => r.decision, width: 40 },
      // The Vietnam calendar day of the record.
      { header: 'Ngày ghi nhận', value: (r) => new Date(Date.parse(r.recordedAt) + 7 * 3_600_000).toISOString().slice(0, 10) },
    ],
  });
}
