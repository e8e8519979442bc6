/**
 * Pure helpers of the personnel office's encouragement screen: labels of the Art. 10 kinds and
 * personnel purposes, the details line of a record, and the list/export query from the filters.
 */
import type { Schemas } from '../../api/client.ts';
import type { MessageKey } from '../../i18n/messages.ts';

export type Encouragement = Schemas['Encouragement'];
export type EncouragementKind = Encouragement['kind'];
export type PersonnelPurpose = Encouragement['personnelPurposes'][number];
type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const KIND_LABELS: Record<EncouragementKind, MessageKey> = {
  commendation: 'encouragement.kind.commendation',
  reward: 'encouragement.kind.reward',
  personnelPriority: 'encouragement.kind.personnelPriority',
  earlySalaryStep: 'encouragement.kind.earlySalaryStep',
  rankPromotion: 'encouragement.kind.rankPromotion',
};
export const KINDS = Object.keys(KIND_LABELS) as EncouragementKind[];

export const PURPOSE_LABELS: Record<PersonnelPurpose, MessageKey> = {
  rating: 'encouragement.purpose.rating',
  appointment: 'encouragement.purpose.appointment',
  reappointment: 'encouragement.purpose.reappointment',
  planning: 'encouragement.purpose.planning',
  transfer: 'encouragement.purpose.transfer',
  rotation: 'encouragement.purpose.rotation',
};

/** The label of a kind as the API sends it (the per-person list sends a plain string). */
export function kindLabel(kind: string, t: Translate): string {
  return kind in KIND_LABELS ? t(KIND_LABELS[kind as EncouragementKind]) : kind;
}

/** "Ưu tiên khi: quy hoạch, bổ nhiệm" / "Trước thời hạn 12 tháng"; empty when there is nothing to add. */
export function detailsOf(record: { personnelPurposes: readonly string[]; earlySalaryStepMonths: number | null }, t: Translate): string[] {
  const out: string[] = [];
  const purposes = record.personnelPurposes.map((p) => (p in PURPOSE_LABELS ? t(PURPOSE_LABELS[p as PersonnelPurpose]) : p));
  if (purposes.length) out.push(t('encouragement.priority_for', { purposes: purposes.join(', ') }));
  if (record.earlySalaryStepMonths !== null) out.push(t('encouragement.salary_months', { months: record.earlySalaryStepMonths }));
  return out;
}

export interface Filters {
  kind: EncouragementKind | null;
  under: string | null;
  q: string;
}

/** The list's query: only the filters in use (the export takes the same ones). */
export function filterQuery(filters: Filters): { kind?: EncouragementKind; under?: string; q?: string } {
  const q = filters.q.trim();
  return {
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.under ? { under: filters.under } : {}),
    ...(q ? { q } : {}),
  };
}
