/**
 * The API's shapes of a proposal. The detail carries the engine's snapshot too: the browser
 * asks core the same questions with the same object (procedure/case-snapshot.ts).
 */
import { z } from 'zod';
import { documentView } from '../documents/document-view.ts';

const text = z.object({ vi: z.string(), en: z.string() });
const json = z.record(z.string(), z.unknown());
const personRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const ruleReasonView = z.object({
  code: z.string(),
  vi: z.string(),
  en: z.string(),
  citation: z.string(),
  status: z.enum(['confirmed', 'configurable']),
  field: z.string().optional(),
});

export const allowedActionView = z.object({
  action: z.string(),
  label: text,
  to: z.string(),
  allowed: z.boolean(),
  reasons: z.array(ruleReasonView),
  citation: z.string(),
  status: z.enum(['confirmed', 'configurable']),
  inputs: z.array(z.object({ name: z.string(), label: text, required: z.boolean() })),
  documents: z.array(z.object({ type: z.string(), label: text, required: z.boolean() })),
  /** The HTTP path that fires it (POST, relative to /api/v1). */
  path: z.string(),
});

export const deadlineView = z.object({
  timerId: z.string(),
  label: text,
  citation: z.string(),
  ruleStatus: z.enum(['confirmed', 'configurable']),
  status: z.enum(['open', 'stopped']),
  dueOn: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  overdueRecordedAt: z.string().nullable(),
  holderRelation: z.string().nullable(),
  holders: z.array(z.object({ id: z.string(), name: z.string() })),
  escalateTo: z.array(z.object({ id: z.string(), name: z.string() })),
  armedAtIndex: z.number().int(),
  stoppedAt: z.string().nullable(),
});

export const timelineEntryView = z.object({
  index: z.number().int(),
  type: z.string(),
  action: z.string().nullable(),
  time: z.string(),
  actor: z.string(),
  byPersonId: z.string().nullable(),
  procedureVersion: z.string().nullable(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  redacted: z.boolean(),
  /** For `document.issued`: the document, its number and the SHA-256 sealed with it. */
  document: z
    .object({
      id: z.string(),
      symbol: z.string(),
      title: z.string(),
      files: z.array(z.object({ format: z.string(), sha256: z.string() })),
    })
    .nullable(),
});

export const meetingView = z.object({
  id: z.string(),
  kind: z.enum(['approval', 'evaluation']),
  date: z.string(),
  members: z.array(z.object({ personId: z.string(), role: z.enum(['head', 'deputy']), name: z.string() })),
  ballots: z.array(
    z.object({ personId: z.string(), choice: z.enum(['for', 'against', 'abstain']), reason: z.string().nullable(), castAt: z.string() }),
  ),
  closed: z.boolean(),
  tally: json.nullable(),
});

export const proposalSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  state: z.string(),
  stateLabel: text,
  procedure: z.string(),
  proposer: personRef,
  employingAgency: z.object({ id: z.string(), name: z.string() }),
  decidingAgency: z.object({ id: z.string(), name: z.string() }).nullable(),
  routing: z.enum(['employing', 'superior']),
  approvalKind: z.enum(['vote', 'override']).nullable(),
  outcome: z.string().nullable(),
  protection: z.string().nullable(),
  nextDue: z.object({ timerId: z.string(), dueOn: z.string(), overdue: z.boolean() }).nullable(),
  submittedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ProposalSummary = z.infer<typeof proposalSummary>;

export const proposalDetail = proposalSummary.extend({
  terminal: z.boolean(),
  readOnly: z.boolean(),
  track: z.enum(['ordinary', 'wideScope']),
  decidingHead: personRef,
  plan: json,
  snapshot: json,
  allowedActions: z.array(allowedActionView),
  currentStep: deadlineView.nullable(),
  deadlines: z.array(deadlineView),
  opinions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['party', 'partyOnResults', 'agency']),
      agencyId: z.string().nullable(),
      status: z.enum(['requested', 'answered', 'lapsed']),
      dueOn: z.string().nullable(),
      opinion: z.string().nullable(),
      requestedAt: z.string(),
      answeredAt: z.string().nullable(),
    }),
  ),
  meetings: z.array(meetingView),
  decisions: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      decidedBy: z.string().nullable(),
      reasons: z.string().nullable(),
      personalResponsibility: z.boolean(),
      details: json,
      eventIndex: z.number().int(),
      decidedAt: z.string(),
    }),
  ),
  scope: json.nullable(),
  resources: z.array(json),
  progressReports: z.array(json),
  incidents: z.array(json),
  inspections: z.array(json),
  completionReport: json.nullable(),
  evaluation: json.nullable(),
  protection: z.string().nullable(),
  protectionDetermination: json.nullable(),
  encouragements: z.array(json),
  attachments: z.array(
    z.object({
      id: z.string(),
      fileName: z.string(),
      mediaType: z.string(),
      sizeBytes: z.number().int(),
      sha256: z.string(),
      documentType: z.string(),
      source: z.enum(['upload', 'generated']),
      action: z.string().nullable(),
      uploadedAt: z.string(),
    }),
  ),
  /** Official documents of the case (Decree 30), oldest first, with files, hashes and the signed original. */
  documents: z.array(documentView),
  /** The names of everyone this case refers to (proposer, members, holders, actors, beneficiaries…). */
  people: z.array(z.object({ id: z.string(), name: z.string() })),
  timeline: z.array(timelineEntryView),
});
export type ProposalDetail = z.infer<typeof proposalDetail>;

export const proposalPage = z.object({
  items: z.array(proposalSummary),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type ProposalPage = z.infer<typeof proposalPage>;

/** Action id → URL segment: `decideOverride` → `decide-override`. */
export function actionPath(action: string): string {
  return action.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
