/**
 * Pure helpers of the case page: labels from the case's procedure definition, how each
 * timeline event reads, who did it, which allowed action is the main next step, the vote
 * count of a meeting, and who may take the dossier and the evidence away. No React here so
 * node:test can prove them (case-model.test.ts).
 */
import type { MessageKey } from '../../i18n/messages.ts';

export interface LocalizedText {
  vi: string;
  en: string;
}

// ---------------------------------------------------------------------------------------------
// The procedure definition (`GET /api/v1/procedures/{id}/{version}`, loose JSON)

/** "nd73-2023@1" → { id: 'nd73-2023', version: 1 }. */
export function parseProcedureRef(ref: string): { id: string; version: number } | null {
  const at = ref.lastIndexOf('@');
  if (at <= 0) return null;
  const version = Number(ref.slice(at + 1));
  if (!Number.isInteger(version) || version <= 0) return null;
  return { id: ref.slice(0, at), version };
}

export interface DefinitionLabels {
  title: LocalizedText | null;
  states: ReadonlyMap<string, LocalizedText>;
  actions: ReadonlyMap<string, LocalizedText>;
  /** Timer id → the actions that end it (the ways to complete the step it measures). */
  timerStops: ReadonlyMap<string, readonly string[]>;
}

export const NO_LABELS: DefinitionLabels = { title: null, states: new Map(), actions: new Map(), timerStops: new Map() };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown): LocalizedText | null {
  if (!isObject(value)) return null;
  const vi = value['vi'];
  const en = value['en'];
  return typeof vi === 'string' && typeof en === 'string' ? { vi, en } : null;
}

function labelled(list: unknown): Map<string, LocalizedText> {
  const out = new Map<string, LocalizedText>();
  if (!Array.isArray(list)) return out;
  for (const item of list) {
    if (!isObject(item) || typeof item['id'] !== 'string') continue;
    const label = text(item['label']);
    if (label) out.set(item['id'], label);
  }
  return out;
}

/** The labels a case page needs from a definition; whatever is missing stays out. */
export function readDefinition(definition: unknown): DefinitionLabels {
  if (!isObject(definition)) return NO_LABELS;
  const timerStops = new Map<string, readonly string[]>();
  for (const timer of Array.isArray(definition['timers']) ? definition['timers'] : []) {
    if (!isObject(timer) || typeof timer['id'] !== 'string') continue;
    const stop = isObject(timer['stop']) ? timer['stop']['events'] : null;
    timerStops.set(timer['id'], Array.isArray(stop) ? stop.filter((e): e is string => typeof e === 'string') : []);
  }
  return {
    title: text(definition['title']),
    states: labelled(definition['states']),
    actions: labelled(definition['transitions']),
    timerStops,
  };
}

// ---------------------------------------------------------------------------------------------
// Timeline

export interface TimelineEntryLike {
  index: number;
  type: string;
  action: string | null;
  time: string;
  actor: string;
  byPersonId: string | null;
  fromState: string | null;
  toState: string | null;
  redacted: boolean;
  document: { id: string; symbol: string; title: string } | null;
}

/** Events that are not transitions of the procedure (so the definition has no label for them). */
const EVENT_KEYS: Record<string, MessageKey> = {
  createDraft: 'case.event.create_draft',
  updateDraft: 'case.event.update_draft',
  addAttachment: 'case.event.add_attachment',
  deadlineOverdue: 'case.event.deadline_overdue',
};

export type EventLabel = { kind: 'text'; text: LocalizedText } | { kind: 'key'; key: MessageKey } | { kind: 'raw'; text: string };

/**
 * How a timeline event reads: a document issued; a transition named as in the procedure the
 * case is bound to; a bookkeeping event named here; a redacted payload; else its ledger type.
 */
export function eventLabel(entry: TimelineEntryLike, labels: DefinitionLabels): EventLabel {
  if (entry.document || entry.type === 'document.issued') return { kind: 'key', key: 'case.event.document_issued' };
  if (entry.action) {
    const fromDefinition = labels.actions.get(entry.action);
    if (fromDefinition) return { kind: 'text', text: fromDefinition };
    const key = EVENT_KEYS[entry.action];
    if (key) return { kind: 'key', key };
  }
  if (entry.redacted) return { kind: 'key', key: 'case.event.redacted' };
  return { kind: 'raw', text: entry.type };
}

/** The state a transition left and the one it entered; null when the event did not move the case. */
export function stateChange(entry: TimelineEntryLike): { from: string | null; to: string } | null {
  if (!entry.toState) return null;
  const from = entry.fromState ? entry.fromState : null;
  return from === entry.toState ? null : { from, to: entry.toState };
}

/**
 * Who acted on each event. Events name the person (`byPersonId`); a document's issue event
 * names only the account, which the case's other events tie to a person.
 */
export function actingPerson(entries: readonly TimelineEntryLike[]): (entry: TimelineEntryLike) => string | null {
  const personOfAccount = new Map<string, string>();
  for (const e of entries) if (e.byPersonId) personOfAccount.set(e.actor, e.byPersonId);
  return (entry) => entry.byPersonId ?? personOfAccount.get(entry.actor) ?? null;
}

export type TimelineTone = 'document' | 'transition' | 'overdue' | 'redacted' | 'step';

export function timelineTone(entry: TimelineEntryLike): TimelineTone {
  if (entry.document) return 'document';
  if (entry.redacted) return 'redacted';
  if (entry.action === 'deadlineOverdue') return 'overdue';
  return stateChange(entry) ? 'transition' : 'step';
}

// ---------------------------------------------------------------------------------------------
// Allowed actions

export interface ActionLike {
  action: string;
  allowed: boolean;
  to: string;
}

/** What each member must do themselves when asked: vote, answer, report, file. */
const PERSONAL_DUTIES = new Set([
  'submit',
  'recordVote',
  'recordEvaluationVote',
  'recordPartyOpinion',
  'recordPartyOpinionOnResults',
  'recordAgencyOpinion',
  'fileProgressReport',
]);
/** Art. 4(3): the Party committee is asked before the collective decides or evaluates. */
const CONSULTATIONS = new Set(['requestPartyOpinion', 'requestPartyOpinionOnResults']);
/**
 * Legitimate but never the default next step: turning the case back, away or down, or
 * changing an approved pilot. They keep their ordinary buttons.
 */
const NEVER_MAIN = new Set([
  'returnForRevision',
  'escalate',
  'decideRejection',
  'decideOverride',
  'suspend',
  'terminate',
  'adjustScope',
  'recordIncident',
  'recordInspection',
  'assignResources',
]);

/**
 * The allowed action shown as the primary button: the user's own duty (a vote, an opinion, a
 * report); else what completes the current step (the actions that stop its timer); else the
 * consultation the law asks for first; else the action that moves the case forward. Null when
 * nothing allowed is a natural "next step" (only the side actions above are open).
 */
export function mainAction(actions: readonly ActionLike[], state: string, currentStepStops: readonly string[] = []): string | null {
  const open = actions.filter((a) => a.allowed && !NEVER_MAIN.has(a.action));
  const stops = new Set(currentStepStops);
  const pick = (test: (a: ActionLike) => boolean) => open.find(test)?.action ?? null;
  return (
    pick((a) => PERSONAL_DUTIES.has(a.action)) ??
    pick((a) => stops.has(a.action)) ??
    pick((a) => CONSULTATIONS.has(a.action)) ??
    pick((a) => a.to !== state) ??
    null
  );
}

// ---------------------------------------------------------------------------------------------
// Meetings

export interface MeetingLike {
  members: readonly { personId: string; name: string }[];
  ballots: readonly { personId: string; choice: 'for' | 'against' | 'abstain' }[];
}

export interface BallotCount {
  for: number;
  against: number;
  abstain: number;
  /** Members with no ballot yet (absent once the meeting is closed). */
  notVoted: { personId: string; name: string }[];
}

/** The count of a meeting's ballots, one per member (a member's last ballot counts). */
export function ballotCount(meeting: MeetingLike): BallotCount {
  const choice = new Map<string, 'for' | 'against' | 'abstain'>();
  for (const b of meeting.ballots) choice.set(b.personId, b.choice);
  const count: BallotCount = { for: 0, against: 0, abstain: 0, notVoted: [] };
  for (const [, c] of choice) count[c]++;
  count.notVoted = meeting.members.filter((m) => !choice.has(m.personId)).map((m) => ({ personId: m.personId, name: m.name }));
  return count;
}

// ---------------------------------------------------------------------------------------------
// Who may take what away (the server decides; this only avoids offering a link that 404s)

export interface Viewer {
  personId: string | null;
  roles: readonly string[];
}

export interface CaseParties {
  proposerId: string | null;
  decidingHeadId: string | null;
}

/** The ledger view is for system administrators and inspectors (app.tsx `ledgerReader`). */
export function seesLedger(viewer: Viewer): boolean {
  return viewer.roles.includes('system_admin') || viewer.roles.includes('inspector');
}

/**
 * The protection dossier (server: build-dossier.ts): the proposer, the deciding head,
 * inspectors and personnel officers whose scope holds the case, system administrators. A
 * case an officer or inspector can open is in their scope.
 */
export function mayDownloadDossier(viewer: Viewer, parties: CaseParties): boolean {
  if (viewer.roles.some((r) => r === 'system_admin' || r === 'inspector' || r === 'org_officer')) return true;
  return viewer.personId !== null && (viewer.personId === parties.proposerId || viewer.personId === parties.decidingHeadId);
}

/**
 * The Decree 172/2025 evidence (server: export-decree172-evidence.ts), once protection is
 * determined: the proposer, the deciding head, inspectors in scope, system administrators.
 */
export function mayExportEvidence(viewer: Viewer, parties: CaseParties, protectionDetermined: boolean): boolean {
  if (!protectionDetermined) return false;
  if (viewer.roles.includes('system_admin') || viewer.roles.includes('inspector')) return true;
  return viewer.personId !== null && (viewer.personId === parties.proposerId || viewer.personId === parties.decidingHeadId);
}

// ---------------------------------------------------------------------------------------------
// Detail sections

export type SectionKey =
  'plan' | 'opinions' | 'meetings' | 'decisions' | 'scope' | 'implementation' | 'results' | 'conformance' | 'documents';

/** The detail sections open on arrival: those the case's current stage is about. */
export function openSections(state: string): SectionKey[] {
  switch (state) {
    case 'draft':
    case 'submitted':
      return ['plan', 'opinions'];
    case 'meetingScheduled':
      return ['opinions', 'meetings'];
    case 'approved':
    case 'notApproved':
      return ['meetings', 'decisions'];
    case 'implementing':
    case 'suspended':
    case 'terminated':
      return ['scope', 'implementation'];
    case 'reported':
    case 'evaluating':
      return ['results', 'meetings'];
    case 'evaluated':
    case 'protectionDetermined':
    case 'closed':
      return ['results'];
    default:
      return [];
  }
}
