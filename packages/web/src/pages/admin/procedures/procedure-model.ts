/**
 * What the procedure page shows, computed from a definition as data: the diagram's input, the
 * rows of the transitions and timers tables. Pure (procedure-model.test.ts).
 */
import {
  guardRegistry,
  isTransitionEnabled,
  procedureDefinitionSchema,
  relationLabels,
  roleLabels,
  type ActorSpec,
  type ParameterDefinition,
  type ProcedureDefinition,
  type RuleStatus,
  type TimerParty,
} from '@khien/core/procedure';
import type { DiagramInput } from './procedure-diagram.ts';

export interface Text {
  vi: string;
  en: string;
}
type Pick = (text: Text) => string;

/** The definition the API returned, checked against core's schema (null when it does not fit). */
export function parseDefinition(raw: unknown): ProcedureDefinition | null {
  const parsed = procedureDefinitionSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function diagramInputOf(definition: ProcedureDefinition, pick: Pick): DiagramInput {
  return {
    initialState: definition.initialState,
    states: definition.states.map((s) => ({ id: s.id, label: pick(s.label), terminal: s.terminal })),
    transitions: definition.transitions.map((t) => ({
      id: t.id,
      label: pick(t.label),
      from: t.from,
      to: t.to,
      configurable: t.status === 'configurable',
      enabled: isTransitionEnabled(definition, t),
    })),
  };
}

const headAbove: Text = { vi: 'người đứng đầu cơ quan trên cơ quan cấp trên', en: 'the head one level above the superior agency' };

function guardText(name: string): Text {
  return guardRegistry[name]?.description ?? { vi: name, en: name };
}

/** "người đứng đầu cơ quan sử dụng cán bộ (khi: Trình người đứng đầu cơ quan sử dụng cán bộ)". */
export function actorText(actor: ActorSpec): Text {
  const parts = [actor.relation ? relationLabels[actor.relation] : null, actor.role ? roleLabels[actor.role] : null].filter(
    (p): p is Text => p !== null,
  );
  const who: Text = { vi: parts.map((p) => p.vi).join(' là '), en: parts.map((p) => p.en).join(' who is ') };
  if (!actor.when) return who;
  const when = guardText(actor.when);
  return { vi: `${who.vi} (khi: ${lowerFirst(when.vi)})`, en: `${who.en} (when: ${lowerFirst(when.en)})` };
}

export function partyText(party: TimerParty): Text {
  const who = party.relation === 'headAboveSuperiorAgency' ? headAbove : relationLabels[party.relation];
  if (!party.when) return who;
  const when = guardText(party.when);
  return { vi: `${who.vi} (khi: ${lowerFirst(when.vi)})`, en: `${who.en} (when: ${lowerFirst(when.en)})` };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export interface TransitionRow {
  key: string;
  id: string;
  label: Text;
  from: Text[];
  /** `null`: stays in its state. */
  to: Text | null;
  actors: Text[];
  guards: { text: Text; citation: string; status: RuleStatus }[];
  documents: Text[];
  citation: string;
  status: RuleStatus;
  enabled: boolean;
  /** The flag parameter that switches it, with its label. */
  enabledBy: { name: string; label: Text } | null;
}

export function transitionRows(definition: ProcedureDefinition): TransitionRow[] {
  const stateLabel = new Map(definition.states.map((s) => [s.id, s.label]));
  const label = (id: string): Text => stateLabel.get(id) ?? { vi: id, en: id };
  return definition.transitions.map((t) => ({
    key: t.id,
    id: t.id,
    label: t.label,
    from: t.from.map(label),
    to: t.to === null ? null : label(t.to),
    actors: t.actors.map(actorText),
    guards: t.guards.map((g) => ({ text: guardText(g.guard), citation: g.citation, status: g.status })),
    documents: t.documents.filter((d) => d.required).map((d) => d.label),
    citation: t.citation,
    status: t.status,
    enabled: isTransitionEnabled(definition, t),
    enabledBy: t.enabledBy
      ? { name: t.enabledBy, label: definition.parameters[t.enabledBy]?.label ?? { vi: t.enabledBy, en: t.enabledBy } }
      : null,
  }));
}

export interface TimerRow {
  key: string;
  label: Text;
  parameter: string;
  parameterLabel: Text;
  value: ParameterDefinition['value'];
  unit: ParameterDefinition['unit'];
  startsOn: Text[];
  holders: Text[];
  escalateTo: Text[];
  remindersBefore: number[];
  citation: string;
  status: RuleStatus;
}

export function timerRows(definition: ProcedureDefinition): TimerRow[] {
  const transitionLabel = new Map(definition.transitions.map((t) => [t.id, t.label]));
  return definition.timers.map((timer) => {
    const parameter = definition.parameters[timer.duration.parameter];
    return {
      key: timer.id,
      label: timer.label,
      parameter: timer.duration.parameter,
      parameterLabel: parameter?.label ?? { vi: timer.duration.parameter, en: timer.duration.parameter },
      value: parameter?.value ?? null,
      unit: parameter?.unit ?? 'workingDays',
      startsOn: timer.start.events.map((e) => transitionLabel.get(e) ?? { vi: e, en: e }),
      holders: timer.holder.map(partyText),
      escalateTo: timer.escalateTo.map(partyText),
      remindersBefore: timer.remindersBefore,
      citation: timer.citation,
      status: timer.status,
    };
  });
}

export interface ParameterRow extends ParameterDefinition {
  key: string;
}

const UNIT_ORDER: readonly ParameterDefinition['unit'][] = ['workingDays', 'calendarDays', 'months', 'choice', 'flag'];

/**
 * Parameters grouped by kind (time limits, then choices, then switches), in definition order
 * within a group — a stored variant's object keys come back in the database's order, not the
 * author's. With `configurableFirst`, the [U] ones come before the [C] ones.
 */
export function parameterRows(definition: ProcedureDefinition, configurableFirst = false): ParameterRow[] {
  const rank = (r: ParameterRow) => (configurableFirst && r.status !== 'configurable' ? 10 : 0) + UNIT_ORDER.indexOf(r.unit);
  return Object.entries(definition.parameters)
    .map(([key, p]) => ({ key, ...p }))
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .map(({ row }) => row);
}

/** The parameters a local variant may change. */
export function configurableParameters(definition: ProcedureDefinition): ParameterRow[] {
  return parameterRows(definition).filter((p) => p.status === 'configurable');
}
