/**
 * The local-variant form as pure functions (variant-form.test.ts): form values ⇄ the body of
 * `POST /api/v1/procedures/variants`, the checks that mirror the server (adopt-procedure-variant.ts
 * and core's deriveVariant), and the server's refusals put back on the fields they are about.
 */
import { cleanText, foldForSearch } from '@khien/core/text';
import { deriveVariant, type ParameterDefinition, type ParameterValue, type ProcedureDefinition } from '@khien/core/procedure';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { Check } from '../../../validation/forms.ts';
import { configurableParameters, type Text } from './procedure-model.ts';

/** The form's values; `issuedOn` as "YYYY-MM-DD" (the page converts the date picker's value). */
export interface VariantFormValues {
  organisationId?: string | null;
  id?: string;
  version?: number | null;
  parameters?: Record<string, ParameterValue | undefined>;
  legal?: {
    /** Kind, number and symbol: "Quyết định số 15/2026/QĐ-UBND". */
    document?: string;
    issuedOn?: string | null;
    /** "Ủy ban nhân dân tỉnh Hòa Sơn". */
    issuer?: string;
    /** Trích yếu: "về việc quy định thời hạn …". */
    summary?: string;
    summaryEn?: string;
  };
}

export interface VariantRequest {
  baseId: string;
  baseVersion: number;
  id: string;
  version: number;
  organisationId: string;
  parameterOverrides: Record<string, ParameterValue>;
  legalBasis: { citation: string; title: { vi: string; en: string } };
}

export type FieldName = (string | number)[];

export interface FieldProblem {
  name: FieldName;
  key: MessageKey;
  params?: Record<string, string | number>;
}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const LIMITS = { id: 60, citation: 200, title: 500 } as const;

const text = (value: unknown): string => (typeof value === 'string' ? cleanText(value) : '');

/** The values the form starts with: the base's current value of every configurable parameter. */
export function initialVariantValues(base: ProcedureDefinition): VariantFormValues {
  return {
    organisationId: null,
    id: '',
    version: 1,
    parameters: Object.fromEntries(configurableParameters(base).map((p) => [p.key, p.value])),
    legal: { document: '', issuedOn: null, issuer: '', summary: '', summaryEn: '' },
  };
}

/** "nd73-2023" + organisation code "HS-SKHCN" → "nd73-2023-hs-skhcn" (kebab-case, ≤ 60). */
export function suggestVariantId(baseId: string, organisationCode: string): string {
  const slug = foldForSearch(organisationCode)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const id = slug ? `${baseId}-${slug}` : baseId;
  return id.slice(0, LIMITS.id).replace(/-+$/g, '');
}

/** 15 March 2026 → "15/3/2026", the way citations in the definitions write dates. */
export function citationDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}

/** The legal basis recorded on the variant: citation "Quyết định số 15/2026/QĐ-UBND (15/3/2026)". */
export function legalBasisFrom(legal: VariantFormValues['legal']): VariantRequest['legalBasis'] {
  const document = text(legal?.document);
  const issuedOn = legal?.issuedOn ? citationDate(legal.issuedOn) : '';
  const issuer = text(legal?.issuer);
  const summary = text(legal?.summary);
  const summaryEn = text(legal?.summaryEn);
  const vi = [document, issuedOn && `ngày ${issuedOn}`, issuer && `của ${issuer}`, summary].filter(Boolean).join(' ');
  const en = summaryEn ? [document, issuedOn && `of ${issuedOn}`, issuer && `(${issuer})`, summaryEn].filter(Boolean).join(' ') : vi;
  return { citation: issuedOn ? `${document} (${issuedOn})` : document, title: { vi, en } };
}

function sameValue(a: ParameterValue | undefined, b: ParameterValue): boolean {
  return (a ?? null) === b;
}

/** Only the configurable parameters whose value the user changed. */
export function changedParameters(base: ProcedureDefinition, values: VariantFormValues['parameters']): Record<string, ParameterValue> {
  const changed: Record<string, ParameterValue> = {};
  for (const parameter of configurableParameters(base)) {
    if (!values || !(parameter.key in values)) continue;
    const value = values[parameter.key];
    if (value === undefined) continue;
    if (!sameValue(value, parameter.value)) changed[parameter.key] = value;
  }
  return changed;
}

export function variantRequestFrom(base: ProcedureDefinition, values: VariantFormValues): VariantRequest {
  return {
    baseId: base.id,
    baseVersion: base.version,
    id: text(values.id),
    version: values.version ?? 1,
    organisationId: values.organisationId ?? '',
    parameterOverrides: changedParameters(base, values.parameters),
    legalBasis: legalBasisFrom(values.legal),
  };
}

// ---- single-field checks (antd rules via ruleFrom) ----

export const validateVariantId: Check = (value) => {
  const clean = text(value);
  if (clean === '') return 'procedure.validation.id_required';
  if (clean.length > LIMITS.id || !ID_PATTERN.test(clean)) return 'procedure.validation.id_format';
  return null;
};

export const validateVariantVersion: Check = (value) =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? null : 'procedure.validation.version_format';

export const validateOrganisation: Check = (value) =>
  typeof value === 'string' && value !== '' ? null : 'procedure.validation.organisation_required';

export function validateParameterValue(parameter: Pick<ParameterDefinition, 'unit' | 'allowed' | 'status'>): Check {
  return (value) => {
    switch (parameter.unit) {
      case 'workingDays':
      case 'calendarDays':
      case 'months':
        if (value === null || value === undefined) return parameter.status === 'configurable' ? null : 'procedure.validation.days_required';
        return typeof value === 'number' && Number.isInteger(value) && value > 0 ? null : 'procedure.validation.days_format';
      case 'flag':
        return typeof value === 'boolean' ? null : 'procedure.validation.flag_required';
      case 'choice':
        return typeof value === 'string' && (parameter.allowed ?? []).includes(value) ? null : 'procedure.validation.choice_required';
    }
  };
}

export const validateLegalDocument: Check = (value) => {
  const clean = text(value);
  if (clean === '') return 'procedure.validation.document_required';
  // The citation adds " (dd/mm/yyyy)" to the document: up to 13 characters.
  return clean.length > LIMITS.citation - 13 ? 'validation.too_long' : null;
};

export const validateIssuedOn: Check = (value) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'procedure.validation.issued_on_required';

export const validateIssuer: Check = (value) => {
  const clean = text(value);
  if (clean === '') return 'procedure.validation.issuer_required';
  return clean.length > 200 ? 'validation.too_long' : null;
};

export const validateSummary: Check = (value) => {
  const clean = text(value);
  if (clean === '') return 'procedure.validation.summary_required';
  return clean.length > 250 ? 'validation.too_long' : null;
};

export const validateSummaryEn: Check = (value) => (text(value).length > 250 ? 'validation.too_long' : null);

// ---- the whole form ----

export interface ExistingProcedure {
  id: string;
  version: number;
}

/**
 * Every problem the form has, on the field it is about (an empty list: ready to send). Besides
 * the field checks: at least one parameter changed, id@version still free, and the variant as a
 * whole valid for core (a shorter limit can leave a reminder after its deadline).
 */
export function validateVariantForm(
  base: ProcedureDefinition,
  values: VariantFormValues,
  existing: readonly ExistingProcedure[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (name: FieldName, key: MessageKey | null, params?: FieldProblem['params']) => {
    if (key) problems.push(params ? { name, key, params } : { name, key });
  };
  add(['organisationId'], validateOrganisation(values.organisationId));
  add(['id'], validateVariantId(values.id));
  add(['version'], validateVariantVersion(values.version));
  for (const parameter of configurableParameters(base)) {
    const value = values.parameters?.[parameter.key];
    if (value !== undefined) add(['parameters', parameter.key], validateParameterValue(parameter)(value));
  }
  add(['legal', 'document'], validateLegalDocument(values.legal?.document));
  add(['legal', 'issuedOn'], validateIssuedOn(values.legal?.issuedOn));
  add(['legal', 'issuer'], validateIssuer(values.legal?.issuer));
  add(['legal', 'summary'], validateSummary(values.legal?.summary));
  add(['legal', 'summaryEn'], validateSummaryEn(values.legal?.summaryEn));
  if (problems.length > 0) return problems;

  const request = variantRequestFrom(base, values);
  if (existing.some((p) => p.id === request.id && p.version === request.version)) {
    add(['id'], 'procedure.validation.id_taken', { id: `${request.id}@${request.version}` });
  }
  if (Object.keys(request.parameterOverrides).length === 0) add(['parameters'], 'procedure.validation.nothing_changed');
  if (problems.length > 0) return problems;

  try {
    deriveVariant(base, {
      id: request.id,
      version: request.version,
      parameterOverrides: request.parameterOverrides,
      legalBasis: request.legalBasis,
    });
  } catch (error) {
    const details = (error as { details?: unknown }).details;
    for (const field of fieldsOfDefinitionProblems(base, details))
      add(field.name, 'procedure.validation.definition_problem', { detail: field.detail });
    if (problems.length === 0) add(['parameters'], 'procedure.validation.definition_problem', { detail: (error as Error).message });
  }
  return problems;
}

// ---- the server's refusals ----

/** Which form field an API path ("body.legalBasis.title.vi") is about. */
export function fieldOfPath(path: string): FieldName | null {
  const parts = path
    .replace(/^body\.?/, '')
    .split('.')
    .filter(Boolean);
  const [head, ...rest] = parts;
  switch (head) {
    case 'id':
    case 'version':
    case 'organisationId':
      return [head];
    case 'parameterOverrides':
      return rest[0] ? ['parameters', rest[0]] : ['parameters'];
    case 'legalBasis':
      if (rest[0] === 'citation') return ['legal', 'document'];
      if (rest[0] === 'title') return rest[1] === 'en' ? ['legal', 'summaryEn'] : ['legal', 'summary'];
      return ['legal', 'document'];
    default:
      return null;
  }
}

/**
 * The parameter a core definition problem is about: `details.problems` of
 * procedure.parameter_not_configurable / invalid_variant name it; invalid_definition gives a path
 * like "timers[2] (wideScopeDecision).remindersBefore[0]", whose timer counts that parameter.
 */
export function fieldsOfDefinitionProblems(base: ProcedureDefinition, details: unknown): { name: FieldName; detail: string }[] {
  const list = (details as { problems?: unknown } | undefined)?.problems;
  if (!Array.isArray(list)) return [];
  const out: { name: FieldName; detail: string }[] = [];
  for (const item of list as { parameter?: unknown; path?: unknown; message?: unknown }[]) {
    const detail = typeof item.message === 'string' ? item.message : '';
    if (typeof item.parameter === 'string') {
      out.push({ name: ['parameters', item.parameter], detail });
      continue;
    }
    const path = typeof item.path === 'string' ? item.path : '';
    const timer = /^timers\[(\d+)\]/.exec(path);
    const parameter = timer ? base.timers[Number(timer[1])]?.duration.parameter : /^parameters\.(\w+)/.exec(path)?.[1];
    out.push({ name: parameter ? ['parameters', parameter] : ['parameters'], detail });
  }
  return out;
}

export interface ServerProblem {
  code: string;
  messages: Text;
  errors?: { path: string; message: string }[];
  details?: Record<string, unknown>;
}

/**
 * The fields a refusal of POST /procedures/variants is about, each with this screen's text for
 * the refusal's code (the notification beside it shows the server's own words). Empty when no
 * field fits.
 */
export function fieldsOfVariantProblem(base: ProcedureDefinition, problem: ServerProblem | null): FieldProblem[] {
  if (!problem) return [];
  switch (problem.code) {
    case 'procedure.already_exists':
      return [{ name: ['id'], key: 'procedure.already_exists' }];
    case 'organisation.not_found':
    case 'auth.forbidden':
      return [{ name: ['organisationId'], key: 'procedure.variant.organisation_refused' }];
    case 'procedure.parameter_not_configurable':
    case 'procedure.invalid_variant':
    case 'procedure.invalid_definition': {
      const seen = new Set<string>();
      return fieldsOfDefinitionProblems(base, problem.details)
        .filter((f) => {
          const key = f.name.join('.');
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .map((f): FieldProblem => {
          if (problem.code === 'procedure.parameter_not_configurable') return { name: f.name, key: 'procedure.parameter_not_configurable' };
          if (problem.code === 'procedure.invalid_variant') return { name: f.name, key: 'procedure.invalid_variant' };
          return { name: f.name, key: 'procedure.invalid_definition', params: { detail: f.detail } };
        });
    }
  }
  return (problem.errors ?? []).flatMap((e) => {
    const name = fieldOfPath(e.path);
    return name ? [{ name, key: 'procedure.validation.server_refused' as const, params: { detail: e.message } }] : [];
  });
}
