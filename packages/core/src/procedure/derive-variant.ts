/**
 * Local variants: an agency adopts a profile with its own values for configurable
 * parameters (e.g. a provincial regulation's limit for wide-scope proposals), and the legal
 * basis of the change is recorded on the variant and on each overridden parameter. A rule
 * the decree itself fixes ([C], `confirmed`) cannot be changed locally: the refusal names
 * the article that fixes it.
 */
import { DomainError } from '../errors.ts';
import type { LegalBasis, ParameterValue, ProcedureDefinition } from './definition-schema.ts';
import { loadProcedure } from './validate-definition.ts';

export interface VariantSpec {
  id: string;
  version: number;
  parameterOverrides: Readonly<Record<string, ParameterValue>>;
  /** The local act that sets the new values, e.g. a provincial People's Committee decision. */
  legalBasis: LegalBasis;
  title?: ProcedureDefinition['title'];
}

export interface VariantProblem {
  code: 'parameter_not_configurable' | 'unknown_parameter' | 'same_identity';
  parameter?: string;
  citation?: string;
  message: string;
}

export function deriveVariant(base: ProcedureDefinition, spec: VariantSpec): ProcedureDefinition {
  const problems: VariantProblem[] = [];
  if (spec.id === base.id && spec.version === base.version) {
    problems.push({ code: 'same_identity', message: `a variant needs its own id or version, not ${base.id}@${base.version}` });
  }
  const parameters = { ...base.parameters };
  for (const [name, value] of Object.entries(spec.parameterOverrides)) {
    const parameter = base.parameters[name];
    if (parameter === undefined) {
      problems.push({ code: 'unknown_parameter', parameter: name, message: `unknown parameter "${name}"` });
      continue;
    }
    if (parameter.status === 'confirmed') {
      problems.push({
        code: 'parameter_not_configurable',
        parameter: name,
        citation: parameter.citation,
        message: `"${name}" is fixed by ${parameter.citation} and cannot be changed by a local variant`,
      });
      continue;
    }
    parameters[name] = {
      ...parameter,
      value,
      overriddenBy: { citation: spec.legalBasis.citation, previousValue: parameter.value },
    };
  }

  const refused = problems.find((p) => p.code === 'parameter_not_configurable');
  if (problems.length > 0) {
    throw new DomainError(
      refused !== undefined ? 'procedure.parameter_not_configurable' : 'procedure.invalid_variant',
      refused !== undefined
        ? {
            vi: `Tham số "${refused.parameter}" do ${refused.citation} quy định, không được điều chỉnh tại địa phương.`,
            en: `Parameter "${refused.parameter}" is fixed by ${refused.citation} and cannot be changed locally.`,
          }
        : { vi: 'Phương án địa phương không hợp lệ.', en: 'Invalid local variant.' },
      { citation: refused?.citation, problems },
    );
  }

  // Re-validate the whole result: a new value can break a definition (a reminder no longer
  // before its limit, a choice outside its allowed values).
  return loadProcedure({
    ...base,
    id: spec.id,
    version: spec.version,
    title: spec.title ?? base.title,
    legalBasis: [...base.legalBasis, spec.legalBasis],
    derivedFrom: { id: base.id, version: base.version },
    parameters,
  });
}
