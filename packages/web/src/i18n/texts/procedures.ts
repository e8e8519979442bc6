/** Texts of the admin screens for procedure profiles, local variants and the holiday calendar. Keys must match between the two tables (messages.test.ts). */
export const proceduresVi = {
  'procedure.title': 'Quy trình',
} as const;

export const proceduresEn: Record<keyof typeof proceduresVi, string> = {
  'procedure.title': 'Procedures',
};
