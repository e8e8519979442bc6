/** Texts of the action dialogs on the case page (vote, decide, override, scope, reports, evaluation, protection…). Keys must match between the two tables (messages.test.ts). */
export const caseActionsVi = {
  'action.confirm': 'Xác nhận',
} as const;

export const caseActionsEn: Record<keyof typeof caseActionsVi, string> = {
  'action.confirm': 'Confirm',
};
