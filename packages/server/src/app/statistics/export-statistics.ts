import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import { EXPORT_FORMATS, exportTable, toXlsx, type Column, type ExportFile, type Sheet } from '../exports/tabular.ts';
import type { Services } from '../services.ts';
import { getStatistics, statisticsQuery, type StatisticsView } from './get-statistics.ts';
import { FIGURE_KEYS, FIGURE_LABELS, type Figures } from './statistics-figures.ts';
import { z as zod } from 'zod';

export const exportStatisticsQuery = statisticsQuery.extend({ format: zod.enum(EXPORT_FORMATS).default('xlsx') });

export function figureColumns<T>(figures: (row: T) => Figures): Column<T>[] {
  return FIGURE_KEYS.map((k) => ({ header: FIGURE_LABELS[k], value: (r: T) => figures(r)[k], width: 14 }));
}

type PeriodRow = StatisticsView['periods'][number];
type OrgRow = StatisticsView['breakdown'][number];

export function statisticsSheets(view: StatisticsView): { byPeriod: Sheet<PeriodRow>; byOrganisation: Sheet<OrgRow> } {
  return {
    byPeriod: {
      name: 'Theo kỳ',
      rows: [...view.periods, { key: 'total', label: 'Tổng cộng', from: view.from, to: view.to, figures: view.totals }],
      columns: [
        { header: 'Kỳ', value: (r) => r.label, width: 22 },
        { header: 'Từ ngày', value: (r) => r.from },
        { header: 'Đến ngày', value: (r) => r.to },
        ...figureColumns<PeriodRow>((r) => r.figures),
      ],
    },
    byOrganisation: {
      name: 'Theo cơ quan, đơn vị',
      rows: view.breakdown,
      columns: [
        { header: 'Mã', value: (r) => r.organisation.code, width: 16 },
        { header: 'Cơ quan, đơn vị', value: (r) => (r.own ? `${r.organisation.name} (trực tiếp)` : r.organisation.name), width: 40 },
        ...figureColumns<OrgRow>((r) => r.figures),
      ],
    },
  };
}

/** The statistics as a table: CSV holds the series by period (with the total), XLSX both tables. */
export async function exportStatistics(
  services: Services,
  actor: Actor,
  query: z.infer<typeof exportStatisticsQuery>,
): Promise<ExportFile> {
  const { format, ...rest } = query;
  const view = await getStatistics(services, actor, rest);
  const sheets = statisticsSheets(view);
  const base = `Thống kê ${view.organisation?.name ?? 'toàn hệ thống'} ${view.from} đến ${view.to}`;
  if (format === 'csv') return exportTable('csv', base, sheets.byPeriod);
  return {
    fileName: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: await toXlsx([sheets.byPeriod as Sheet<unknown>, sheets.byOrganisation as Sheet<unknown>], { title: base }),
  };
}
