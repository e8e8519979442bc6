/** Texts of the guided proposal-plan form (ND73 Art. 5(1), 7) and its preview. Keys must match between the two tables (messages.test.ts). */
export const proposalFormVi = {
  'proposal.form.title_new': 'Lập kế hoạch đề xuất',
} as const;

export const proposalFormEn: Record<keyof typeof proposalFormVi, string> = {
  'proposal.form.title_new': 'New proposal plan',
};
