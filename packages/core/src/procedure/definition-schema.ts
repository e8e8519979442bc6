/**
 * The shape of a procedure definition ("policy as data", ARCHITECTURE.md principle 2).
 * A definition is plain JSON so that it can be stored with each case's version, shown as a
 * diagram, diffed between versions, and edited as a local variant without code changes.
 *
 * The zod schema checks the *shape*; `validateDefinition` checks the *meaning* (unknown
 * states, unreachable states, …) and reports every problem at once. Arrays that must not be
 * empty (actors, start events) are allowed empty here on purpose, so that the semantic check
 * can name the problem in the domain's words instead of a generic "too small".
 */
import { z } from 'zod';
import { SYSTEM_ROLES } from '../authorization.ts';

export const localizedTextSchema = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
export const ruleStatusSchema = z.enum(['confirmed', 'configurable']);
export const citationSchema = z.string().min(1);

/** How a person stands to a case; computed from the case snapshot (see `relationsToCase`). */
export const caseRelationSchema = z.enum([
  'proposer',
  'employingHead',
  'superiorHead',
  'collectiveMember',
  'partyCommittee',
  'implementer',
  'personnelOfficer',
  'relatedAgency',
]);
export type CaseRelation = z.infer<typeof caseRelationSchema>;

/** Roles held system-wide, independent of any case: the same roles the server's accounts carry. */
export const systemRoleSchema = z.enum(SYSTEM_ROLES);

/**
 * Who may fire a transition: a relation to the case and/or a system role (both must hold
 * when both are given), optionally only while a guard holds — e.g. `superiorHead` only when
 * the plan was routed to the superior agency (Art. 7(4)).
 */
export const actorSpecSchema = z.strictObject({
  relation: caseRelationSchema.optional(),
  role: systemRoleSchema.optional(),
  when: z.string().min(1).optional(),
  citation: citationSchema.optional(),
});
export type ActorSpec = z.infer<typeof actorSpecSchema>;

/** Escalation may go one level above the superior agency, which is not a case relation. */
export const timerPartyRelationSchema = z.enum([...caseRelationSchema.options, 'headAboveSuperiorAgency']);
export type TimerPartyRelation = z.infer<typeof timerPartyRelationSchema>;

export const timerPartySchema = z.strictObject({
  relation: timerPartyRelationSchema,
  when: z.string().min(1).optional(),
});
export type TimerParty = z.infer<typeof timerPartySchema>;

export const guardUseSchema = z.strictObject({
  guard: z.string().min(1),
  citation: citationSchema,
  status: ruleStatusSchema,
});
export type GuardUse = z.infer<typeof guardUseSchema>;

export const inputSpecSchema = z.strictObject({
  name: z.string().min(1),
  label: localizedTextSchema,
  required: z.boolean(),
});
export type InputSpec = z.infer<typeof inputSpecSchema>;

/** Document types of Decree 30/2020 (QĐ, BB, BC, TB, CV, TTr, KH, KL) plus free evidence files. */
export const documentTypeSchema = z.enum([
  'decision',
  'conclusion',
  'minutes',
  'report',
  'notice',
  'letter',
  'submission',
  'plan',
  'evidence',
]);
export type DocumentType = z.infer<typeof documentTypeSchema>;

export const documentSpecSchema = z.strictObject({
  type: documentTypeSchema,
  label: localizedTextSchema,
  required: z.boolean(),
});
export type DocumentSpec = z.infer<typeof documentSpecSchema>;

export const stateSchema = z.strictObject({
  id: z.string().min(1),
  label: localizedTextSchema,
  terminal: z.boolean(),
  /** Nothing may be added or changed in the case any more, not even attachments. */
  readOnly: z.boolean(),
});
export type StateDefinition = z.infer<typeof stateSchema>;

export const transitionSchema = z.strictObject({
  /** The command name, e.g. `submit`, `recordVote`; unique in the definition. */
  id: z.string().min(1),
  label: localizedTextSchema,
  from: z.array(z.string().min(1)),
  /** `null`: the case stays in its state (e.g. recording a vote). */
  to: z.string().min(1).nullable(),
  actors: z.array(actorSpecSchema),
  guards: z.array(guardUseSchema),
  inputs: z.array(inputSpecSchema),
  documents: z.array(documentSpecSchema),
  citation: citationSchema,
  status: ruleStatusSchema,
  /** A `flag` parameter that switches an optional ([U]) transition on or off. */
  enabledBy: z.string().min(1).optional(),
});
export type TransitionDefinition = z.infer<typeof transitionSchema>;

/** The date a timer counts from. */
export const timerAnchorSchema = z.discriminatedUnion('kind', [
  /** The time of the event that armed the timer. */
  z.strictObject({ kind: z.literal('startEvent') }),
  /** The latest occurrence of a named event (e.g. receipt = `submit`). */
  z.strictObject({ kind: z.literal('event'), event: z.string().min(1) }),
  /** A date held by the case (e.g. the pilot end date in force). */
  z.strictObject({ kind: z.literal('caseDate'), field: z.enum(['pilotEndDate']) }),
]);
export type TimerAnchor = z.infer<typeof timerAnchorSchema>;

export const timerSchema = z.strictObject({
  id: z.string().min(1),
  label: localizedTextSchema,
  start: z.strictObject({ events: z.array(z.string().min(1)), anchor: timerAnchorSchema }),
  stop: z.strictObject({ events: z.array(z.string().min(1)) }),
  /** Guards (all must hold, without an actor) for the timer to run. */
  when: z.array(z.string().min(1)),
  /** A day-count parameter; a `null` value switches the timer off. */
  duration: z.strictObject({ parameter: z.string().min(1) }),
  /** Reminder offsets before the due date, in the duration's unit. */
  remindersBefore: z.array(z.number().int().positive()),
  holder: z.array(timerPartySchema),
  escalateTo: z.array(timerPartySchema),
  citation: citationSchema,
  status: ruleStatusSchema,
});
export type TimerDefinition = z.infer<typeof timerSchema>;

export const parameterUnitSchema = z.enum(['workingDays', 'calendarDays', 'months', 'choice', 'flag']);
export type ParameterUnit = z.infer<typeof parameterUnitSchema>;

export const parameterSchema = z.strictObject({
  label: localizedTextSchema,
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  unit: parameterUnitSchema,
  /** For `choice` parameters: the values a variant may choose from. */
  allowed: z.array(z.string().min(1)).optional(),
  citation: citationSchema,
  status: ruleStatusSchema,
  /** Set by `deriveVariant`: the local legal basis of an overridden value. */
  overriddenBy: z
    .strictObject({ citation: citationSchema, previousValue: z.union([z.number(), z.string(), z.boolean(), z.null()]) })
    .optional(),
});
export type ParameterDefinition = z.infer<typeof parameterSchema>;
export type ParameterValue = ParameterDefinition['value'];

export const legalBasisSchema = z.strictObject({ citation: citationSchema, title: localizedTextSchema });
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const proposerCategorySchema = z.enum([
  'administrative_leader',
  'managerial_public_employee',
  'enterprise_post_holder',
  'party_body_leader',
  'not_eligible',
]);

export const procedureDefinitionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u, 'kebab-case id'),
  version: z.number().int().positive(),
  title: localizedTextSchema,
  legalBasis: z.array(legalBasisSchema).min(1),
  derivedFrom: z.strictObject({ id: z.string().min(1), version: z.number().int().positive() }).nullable(),
  proposerCategories: z.strictObject({
    categories: z.array(proposerCategorySchema.exclude(['not_eligible'])).min(1),
    citation: citationSchema,
    status: ruleStatusSchema,
  }),
  initialState: z.string().min(1),
  states: z.array(stateSchema),
  transitions: z.array(transitionSchema),
  timers: z.array(timerSchema),
  parameters: z.record(z.string().min(1), parameterSchema),
});
export type ProcedureDefinition = z.infer<typeof procedureDefinitionSchema>;
