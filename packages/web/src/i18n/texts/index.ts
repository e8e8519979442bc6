/**
 * The texts of every screen outside the first load (directory, ledger, verifier, lists, form,
 * case page, dialogs, dashboard, procedures). They are most of the interface text, so they are
 * not in the first download: app.tsx loads
 * this module together with any lazily loaded screen, and importing it adds the tables to
 * `messages`. MessageKey still covers these keys at compile time (type-only import).
 */
import { registerTexts } from '../text-store.ts';
import { caseActionsEn, caseActionsVi } from './case-actions.ts';
import { casePageEn, casePageVi } from './case-page.ts';
import { dashboardEn, dashboardVi } from './dashboard.ts';
import { directoryEn, directoryVi } from './directory.ts';
import { listsEn, listsVi } from './lists.ts';
import { proceduresEn, proceduresVi } from './procedures.ts';
import { proposalFormEn, proposalFormVi } from './proposal-form.ts';

export const featureVi = {
  ...directoryVi,
  ...listsVi,
  ...proposalFormVi,
  ...casePageVi,
  ...caseActionsVi,
  ...dashboardVi,
  ...proceduresVi,
};
export const featureEn: Record<keyof typeof featureVi, string> = {
  ...directoryEn,
  ...listsEn,
  ...proposalFormEn,
  ...casePageEn,
  ...caseActionsEn,
  ...dashboardEn,
  ...proceduresEn,
};
export type FeatureKey = keyof typeof featureVi;

registerTexts(featureVi, featureEn);
