/**
 * The procedure engine: given a definition, a case snapshot and an actor, which actions are
 * open and why the others are not. The API returns this as `allowedActions`, the UI renders
 * it, and the use case calls `assertCanFire` before appending an event — one answer for all
 * three, so no layer re-implements a rule (issue §1). It reads no clock and no database.
 */
import { DomainError } from '../errors.ts';
import { relationsToCase } from './case-snapshot.ts';
import type { CaseActor, CaseSnapshot } from './case-snapshot.ts';
import { reason } from './citations.ts';
import type { LocalizedText, RuleReason } from './citations.ts';
import type {
  ActorSpec,
  CaseRelation,
  DocumentSpec,
  InputSpec,
  ParameterValue,
  ProcedureDefinition,
  TransitionDefinition,
} from './definition-schema.ts';
import type { SystemRole } from '../authorization.ts';
import { guardRegistry } from './guards.ts';
import type { GuardContext } from './guards.ts';

export interface ActionAvailability {
  action: string;
  label: LocalizedText;
  /** The state the case moves to (the current one for actions that stay). */
  to: string;
  allowed: boolean;
  /** Every reason it is not allowed, each with its article; empty when allowed. */
  reasons: RuleReason[];
  citation: string;
  status: TransitionDefinition['status'];
  inputs: InputSpec[];
  documents: DocumentSpec[];
}

export const relationLabels: Record<CaseRelation, LocalizedText> = {
  proposer: { vi: 'người đề xuất', en: 'the proposer' },
  employingHead: { vi: 'người đứng đầu cơ quan sử dụng cán bộ', en: "the employing agency's head" },
  superiorHead: { vi: 'người đứng đầu cơ quan cấp trên', en: "the superior agency's head" },
  collectiveMember: { vi: 'thành viên tập thể lãnh đạo', en: 'a member of the leadership collective' },
  partyCommittee: { vi: 'cấp ủy cùng cấp', en: 'the same-level Party committee' },
  implementer: { vi: 'người thực hiện', en: 'an implementer' },
  personnelOfficer: { vi: 'cán bộ tổ chức', en: 'a personnel officer' },
  relatedAgency: { vi: 'cơ quan liên quan', en: 'a related agency' },
};

export const roleLabels: Record<SystemRole, LocalizedText> = {
  system_admin: { vi: 'quản trị hệ thống', en: 'system administrator' },
  org_officer: { vi: 'cán bộ tổ chức', en: 'organisation officer' },
  inspector: { vi: 'thanh tra', en: 'inspector' },
};

export function parameterValue(definition: ProcedureDefinition, name: string): ParameterValue {
  const parameter = definition.parameters[name];
  if (parameter === undefined) {
    throw new DomainError(
      'procedure.unknown_parameter',
      { vi: `Không có tham số ${name}.`, en: `No parameter ${name}.` },
      { parameter: name, procedure: definition.id },
    );
  }
  return parameter.value;
}

/** Optional ([U]) transitions switched off by a flag parameter are not offered at all. */
export function isTransitionEnabled(definition: ProcedureDefinition, transition: TransitionDefinition): boolean {
  return transition.enabledBy === undefined || parameterValue(definition, transition.enabledBy) === true;
}

function guardHolds(context: GuardContext, name: string): boolean {
  const guard = guardRegistry[name];
  return guard !== undefined && guard.check(context).length === 0;
}

function actorMatches(spec: ActorSpec, relations: Set<CaseRelation>, actor: CaseActor, context: GuardContext): boolean {
  if (spec.relation !== undefined && !relations.has(spec.relation)) return false;
  if (spec.role !== undefined && !(actor.roles ?? []).includes(spec.role)) return false;
  if (spec.relation === undefined && spec.role === undefined) return false;
  return spec.when === undefined || guardHolds({ ...context, actor: null }, spec.when);
}

function describeActors(specs: readonly ActorSpec[], context: GuardContext): LocalizedText {
  // Name only the actors whose condition holds now: "the superior agency's head", not
  // "the employing head when routed there, or…".
  const applicable = specs.filter((spec) => spec.when === undefined || guardHolds({ ...context, actor: null }, spec.when));
  const labels = applicable.map((spec) => {
    const parts = [
      spec.relation !== undefined ? relationLabels[spec.relation] : undefined,
      spec.role !== undefined ? roleLabels[spec.role] : undefined,
    ].filter((part): part is LocalizedText => part !== undefined);
    return { vi: parts.map((p) => p.vi).join(' là '), en: parts.map((p) => p.en).join(' who is ') };
  });
  return {
    vi: labels.map((l) => l.vi).join(', ') || 'không ai',
    en: labels.map((l) => l.en).join(', ') || 'nobody',
  };
}

function evaluate(
  definition: ProcedureDefinition,
  snapshot: CaseSnapshot,
  actor: CaseActor,
  transition: TransitionDefinition,
): RuleReason[] {
  const context: GuardContext = { definition, snapshot, actor };
  const relations = relationsToCase(snapshot, actor);
  const reasons: RuleReason[] = [];
  if (!transition.actors.some((spec) => actorMatches(spec, relations, actor, context))) {
    const who = describeActors(transition.actors, context);
    const citation = transition.actors.find((spec) => spec.citation !== undefined)?.citation ?? transition.citation;
    reasons.push(
      reason(
        'procedure.actor_not_authorised',
        { vi: `Chỉ ${who.vi} được thực hiện việc này.`, en: `Only ${who.en} may do this.` },
        citation,
        transition.status,
      ),
    );
  }
  for (const use of transition.guards) {
    const guard = guardRegistry[use.guard];
    if (guard === undefined) {
      // Unreachable for a loaded definition; kept so a hand-built one fails closed.
      reasons.push(
        reason(
          'procedure.unknown_guard',
          { vi: `Điều kiện không xác định: ${use.guard}.`, en: `Unknown guard: ${use.guard}.` },
          use.citation,
          use.status,
        ),
      );
      continue;
    }
    for (const failure of guard.check(context)) {
      reasons.push(reason(failure.code, failure, failure.citation ?? use.citation, failure.status ?? use.status, failure.field));
    }
  }
  return reasons;
}

function transitionsFrom(definition: ProcedureDefinition, state: string): TransitionDefinition[] {
  return definition.transitions.filter((t) => t.from.includes(state) && isTransitionEnabled(definition, t));
}

/**
 * Every enabled transition defined from the case's current state, allowed or not, with all
 * the reasons it is not. A terminal (or unknown) state yields an empty list.
 */
export function allowedActions(definition: ProcedureDefinition, snapshot: CaseSnapshot, actor: CaseActor): ActionAvailability[] {
  return transitionsFrom(definition, snapshot.state).map((transition) => {
    const reasons = evaluate(definition, snapshot, actor, transition);
    return {
      action: transition.id,
      label: transition.label,
      to: transition.to ?? snapshot.state,
      allowed: reasons.length === 0,
      reasons,
      citation: transition.citation,
      status: transition.status,
      inputs: transition.inputs,
      documents: transition.documents,
    };
  });
}

function findTransition(definition: ProcedureDefinition, action: string): TransitionDefinition {
  const transition = definition.transitions.find((t) => t.id === action);
  if (transition === undefined) {
    throw new DomainError(
      'procedure.unknown_action',
      { vi: `Quy trình không có thao tác "${action}".`, en: `The procedure has no action "${action}".` },
      { action, procedure: definition.id, version: definition.version },
    );
  }
  return transition;
}

function requireAvailable(definition: ProcedureDefinition, state: string, transition: TransitionDefinition): void {
  if (!isTransitionEnabled(definition, transition)) {
    throw new DomainError(
      'procedure.action_disabled',
      {
        vi: `Thao tác "${transition.label.vi}" không áp dụng trong quy trình này.`,
        en: `"${transition.label.en}" is switched off in this procedure.`,
      },
      { action: transition.id, citation: transition.citation, parameter: transition.enabledBy },
    );
  }
  if (!transition.from.includes(state)) {
    const stateLabel = definition.states.find((s) => s.id === state)?.label ?? { vi: state, en: state };
    throw new DomainError(
      'procedure.action_not_available',
      {
        vi: `Không thể "${transition.label.vi}" khi hồ sơ ở trạng thái "${stateLabel.vi}".`,
        en: `Cannot "${transition.label.en}" while the case is "${stateLabel.en}".`,
      },
      { action: transition.id, state, citation: transition.citation },
    );
  }
}

/**
 * Throws the first reason the actor may not fire `action` now (code = the reason's code,
 * details = its citation and every other reason); returns the transition otherwise.
 */
export function assertCanFire(
  definition: ProcedureDefinition,
  snapshot: CaseSnapshot,
  actor: CaseActor,
  action: string,
): TransitionDefinition {
  const transition = findTransition(definition, action);
  requireAvailable(definition, snapshot.state, transition);
  const reasons = evaluate(definition, snapshot, actor, transition);
  const first = reasons[0];
  if (first !== undefined) {
    throw new DomainError(first.code, { vi: first.vi, en: first.en }, { citation: first.citation, status: first.status, action, reasons });
  }
  return transition;
}

/** The state after `action` from `state` (unchanged for actions that stay). */
export function nextState(definition: ProcedureDefinition, state: string, action: string): string {
  const transition = findTransition(definition, action);
  requireAvailable(definition, state, transition);
  return transition.to ?? state;
}
