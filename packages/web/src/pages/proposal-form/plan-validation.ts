/**
 * Checks of the proposal-plan form as pure functions, each returning a message key (with its
 * parameters) or null. Two levels, mirroring the server:
 *  - `draft`: what the API refuses with a 400 on every save (`planInput` in
 *    packages/server/src/app/proposals/proposal-input.ts: title required ≤ 300, texts ≤ 10 000
 *    after trimming and collapsing spaces, related parties ≤ 100 rows of name + relation each
 *    required ≤ 200; `implementerIds` ≤ 200 in create-draft.ts). Autosave waits while any fails.
 *  - `submit`: adds the intake rules the submit guard applies (core `checkSubmission` in
 *    packages/core/src/procedure/submission.ts): not a legal normative document pilot (Art. 1),
 *    all four Art. 5(1) conditions justified, the three declarations made (Art. 4(2), 6), the
 *    related parties declared (an explicit "none" or complete rows), all 14 Art. 7 sections.
 * The server still decides (and also checks the proposer's own eligibility, Art. 2).
 */
import { cleanText } from '@khien/core/text';
import type { MessageKey } from '../../i18n/messages.ts';
import {
  CONDITION_KEYS,
  CONTENT_KEYS,
  DECLARATION_KEYS,
  stepOfPath,
  type FormPath,
  type PlanFormValues,
  type RelatedPartiesMode,
  type StepId,
} from './plan-model.ts';

export type Mode = 'draft' | 'submit';

export interface FieldProblem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface PlanIssue extends FieldProblem {
  path: FormPath;
  step: StepId;
}

export const LIMITS = { title: 300, text: 10_000, partyText: 200, parties: 100, implementers: 200 } as const;

const text = (value: unknown): string => (typeof value === 'string' ? cleanText(value) : '');

function tooLong(value: unknown, max: number): FieldProblem | null {
  return text(value).length > max ? { key: 'proposal.validation.too_long', params: { max } } : null;
}

/** The title: needed even for a draft (the server creates and saves nothing without it). */
export function checkTitle(value: unknown): FieldProblem | null {
  if (text(value) === '') return { key: 'proposal.validation.title_required' };
  return tooLong(value, LIMITS.title);
}

/** Art. 1: a pilot of a legal normative document is outside Decree 73 (refused at submission). */
export function checkPilots(value: unknown, mode: Mode): FieldProblem | null {
  return mode === 'submit' && value === true ? { key: 'proposal.validation.pilots_out_of_scope' } : null;
}

export function checkImplementers(value: unknown): FieldProblem | null {
  return Array.isArray(value) && value.length > LIMITS.implementers
    ? { key: 'proposal.validation.too_many', params: { max: LIMITS.implementers } }
    : null;
}

/** One Art. 7 section. */
export function checkSection(value: unknown, mode: Mode): FieldProblem | null {
  if (mode === 'submit' && text(value) === '') return { key: 'proposal.validation.section_required' };
  return tooLong(value, LIMITS.text);
}

/** The tick of an Art. 5(1) condition: all four must hold (the proposal must meet every one). */
export function checkConditionTick(checked: unknown, mode: Mode): FieldProblem | null {
  return mode === 'submit' && checked !== true ? { key: 'proposal.validation.condition_unchecked' } : null;
}

/** The justification of an Art. 5(1) condition: an empty one is a refusal at submission. */
export function checkConditionText(value: unknown, mode: Mode): FieldProblem | null {
  if (mode === 'submit' && text(value) === '') return { key: 'proposal.validation.condition_justification_required' };
  return tooLong(value, LIMITS.text);
}

/** Art. 4(2), Art. 6: each declaration must be made before submitting. */
export function checkDeclaration(value: unknown, mode: Mode): FieldProblem | null {
  return mode === 'submit' && value !== true ? { key: 'proposal.validation.declaration_required' } : null;
}

/** The related-party answer: "none" must be said on purpose; "some" needs at least one row. */
export function checkRelatedMode(mode: RelatedPartiesMode, rows: readonly unknown[], level: Mode): FieldProblem | null {
  if (mode === 'some' && rows.length > LIMITS.parties) return { key: 'proposal.validation.too_many', params: { max: LIMITS.parties } };
  if (level !== 'submit') return null;
  if (mode === null) return { key: 'proposal.validation.related_mode_required' };
  if (mode === 'some' && rows.length === 0) return { key: 'proposal.validation.related_rows_required' };
  return null;
}

/**
 * One box of a related-party row. A half-filled row is not sent while drafting (the server
 * would refuse it), so it blocks only the submission.
 */
export function checkPartyText(value: unknown, level: Mode, which: 'name' | 'relation'): FieldProblem | null {
  if (level === 'submit' && text(value) === '') {
    return { key: which === 'name' ? 'proposal.validation.related_name_required' : 'proposal.validation.related_relation_required' };
  }
  return tooLong(value, LIMITS.partyText);
}

/** Every problem of the form at this level, in the order of the steps. */
export function planIssues(values: PlanFormValues, mode: Mode): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const add = (path: FormPath, problem: FieldProblem | null) => {
    if (problem) issues.push({ ...problem, path, step: stepOfPath(path) });
  };
  add(['title'], checkTitle(values.title));
  add(['pilotsLegalNormativeDocument'], checkPilots(values.pilotsLegalNormativeDocument, mode));
  add(['implementerIds'], checkImplementers(values.implementerIds));
  for (const key of CONTENT_KEYS) add(['contents', key], checkSection(values.contents[key], mode));
  for (const key of CONDITION_KEYS) {
    add(['conditionChecks', key], checkConditionTick(values.conditionChecks[key], mode));
    add(['conditions', key], checkConditionText(values.conditions[key], mode));
  }
  for (const key of DECLARATION_KEYS) add(['declarations', key], checkDeclaration(values.declarations[key], mode));
  add(['relatedPartiesMode'], checkRelatedMode(values.relatedPartiesMode, values.relatedParties, mode));
  if (values.relatedPartiesMode === 'some') {
    values.relatedParties.forEach((row, index) => {
      // While drafting only complete rows are sent, so only their length matters.
      const sent = mode === 'submit' || (text(row.name) !== '' && text(row.relation) !== '');
      if (!sent) return;
      add(['relatedParties', index, 'name'], checkPartyText(row.name, mode, 'name'));
      add(['relatedParties', index, 'relation'], checkPartyText(row.relation, mode, 'relation'));
    });
  }
  return issues;
}

/** Problems per step, for the outline ("2 items missing"). */
export function issuesByStep(issues: readonly PlanIssue[]): Partial<Record<StepId, number>> {
  const counts: Partial<Record<StepId, number>> = {};
  for (const issue of issues) counts[issue.step] = (counts[issue.step] ?? 0) + 1;
  return counts;
}

/** Why autosave waits: the title is missing, or something is longer than the server takes. */
export function saveBlocker(values: PlanFormValues): 'title' | 'invalid' | null {
  const issues = planIssues(values, 'draft');
  if (issues.length === 0) return null;
  return issues.some((i) => i.path[0] === 'title' && i.key === 'proposal.validation.title_required') ? 'title' : 'invalid';
}
