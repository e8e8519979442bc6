/** Texts of the inbox, the proposals list and the notifications. Keys must match between the two tables (messages.test.ts). */
export const workVi = {
  'proposals.title': 'Đề xuất',
} as const;

export const workEn: Record<keyof typeof workVi, string> = {
  'proposals.title': 'Proposals',
};
