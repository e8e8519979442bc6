/** Texts of the case page: timeline, current step, scope and KPI chart, documents, dossier. Keys must match between the two tables (messages.test.ts). */
export const casePageVi = {
  'case.timeline': 'Diễn biến hồ sơ',
} as const;

export const casePageEn: Record<keyof typeof casePageVi, string> = {
  'case.timeline': 'Case history',
};
