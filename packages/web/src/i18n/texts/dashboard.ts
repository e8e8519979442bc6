/** Texts of the dashboard (statistics by unit and period) and the personnel office screens. Keys must match between the two tables (messages.test.ts). */
export const dashboardVi = {
  'dashboard.title': 'Tổng hợp, thống kê',
} as const;

export const dashboardEn: Record<keyof typeof dashboardVi, string> = {
  'dashboard.title': 'Dashboard',
};
