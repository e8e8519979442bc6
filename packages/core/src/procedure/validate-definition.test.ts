import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDomainError } from '../errors.ts';
import type { ProcedureDefinition } from './definition-schema.ts';
import { nd73Definition } from './profile-nd73-2023.ts';
import { loadProcedure, validateDefinition } from './validate-definition.ts';
import type { DefinitionProblem } from './validate-definition.ts';

function broken(mutate: (d: ProcedureDefinition) => void): ProcedureDefinition {
  const copy = structuredClone(nd73Definition) as ProcedureDefinition;
  mutate(copy);
  return copy;
}

function problems(definition: unknown): DefinitionProblem[] {
  return validateDefinition(definition);
}

function transition(d: ProcedureDefinition, id: string) {
  const found = d.transitions.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no transition ${id}`);
  return found;
}

function timer(d: ProcedureDefinition, id: string) {
  const found = d.timers.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no timer ${id}`);
  return found;
}

function codes(list: DefinitionProblem[]): string[] {
  return [...new Set(list.map((p) => p.code))].sort();
}

describe('load-time validation of procedure definitions', () => {
  test('the built-in nd73-2023 definition has no problem', () => {
    assert.deepEqual(problems(nd73Definition), []);
  });

  test('an unreachable state is a load error', () => {
    const d = broken((d) => d.states.push({ id: 'orphan', label: { vi: 'Mồ côi', en: 'Orphan' }, terminal: true, readOnly: true }));
    assert.deepEqual(codes(problems(d)), ['unreachable_state']);
    assert.match(problems(d)[0]?.message ?? '', /orphan/u);
  });

  test('a transition without actors is a load error', () => {
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            transition(d, 'submit').actors = [];
          }),
        ),
      ),
      ['transition_without_actors'],
    );
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            transition(d, 'submit').actors = [{ when: 'ordinaryTrack' }];
          }),
        ),
      ),
      ['transition_without_actors'],
    );
  });

  test('a timer without a start event is a load error', () => {
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            timer(d, 'evaluation').start.events = [];
          }),
        ),
      ),
      ['timer_without_start_event'],
    );
  });

  test('an unknown guard name is a load error, wherever it is used', () => {
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            transition(d, 'decideApproval').guards.push({ guard: 'votePased', citation: 'x', status: 'confirmed' });
          }),
        ),
      ),
      ['unknown_guard'],
    );
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            transition(d, 'close').actors = [{ relation: 'employingHead', when: 'headIsHappy' }];
          }),
        ),
      ),
      ['unknown_guard'],
    );
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            timer(d, 'evaluation').when = ['noSuchGuard'];
          }),
        ),
      ),
      ['unknown_guard'],
    );
  });

  test('a guard that depends on the actor cannot drive a timer', () => {
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            timer(d, 'evaluation').when = ['actorHasNotVoted'];
          }),
        ),
      ),
      ['guard_needs_actor'],
    );
  });

  test('transitions from or to unknown states are load errors', () => {
    const list = problems(
      broken((d) => {
        transition(d, 'recordIncident').from.push('suspendd');
        transition(d, 'assignResources').to = 'implementin';
      }),
    );
    assert.deepEqual(codes(list), ['unknown_state']);
    assert.equal(list.filter((p) => p.code === 'unknown_state').length, 2);
  });

  test('an unknown initial state is a load error', () => {
    assert.ok(
      codes(
        problems(
          broken((d) => {
            d.initialState = 'nowhere';
          }),
        ),
      ).includes('unknown_state'),
    );
  });

  test('duplicate state, transition and timer ids are load errors', () => {
    const list = problems(
      broken((d) => {
        d.states.push({ ...d.states[0]! });
        d.transitions.push({ ...transition(d, 'close') });
        d.timers.push({ ...timer(d, 'evaluation') });
      }),
    );
    assert.deepEqual(codes(list), ['duplicate_id']);
    assert.deepEqual(list.map((p) => p.message).sort(), [
      'duplicate state id "draft"',
      'duplicate timer id "evaluation"',
      'duplicate transition id "close"',
    ]);
  });

  test('a terminal state with outgoing transitions is a load error', () => {
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            transition(d, 'close').from.push('notApproved');
          }),
        ),
      ),
      ['terminal_state_has_transitions'],
    );
  });

  test('a read-only state must be terminal', () => {
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            d.states.find((s) => s.id === 'suspended')!.readOnly = true;
          }),
        ),
      ),
      ['read_only_state_not_terminal'],
    );
  });

  test('a non-terminal state with no way out is a load error', () => {
    const list = problems(
      broken((d) => {
        transition(d, 'resume').from = ['implementing'];
        transition(d, 'terminate').from = ['implementing'];
      }),
    );
    assert.deepEqual(codes(list), ['dead_end_state']);
  });

  test('timer events, anchors and parameters must exist and fit', () => {
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            timer(d, 'evaluation').stop.events = ['recordEvaluaton'];
          }),
        ),
      ),
      ['unknown_event'],
    );
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            timer(d, 'wideScopeDecision').start.anchor = { kind: 'event', event: 'sumbit' };
          }),
        ),
      ),
      ['unknown_event'],
    );
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            timer(d, 'evaluation').duration.parameter = 'evaluationDays';
          }),
        ),
      ),
      ['unknown_parameter'],
    );
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            timer(d, 'evaluation').duration.parameter = 'tieRule';
          }),
        ),
      ),
      ['parameter_unit_mismatch'],
    );
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            timer(d, 'evaluation').holder = [];
          }),
        ),
      ),
      ['timer_without_holder'],
    );
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            timer(d, 'evaluation').remindersBefore = [7];
          }),
        ),
      ),
      ['reminder_out_of_range'],
    );
  });

  test('parameter values must fit their unit; only configurable day limits may be switched off', () => {
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            d.parameters['approvalWorkingDays']!.value = null;
          }),
        ),
      ),
      ['invalid_parameter_value'],
    );
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            d.parameters['approvalWorkingDays']!.value = 6.5;
          }),
        ),
      ),
      ['invalid_parameter_value'],
    );
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            d.parameters['tieRule']!.value = 'coinToss';
          }),
        ),
      ),
      ['invalid_parameter_value'],
    );
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            d.parameters['allowEscalation']!.value = 'yes';
          }),
        ),
      ),
      ['invalid_parameter_value'],
    );
    assert.deepEqual(
      problems(
        broken((d) => {
          d.parameters['wideScopeWorkingDays']!.value = null;
        }),
      ),
      [],
    );
  });

  test('a guard that reads a parameter needs the parameter defined', () => {
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            delete d.parameters['tieRule'];
          }),
        ),
      ),
      ['unknown_parameter'],
    );
  });

  test('an enabledBy switch must be a flag parameter', () => {
    assert.deepEqual(
      codes(
        problems(
          broken((d) => {
            transition(d, 'escalate').enabledBy = 'approvalWorkingDays';
          }),
        ),
      ),
      ['parameter_unit_mismatch'],
    );
  });

  test('shape errors (missing citation, unknown field) are reported with their path', () => {
    const d = broken((d) => {
      (transition(d, 'submit') as { citation?: string }).citation = undefined;
    }) as unknown as Record<string, unknown>;
    const list = problems(d);
    assert.deepEqual(codes(list), ['schema']);
    assert.match(list[0]?.path ?? '', /^transitions\.0\.citation$/u);
    assert.deepEqual(codes(problems({ ...nd73Definition, extra: 1 })), ['schema']);
  });

  test('loadProcedure throws procedure.invalid_definition listing every problem at once', () => {
    const d = broken((d) => {
      transition(d, 'submit').actors = [];
      timer(d, 'evaluation').start.events = [];
      transition(d, 'decideApproval').guards.push({ guard: 'nope', citation: 'x', status: 'confirmed' });
    });
    assert.throws(
      () => loadProcedure(d),
      (error: unknown) => {
        assert.ok(isDomainError(error));
        assert.equal(error.code, 'procedure.invalid_definition');
        const list = error.details?.['problems'] as DefinitionProblem[];
        assert.deepEqual(codes(list), ['timer_without_start_event', 'transition_without_actors', 'unknown_guard']);
        assert.match(error.messages.vi, /3 lỗi/u);
        return true;
      },
    );
  });

  test('a loaded definition is frozen: a case cannot be run against a mutated copy by accident', () => {
    const loaded = loadProcedure(nd73Definition);
    assert.throws(() => {
      (loaded.parameters['approvalWorkingDays'] as { value: unknown }).value = 3;
    }, TypeError);
  });
});
