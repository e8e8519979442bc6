/**
 * Load-time validation of a procedure definition. A broken definition must never reach a
 * case: every problem is found and listed at once (not the first one), so whoever edits a
 * local variant can fix them all in one pass.
 */
import { DomainError } from '../errors.ts';
import { procedureDefinitionSchema } from './definition-schema.ts';
import type { ProcedureDefinition } from './definition-schema.ts';
import { guardRegistry } from './guards.ts';

export type DefinitionProblemCode =
  | 'schema'
  | 'duplicate_id'
  | 'unknown_state'
  | 'unreachable_state'
  | 'dead_end_state'
  | 'terminal_state_has_transitions'
  | 'read_only_state_not_terminal'
  | 'transition_without_actors'
  | 'unknown_guard'
  | 'guard_needs_actor'
  | 'timer_without_start_event'
  | 'timer_without_holder'
  | 'unknown_event'
  | 'unknown_parameter'
  | 'parameter_unit_mismatch'
  | 'invalid_parameter_value'
  | 'reminder_out_of_range';

export interface DefinitionProblem {
  code: DefinitionProblemCode;
  /** Where in the definition, e.g. `transitions[3].guards[0]`. */
  path: string;
  message: string;
}

const dayUnits = new Set(['workingDays', 'calendarDays']);

function checkParameters(definition: ProcedureDefinition, problems: DefinitionProblem[]): void {
  for (const [name, parameter] of Object.entries(definition.parameters)) {
    const path = `parameters.${name}`;
    const { value, unit } = parameter;
    const bad = (message: string) => problems.push({ code: 'invalid_parameter_value', path, message });
    if (unit === 'workingDays' || unit === 'calendarDays' || unit === 'months') {
      // `null` switches a timer off; only a configurable parameter may be left without a value.
      const valid =
        (value === null && parameter.status === 'configurable') || (typeof value === 'number' && Number.isInteger(value) && value > 0);
      if (!valid) bad(`${name} must be a positive whole number of ${unit}${parameter.status === 'configurable' ? ' or null' : ''}`);
    } else if (unit === 'flag') {
      if (typeof value !== 'boolean') bad(`${name} must be true or false`);
    } else if (unit === 'choice') {
      if (parameter.allowed === undefined || parameter.allowed.length === 0) bad(`${name} must list its allowed values`);
      else if (typeof value !== 'string' || !parameter.allowed.includes(value)) {
        bad(`${name} must be one of ${parameter.allowed.join(', ')}`);
      }
    }
  }
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

/** Every semantic problem of a schema-valid definition; empty = valid. */
export function findDefinitionProblems(definition: ProcedureDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (code: DefinitionProblemCode, path: string, message: string) => problems.push({ code, path, message });

  for (const [kind, ids] of [
    ['state', definition.states.map((s) => s.id)],
    ['transition', definition.transitions.map((t) => t.id)],
    ['timer', definition.timers.map((t) => t.id)],
  ] as const) {
    for (const id of duplicates(ids)) add('duplicate_id', `${kind}s`, `duplicate ${kind} id "${id}"`);
  }

  const states = new Map(definition.states.map((s) => [s.id, s]));
  const transitionIds = new Set(definition.transitions.map((t) => t.id));
  const knownState = (id: string, path: string) => {
    if (!states.has(id)) add('unknown_state', path, `unknown state "${id}"`);
  };
  const knownGuard = (name: string, path: string, withoutActor: boolean) => {
    const guard = guardRegistry[name];
    if (guard === undefined) add('unknown_guard', path, `unknown guard "${name}"`);
    else if (withoutActor && guard.needsActor) {
      add('guard_needs_actor', path, `guard "${name}" depends on the actor and cannot be used here`);
    }
  };
  const knownEvent = (event: string, path: string) => {
    if (!transitionIds.has(event)) add('unknown_event', path, `unknown event "${event}" (not a transition id)`);
  };
  const parameterOfUnit = (name: string, path: string, units: ReadonlySet<string>) => {
    const parameter = definition.parameters[name];
    if (parameter === undefined) add('unknown_parameter', path, `unknown parameter "${name}"`);
    else if (!units.has(parameter.unit)) {
      add('parameter_unit_mismatch', path, `parameter "${name}" is in ${parameter.unit}, expected ${[...units].join(' or ')}`);
    }
    return parameter;
  };

  knownState(definition.initialState, 'initialState');

  definition.transitions.forEach((transition, index) => {
    const path = `transitions[${index}] (${transition.id})`;
    transition.from.forEach((from, i) => knownState(from, `${path}.from[${i}]`));
    if (transition.from.length === 0) add('unknown_state', `${path}.from`, 'a transition must leave from at least one state');
    if (transition.to !== null) knownState(transition.to, `${path}.to`);
    const hasActor = transition.actors.some((actor) => actor.relation !== undefined || actor.role !== undefined);
    if (!hasActor) add('transition_without_actors', `${path}.actors`, `transition "${transition.id}" names nobody who may fire it`);
    transition.actors.forEach((actor, i) => {
      if (actor.relation === undefined && actor.role === undefined) {
        add('transition_without_actors', `${path}.actors[${i}]`, 'an actor needs a relation or a role');
      }
      if (actor.when !== undefined) knownGuard(actor.when, `${path}.actors[${i}].when`, true);
    });
    transition.guards.forEach((use, i) => knownGuard(use.guard, `${path}.guards[${i}]`, false));
    if (transition.enabledBy !== undefined) parameterOfUnit(transition.enabledBy, `${path}.enabledBy`, new Set(['flag']));
    for (const from of transition.from) {
      if (states.get(from)?.terminal === true) {
        add('terminal_state_has_transitions', `${path}.from`, `terminal state "${from}" has outgoing transition "${transition.id}"`);
      }
    }
  });

  for (const state of definition.states) {
    if (state.readOnly && !state.terminal) {
      add('read_only_state_not_terminal', `states.${state.id}`, `read-only state "${state.id}" must be terminal`);
    }
    if (!state.terminal && !definition.transitions.some((t) => t.from.includes(state.id) && t.to !== null && t.to !== state.id)) {
      add('dead_end_state', `states.${state.id}`, `non-terminal state "${state.id}" has no transition out of it`);
    }
  }

  // Reachability over the transition graph from the initial state.
  const reached = new Set<string>();
  const queue = states.has(definition.initialState) ? [definition.initialState] : [];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    if (reached.has(current)) continue;
    reached.add(current);
    for (const transition of definition.transitions) {
      if (transition.from.includes(current) && transition.to !== null && !reached.has(transition.to)) {
        queue.push(transition.to);
      }
    }
  }
  for (const state of definition.states) {
    if (!reached.has(state.id))
      add('unreachable_state', `states.${state.id}`, `state "${state.id}" cannot be reached from "${definition.initialState}"`);
  }

  definition.timers.forEach((timer, index) => {
    const path = `timers[${index}] (${timer.id})`;
    if (timer.start.events.length === 0) add('timer_without_start_event', `${path}.start`, `timer "${timer.id}" has no start event`);
    timer.start.events.forEach((event, i) => knownEvent(event, `${path}.start.events[${i}]`));
    timer.stop.events.forEach((event, i) => knownEvent(event, `${path}.stop.events[${i}]`));
    if (timer.start.anchor.kind === 'event') knownEvent(timer.start.anchor.event, `${path}.start.anchor`);
    timer.when.forEach((name, i) => knownGuard(name, `${path}.when[${i}]`, true));
    if (timer.holder.length === 0) add('timer_without_holder', `${path}.holder`, `timer "${timer.id}" has nobody holding it`);
    [...timer.holder, ...timer.escalateTo].forEach((party, i) => {
      if (party.when !== undefined) knownGuard(party.when, `${path}.parties[${i}].when`, true);
    });
    const parameter = parameterOfUnit(timer.duration.parameter, `${path}.duration`, dayUnits);
    if (parameter !== undefined && typeof parameter.value === 'number') {
      const limit = parameter.value;
      timer.remindersBefore.forEach((offset, i) => {
        if (offset >= limit) {
          add('reminder_out_of_range', `${path}.remindersBefore[${i}]`, `reminder ${offset} is not before a limit of ${limit}`);
        }
      });
    }
  });

  const usedGuards = new Set([
    ...definition.transitions.flatMap((t) => [...t.guards.map((g) => g.guard), ...t.actors.flatMap((a) => (a.when ? [a.when] : []))]),
    ...definition.timers.flatMap((t) => [...t.when, ...[...t.holder, ...t.escalateTo].flatMap((p) => (p.when ? [p.when] : []))]),
  ]);
  for (const name of usedGuards) {
    for (const parameter of guardRegistry[name]?.parameters ?? []) {
      if (definition.parameters[parameter] === undefined) {
        add('unknown_parameter', `guards.${name}`, `guard "${name}" needs parameter "${parameter}"`);
      }
    }
  }

  checkParameters(definition, problems);
  return problems;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Shape and meaning problems of any value claiming to be a definition. */
export function validateDefinition(raw: unknown): DefinitionProblem[] {
  const parsed = procedureDefinitionSchema.safeParse(raw);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      code: 'schema' as const,
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
  }
  return findDefinitionProblems(parsed.data);
}

/**
 * Parse and validate a definition; throws `procedure.invalid_definition` listing every
 * problem. The result is frozen: cases hold on to it for their whole life.
 */
export function loadProcedure(raw: unknown): ProcedureDefinition {
  const parsed = procedureDefinitionSchema.safeParse(raw);
  const problems = parsed.success ? findDefinitionProblems(parsed.data) : validateDefinition(raw);
  if (!parsed.success || problems.length > 0) {
    throw new DomainError(
      'procedure.invalid_definition',
      {
        vi: `Định nghĩa quy trình không hợp lệ (${problems.length} lỗi).`,
        en: `Invalid procedure definition (${problems.length} problems).`,
      },
      { problems },
    );
  }
  return deepFreeze(parsed.data);
}
