/**
 * The Party-side profile. Decree 73 covers state bodies, public service units and
 * enterprises; Party bodies follow Politburo Conclusion 14-KL/TW, which sets the direction
 * (encourage, protect, monitor, evaluate, suspend when needed) but no step-by-step procedure
 * (decree73.md §1). So this profile reuses the ND73 lifecycle as a *configurable default*:
 * every rule is re-cited to KL14 and marked `configurable`, and the separate consultation
 * of "the same-level Party committee" is dropped, because in a Party body the committee's
 * own leadership is the deciding collective.
 *
 * It is derived by a visible transformation rather than copied, so a fix to the shared
 * lifecycle reaches both profiles; the result is validated like any other definition.
 */
import { cite } from './citations.ts';
import type { ProcedureDefinition } from './definition-schema.ts';
import { nd73Definition } from './profile-nd73-2023.ts';
import { loadProcedure } from './validate-definition.ts';

/** ND73 Art. 4(3) consultations that have no counterpart inside a Party body. */
const partyConsultationTransitions = new Set([
  'requestPartyOpinion',
  'recordPartyOpinion',
  'requestPartyOpinionOnResults',
  'recordPartyOpinionOnResults',
]);
const partyConsultationGuards = new Set(['partyOpinionRecorded', 'partyOpinionOnResultsRecorded']);

function toKl14(base: ProcedureDefinition): ProcedureDefinition {
  const removedEvents = partyConsultationTransitions;
  const parameters = Object.fromEntries(
    Object.entries(base.parameters)
      .filter(([name]) => name !== 'partyOpinionWorkingDays')
      .map(([name, parameter]) => [name, { ...parameter, citation: cite.kl14, status: 'configurable' as const }]),
  );
  return {
    ...base,
    id: 'kl14-party',
    version: 1,
    title: {
      vi: 'Đề xuất đổi mới, sáng tạo trong cơ quan Đảng theo Kết luận 14-KL/TW',
      en: 'Innovation proposals in Party bodies under Conclusion 14-KL/TW',
    },
    legalBasis: base.legalBasis.filter((basis) => basis.citation !== cite.nd73),
    proposerCategories: { categories: ['party_body_leader'], citation: cite.kl14, status: 'configurable' },
    transitions: base.transitions
      .filter((transition) => !partyConsultationTransitions.has(transition.id))
      .map((transition) => ({
        ...transition,
        actors: transition.actors.map((actor) => (actor.citation === undefined ? actor : { ...actor, citation: cite.kl14 })),
        guards: transition.guards
          .filter((use) => !partyConsultationGuards.has(use.guard))
          .map((use) => ({ ...use, citation: cite.kl14, status: 'configurable' as const })),
        citation: cite.kl14,
        status: 'configurable' as const,
      })),
    timers: base.timers
      .filter((timer) => !timer.start.events.every((event) => removedEvents.has(event)))
      .map((timer) => ({
        ...timer,
        stop: { events: timer.stop.events.filter((event) => !removedEvents.has(event)) },
        citation: cite.kl14,
        status: 'configurable' as const,
      })),
    parameters,
  };
}

export const kl14PartyDefinition: ProcedureDefinition = toKl14(nd73Definition);

export const kl14PartyProfile: ProcedureDefinition = loadProcedure(kl14PartyDefinition);
