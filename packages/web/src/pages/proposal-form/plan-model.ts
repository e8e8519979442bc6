/**
 * The proposal plan as the form holds it, and its conversions to and from the API's `plan`
 * (server: packages/server/src/app/proposals/proposal-input.ts `planInput`; core:
 * `ProposalPlan` in packages/core/src/procedure/submission.ts). Pure, so node:test proves it.
 *
 * The form keeps a little more than the API: a tick per Art. 5(1) condition (the API only has
 * the justification; a ticked condition sends its text, an unticked one sends ""), and the
 * related-party answer as "none" / "some" / not yet answered (the API's `[]` / list / `null`).
 */
import type { MessageKey } from '../../i18n/messages.ts';

/** The 14 Art. 7 sections, in the order the plan lists them. */
export const CONTENT_KEYS = [
  'necessity',
  'purpose',
  'requirements',
  'bottleneck',
  'legalGap',
  'tasksAndSolutions',
  'scope',
  'implementers',
  'duration',
  'resources',
  'feasibility',
  'positiveImpacts',
  'negativeImpacts',
  'expectedEffectiveness',
] as const;
export type ContentKey = (typeof CONTENT_KEYS)[number];

/** ND73 Art. 5(1)(a)–(d). */
export const CONDITION_KEYS = [
  'removesUnregulatedBottleneck',
  'commonInterestAndPracticalValue',
  'urgentNeedWithoutHarm',
  'promotesDecentralisationReformOrIt',
] as const;
export type ConditionKey = (typeof CONDITION_KEYS)[number];

export const DECLARATION_KEYS = ['withinCompetence', 'noContravention', 'noPersonalOrGroupBenefit'] as const;
export type DeclarationKey = (typeof DECLARATION_KEYS)[number];

export interface RelatedPartyRow {
  name?: string;
  relation?: string;
}

export type RelatedPartiesMode = 'none' | 'some' | null;

export interface PlanFormValues {
  title: string;
  pilotsLegalNormativeDocument: boolean;
  /** Other people who carry the proposal out (the proposer always does). */
  implementerIds: string[];
  contents: Record<ContentKey, string>;
  conditionChecks: Record<ConditionKey, boolean>;
  conditions: Record<ConditionKey, string>;
  declarations: Record<DeclarationKey, boolean>;
  relatedPartiesMode: RelatedPartiesMode;
  relatedParties: RelatedPartyRow[];
}

/** The API's plan body (`POST /proposals` → `plan`, `PUT /proposals/{id}` → `plan`). */
export interface PlanBody {
  title: string;
  pilotsLegalNormativeDocument: boolean;
  contents: Record<ContentKey, string>;
  conditions: Record<ConditionKey, string>;
  declarations: Record<DeclarationKey, boolean> & { relatedParties: { name: string; relation: string }[] | null };
}

export const STEP_IDS = ['general', 'sections', 'conditions', 'declarations', 'attachments', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_TITLES: Record<StepId, MessageKey> = {
  general: 'proposal.step.general',
  sections: 'proposal.step.sections',
  conditions: 'proposal.step.conditions',
  declarations: 'proposal.step.declarations',
  attachments: 'proposal.step.attachments',
  review: 'proposal.step.review',
};

export const STEP_BASIS: Record<StepId, MessageKey> = {
  general: 'proposal.step.general.basis',
  sections: 'proposal.step.sections.basis',
  conditions: 'proposal.step.conditions.basis',
  declarations: 'proposal.step.declarations.basis',
  attachments: 'proposal.step.attachments.basis',
  review: 'proposal.step.review.basis',
};

/** Art. 7's three groups: (a) why, (b) what and how, (c) impacts. */
export const CONTENT_GROUPS: ReadonlyArray<{ heading: MessageKey; keys: readonly ContentKey[] }> = [
  { heading: 'proposal.group.why', keys: ['necessity', 'purpose', 'requirements', 'bottleneck', 'legalGap'] },
  { heading: 'proposal.group.how', keys: ['tasksAndSolutions', 'scope', 'implementers', 'duration', 'resources', 'feasibility'] },
  { heading: 'proposal.group.impact', keys: ['positiveImpacts', 'negativeImpacts', 'expectedEffectiveness'] },
];

export const CONTENT_LABELS: Record<ContentKey, { label: MessageKey; help: MessageKey }> = {
  necessity: { label: 'proposal.section.necessity', help: 'proposal.section.necessity.help' },
  purpose: { label: 'proposal.section.purpose', help: 'proposal.section.purpose.help' },
  requirements: { label: 'proposal.section.requirements', help: 'proposal.section.requirements.help' },
  bottleneck: { label: 'proposal.section.bottleneck', help: 'proposal.section.bottleneck.help' },
  legalGap: { label: 'proposal.section.legalGap', help: 'proposal.section.legalGap.help' },
  tasksAndSolutions: { label: 'proposal.section.tasksAndSolutions', help: 'proposal.section.tasksAndSolutions.help' },
  scope: { label: 'proposal.section.scope', help: 'proposal.section.scope.help' },
  implementers: { label: 'proposal.section.implementers', help: 'proposal.section.implementers.help' },
  duration: { label: 'proposal.section.duration', help: 'proposal.section.duration.help' },
  resources: { label: 'proposal.section.resources', help: 'proposal.section.resources.help' },
  feasibility: { label: 'proposal.section.feasibility', help: 'proposal.section.feasibility.help' },
  positiveImpacts: { label: 'proposal.section.positiveImpacts', help: 'proposal.section.positiveImpacts.help' },
  negativeImpacts: { label: 'proposal.section.negativeImpacts', help: 'proposal.section.negativeImpacts.help' },
  expectedEffectiveness: { label: 'proposal.section.expectedEffectiveness', help: 'proposal.section.expectedEffectiveness.help' },
};

export const CONDITION_LABELS: Record<
  ConditionKey,
  { check: MessageKey; justification: MessageKey; help: MessageKey; short: MessageKey; citation: string }
> = {
  removesUnregulatedBottleneck: {
    short: 'proposal.condition.a.short',
    check: 'proposal.condition.a.check',
    justification: 'proposal.condition.a.justification',
    help: 'proposal.condition.a.help',
    citation: 'ND73/2023 Art. 5(1)(a)',
  },
  commonInterestAndPracticalValue: {
    short: 'proposal.condition.b.short',
    check: 'proposal.condition.b.check',
    justification: 'proposal.condition.b.justification',
    help: 'proposal.condition.b.help',
    citation: 'ND73/2023 Art. 5(1)(b)',
  },
  urgentNeedWithoutHarm: {
    short: 'proposal.condition.c.short',
    check: 'proposal.condition.c.check',
    justification: 'proposal.condition.c.justification',
    help: 'proposal.condition.c.help',
    citation: 'ND73/2023 Art. 5(1)(c)',
  },
  promotesDecentralisationReformOrIt: {
    short: 'proposal.condition.d.short',
    check: 'proposal.condition.d.check',
    justification: 'proposal.condition.d.justification',
    help: 'proposal.condition.d.help',
    citation: 'ND73/2023 Art. 5(1)(d)',
  },
};

export const DECLARATION_LABELS: Record<DeclarationKey, { text: MessageKey; short: MessageKey }> = {
  withinCompetence: { text: 'proposal.declaration.withinCompetence', short: 'proposal.declaration.withinCompetence.short' },
  noContravention: { text: 'proposal.declaration.noContravention', short: 'proposal.declaration.noContravention.short' },
  noPersonalOrGroupBenefit: {
    text: 'proposal.declaration.noPersonalOrGroupBenefit',
    short: 'proposal.declaration.noPersonalOrGroupBenefit.short',
  },
};

function record<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;
}

export function emptyPlanForm(): PlanFormValues {
  return {
    title: '',
    pilotsLegalNormativeDocument: false,
    implementerIds: [],
    contents: record(CONTENT_KEYS, () => ''),
    conditionChecks: record(CONDITION_KEYS, () => false),
    conditions: record(CONDITION_KEYS, () => ''),
    declarations: record(DECLARATION_KEYS, () => false),
    relatedPartiesMode: null,
    relatedParties: [],
  };
}

const obj = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Whatever the form, the local copy or an older version held, as complete form values: missing
 * or mistyped parts become empty, unknown parts are dropped. Never throws.
 */
export function normaliseForm(input: unknown): PlanFormValues {
  const v = obj(input);
  const contents = obj(v['contents']);
  const checks = obj(v['conditionChecks']);
  const conditions = obj(v['conditions']);
  const declarations = obj(v['declarations']);
  const mode = v['relatedPartiesMode'];
  return {
    title: str(v['title']),
    pilotsLegalNormativeDocument: v['pilotsLegalNormativeDocument'] === true,
    implementerIds: Array.isArray(v['implementerIds']) ? v['implementerIds'].filter((id): id is string => typeof id === 'string') : [],
    contents: record(CONTENT_KEYS, (k) => str(contents[k])),
    conditionChecks: record(CONDITION_KEYS, (k) => checks[k] === true),
    conditions: record(CONDITION_KEYS, (k) => str(conditions[k])),
    declarations: record(DECLARATION_KEYS, (k) => declarations[k] === true),
    relatedPartiesMode: mode === 'none' || mode === 'some' ? mode : null,
    relatedParties: Array.isArray(v['relatedParties'])
      ? v['relatedParties'].map((row) => ({ name: str(obj(row)['name']), relation: str(obj(row)['relation']) }))
      : [],
  };
}

const blank = (value: string | undefined): boolean => (value ?? '').trim() === '';

/** A related-party row both of whose boxes are filled. */
export function isCompleteParty(row: RelatedPartyRow): boolean {
  return !blank(row.name) && !blank(row.relation);
}

/**
 * The API body. The server trims and NFC-normalises every text itself; here NFC is applied so
 * what is stored locally and what is sent agree. An unticked condition sends "" (the
 * justification stays in the form); "some" related parties sends only complete rows — and
 * `null` (not declared yet) while there is none, because `[]` means the deliberate "none".
 */
export function toPlanBody(values: PlanFormValues): PlanBody {
  const nfc = (s: string | undefined) => (s ?? '').normalize('NFC');
  const complete = values.relatedParties.filter(isCompleteParty).map((r) => ({ name: nfc(r.name), relation: nfc(r.relation) }));
  const relatedParties =
    values.relatedPartiesMode === 'none' ? [] : values.relatedPartiesMode === 'some' && complete.length ? complete : null;
  return {
    title: nfc(values.title),
    pilotsLegalNormativeDocument: values.pilotsLegalNormativeDocument,
    contents: record(CONTENT_KEYS, (k) => nfc(values.contents[k])),
    conditions: record(CONDITION_KEYS, (k) => (values.conditionChecks[k] ? nfc(values.conditions[k]) : '')),
    declarations: { ...record(DECLARATION_KEYS, (k) => values.declarations[k]), relatedParties },
  };
}

/** The form values of a stored plan (GET /proposals/{id} → `plan`) and its implementers. */
export function planToForm(plan: unknown, implementerIds: readonly string[] = []): PlanFormValues {
  const p = obj(plan);
  const conditions = obj(p['conditions']);
  const declarations = obj(p['declarations']);
  const related = declarations['relatedParties'];
  const form = normaliseForm({
    title: p['title'],
    pilotsLegalNormativeDocument: p['pilotsLegalNormativeDocument'],
    implementerIds,
    contents: p['contents'],
    conditions,
    conditionChecks: record(CONDITION_KEYS, (k) => !blank(str(conditions[k]))),
    declarations,
    relatedPartiesMode: related === null || related === undefined ? null : Array.isArray(related) && related.length === 0 ? 'none' : 'some',
    relatedParties: Array.isArray(related) ? related : [],
  });
  return form;
}

/** The implementers besides the proposer, from a case's snapshot (`snapshot.parties.implementerIds`). */
export function otherImplementers(snapshot: unknown, proposerId: string | null | undefined): string[] {
  const ids = obj(obj(snapshot)['parties'])['implementerIds'];
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && id !== proposerId) : [];
}

export type FormPath = (string | number)[];

/**
 * Where a server field ("plan.contents.scope", "body.plan.declarations.relatedParties.0.name")
 * is in the form; null when the form has no such field.
 */
export function formPathOf(serverPath: string): FormPath | null {
  const parts = serverPath
    .replace(/^body\.?/, '')
    .replace(/^plan\.?/, '')
    .split('.')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const [head, second, third, fourth] = parts;
  if (head === 'title' || head === 'pilotsLegalNormativeDocument') return [head];
  if (head === 'implementerIds') return ['implementerIds'];
  if (head === 'contents' && (CONTENT_KEYS as readonly unknown[]).includes(second)) return ['contents', second as string];
  if (head === 'conditions' && (CONDITION_KEYS as readonly unknown[]).includes(second)) return ['conditions', second as string];
  if (head === 'declarations') {
    if ((DECLARATION_KEYS as readonly unknown[]).includes(second)) return ['declarations', second as string];
    if (second === 'relatedParties') {
      if (typeof third === 'number' && (fourth === 'name' || fourth === 'relation')) return ['relatedParties', third, fourth];
      return ['relatedPartiesMode'];
    }
  }
  return null;
}

/** The step that holds a form field. */
export function stepOfPath(path: FormPath): StepId {
  const head = path[0];
  if (head === 'contents') return 'sections';
  if (head === 'conditions' || head === 'conditionChecks') return 'conditions';
  if (head === 'declarations' || head === 'relatedPartiesMode' || head === 'relatedParties') return 'declarations';
  return 'general';
}

const CONDITION_BY_CITATION: Record<string, ConditionKey> = Object.fromEntries(
  CONDITION_KEYS.map((k) => [CONDITION_LABELS[k].citation, k]),
) as Record<string, ConditionKey>;

// Server problem codes (core submission.ts), not message keys: written as template literals so
// the message-key scan of messages.test.ts, which reads quoted 'proposal.…' strings, skips them.
const CONDITION_UNJUSTIFIED = `proposal.condition_unjustified`;
const PLAN_CONTENT_MISSING = `proposal.plan_content_missing`;
const FIELD_BY_CODE: Record<string, FormPath> = {
  [`proposal.out_of_scope_legal_normative_document`]: ['pilotsLegalNormativeDocument'],
  [`proposal.outside_competence`]: ['declarations', 'withinCompetence'],
  [`proposal.contravenes_higher_rules`]: ['declarations', 'noContravention'],
  [`proposal.motive_not_declared`]: ['declarations', 'noPersonalOrGroupBenefit'],
  [`proposal.related_parties_not_declared`]: ['relatedPartiesMode'],
};

export interface RefusalReason {
  code: string;
  vi: string;
  en: string;
  citation: string;
  status?: string;
  field?: string;
}

/**
 * Where a submission refusal belongs in the form. The reason's own `field` wins; the submit
 * guard currently drops it (core guards.ts), so the code — and for Art. 5(1) the citation,
 * which names the condition — places it instead. `null`: a refusal about the proposer (Art. 2)
 * or a section the caller must find by its blank value (Art. 7, one code for all fourteen).
 */
export function formPathOfReason(reason: RefusalReason): FormPath | null {
  if (reason.field) return formPathOf(reason.field);
  if (reason.code === CONDITION_UNJUSTIFIED) {
    const key = CONDITION_BY_CITATION[reason.citation];
    return key ? ['conditions', key] : null;
  }
  return FIELD_BY_CODE[reason.code] ?? null;
}

/** The step a refusal is fixed on (Art. 7 sections included), or null for the proposer's own eligibility. */
export function stepOfReason(reason: RefusalReason): StepId | null {
  const path = formPathOfReason(reason);
  if (path) return stepOfPath(path);
  if (reason.code === PLAN_CONTENT_MISSING) return 'sections';
  return null;
}

/** The name of a form field, for the checklist before submitting ("Sự cần thiết", "Điều kiện a …"). */
export function fieldLabel(path: FormPath): { key: MessageKey; params?: Record<string, string | number> } {
  const [head, second, third] = path;
  if (head === 'contents') return { key: CONTENT_LABELS[second as ContentKey].label };
  if (head === 'conditions' || head === 'conditionChecks') return { key: CONDITION_LABELS[second as ConditionKey].short };
  if (head === 'declarations') return { key: DECLARATION_LABELS[second as DeclarationKey].short };
  if (head === 'relatedPartiesMode') return { key: 'proposal.related.heading' };
  if (head === 'relatedParties') {
    return { key: third === 'relation' ? 'proposal.related.relation' : 'proposal.related.name', params: { n: Number(second) + 1 } };
  }
  if (head === 'pilotsLegalNormativeDocument') return { key: 'proposal.field.pilots' };
  if (head === 'implementerIds') return { key: 'proposal.field.implementers' };
  return { key: 'proposal.field.title' };
}
