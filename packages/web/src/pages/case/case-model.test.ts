import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nd73Definition } from '@khien/core/procedure';
import {
  actingPerson,
  ballotCount,
  eventLabel,
  mainAction,
  mayDownloadDossier,
  mayExportEvidence,
  NO_LABELS,
  openSections,
  parseProcedureRef,
  readDefinition,
  seesLedger,
  stateChange,
  timelineTone,
  type ActionLike,
  type TimelineEntryLike,
} from './case-model.ts';

// The labels come from the very definition the server sends (GET /procedures/nd73-2023/1).
const labels = readDefinition(JSON.parse(JSON.stringify(nd73Definition)));

const entry = (over: Partial<TimelineEntryLike>): TimelineEntryLike => ({
  index: 1,
  type: 'proposal.submitted',
  action: 'submit',
  time: '2026-11-22T13:38:45.955Z',
  actor: 'account-1',
  byPersonId: 'person-1',
  fromState: 'draft',
  toState: 'submitted',
  redacted: false,
  document: null,
  ...over,
});

describe('case timeline (issue 5: every event with who, when, what, the document it produced, its ledger index)', () => {
  it('reads the procedure reference of a case', () => {
    assert.deepEqual(parseProcedureRef('nd73-2023@1'), { id: 'nd73-2023', version: 1 });
    assert.deepEqual(parseProcedureRef('local-variant@12'), { id: 'local-variant', version: 12 });
    assert.equal(parseProcedureRef('nd73-2023'), null);
    assert.equal(parseProcedureRef('x@0'), null);
  });

  it('names transitions as the bound procedure does, in both languages', () => {
    assert.deepEqual(eventLabel(entry({}), labels), { kind: 'text', text: { vi: 'Nộp kế hoạch đề xuất', en: 'Submit the proposal plan' } });
    assert.equal(labels.states.get('submitted')?.vi, 'Đã tiếp nhận');
    assert.ok(labels.title?.vi.includes('73'));
  });

  it('names the events that are not transitions, documents and redacted payloads', () => {
    assert.deepEqual(eventLabel(entry({ action: 'createDraft', type: 'proposal.draft_created' }), labels), {
      kind: 'key',
      key: 'case.event.create_draft',
    });
    assert.deepEqual(eventLabel(entry({ action: 'deadlineOverdue', type: 'proposal.deadline_overdue' }), labels), {
      kind: 'key',
      key: 'case.event.deadline_overdue',
    });
    const doc = entry({
      type: 'document.issued',
      action: null,
      byPersonId: null,
      document: { id: 'd', symbol: '12/KH-SKHCN', title: 'Kế hoạch' },
    });
    assert.deepEqual(eventLabel(doc, labels), { kind: 'key', key: 'case.event.document_issued' });
    const redacted = entry({ action: null, fromState: null, toState: null, redacted: true });
    assert.deepEqual(eventLabel(redacted, labels), { kind: 'key', key: 'case.event.redacted' });
    // Without the definition (not loaded, or an unknown event) the ledger type still says something.
    assert.deepEqual(eventLabel(entry({ action: 'somethingNew', type: 'proposal.something_new' }), NO_LABELS), {
      kind: 'raw',
      text: 'proposal.something_new',
    });
  });

  it('shows a state change only when the event moved the case', () => {
    assert.deepEqual(stateChange(entry({})), { from: 'draft', to: 'submitted' });
    assert.deepEqual(stateChange(entry({ fromState: '', toState: 'draft' })), { from: null, to: 'draft' });
    assert.equal(stateChange(entry({ fromState: 'submitted', toState: 'submitted' })), null);
    assert.equal(stateChange(entry({ fromState: null, toState: null })), null);
  });

  it('names the person behind a document issue from the account that issued it', () => {
    const entries = [
      entry({}),
      entry({ index: 2, type: 'document.issued', action: null, byPersonId: null, document: { id: 'd', symbol: 's', title: 't' } }),
      entry({ index: 3, actor: 'system', byPersonId: null, action: 'deadlineOverdue' }),
    ];
    const who = actingPerson(entries);
    assert.equal(who(entries[1]!), 'person-1');
    assert.equal(who(entries[2]!), null);
    assert.equal(timelineTone(entries[1]!), 'document');
    assert.equal(timelineTone(entries[2]!), 'overdue');
    assert.equal(timelineTone(entries[0]!), 'transition');
  });
});

const act = (action: string, allowed: boolean, to: string): ActionLike => ({ action, allowed, to });

describe('the main next step among the allowed actions (issue 5: allowed actions as buttons, primary for the main next step)', () => {
  it('puts the member’s own vote first', () => {
    const actions = [
      act('closeMeeting', true, 'meetingScheduled'),
      act('recordVote', true, 'meetingScheduled'),
      act('decideApproval', false, 'approved'),
    ];
    assert.equal(mainAction(actions, 'meetingScheduled'), 'recordVote');
  });

  it('asks the Party committee before moving a received plan on (ND73 Art. 4(3))', () => {
    const actions = [
      act('requestPartyOpinion', true, 'submitted'),
      act('consultRelatedAgencies', true, 'submitted'),
      act('scheduleMeeting', true, 'meetingScheduled'),
      act('returnForRevision', true, 'draft'),
      act('escalate', true, 'submitted'),
    ];
    assert.equal(mainAction(actions, 'submitted'), 'requestPartyOpinion');
    const asked = actions.map((a) => (a.action === 'requestPartyOpinion' ? { ...a, allowed: false } : a));
    assert.equal(mainAction(asked, 'submitted'), 'scheduleMeeting');
  });

  it('prefers what completes the current step', () => {
    const actions = [act('notifyResult', true, 'evaluated'), act('determineProtection', true, 'protectionDetermined')];
    assert.equal(mainAction(actions, 'evaluated', labels.timerStops.get('resultNotification')), 'notifyResult');
    assert.equal(mainAction(actions, 'evaluated'), 'determineProtection');
  });

  it('never makes turning a case down, back or away the default', () => {
    const actions = [
      act('decideOverride', true, 'approved'),
      act('decideRejection', true, 'notApproved'),
      act('returnForRevision', true, 'draft'),
      act('suspend', true, 'suspended'),
    ];
    assert.equal(mainAction(actions, 'meetingScheduled'), null);
    assert.equal(mainAction([], 'closed'), null);
  });
});

describe('meetings (issue 5: tally for/against/abstain and each member’s vote)', () => {
  it('counts one ballot per member and lists who has not voted', () => {
    const count = ballotCount({
      members: [
        { personId: 'h', name: 'Hoàng Đức Anh' },
        { personId: 'd1', name: 'Đặng Quốc Việt' },
        { personId: 'd2', name: 'Vũ Thị Lan' },
        { personId: 'd3', name: 'Lê Văn Nam' },
      ],
      ballots: [
        { personId: 'h', choice: 'for' },
        { personId: 'd1', choice: 'against' },
        { personId: 'd2', choice: 'abstain' },
      ],
    });
    assert.deepEqual({ for: count.for, against: count.against, abstain: count.abstain }, { for: 1, against: 1, abstain: 1 });
    assert.deepEqual(count.notVoted, [{ personId: 'd3', name: 'Lê Văn Nam' }]);
  });
});

describe('downloads offered (the server decides; the page does not offer a link that would 404)', () => {
  const parties = { proposerId: 'p', decidingHeadId: 'h' };
  it('offers the dossier to the proposer, the deciding head, officers, inspectors and admins', () => {
    assert.equal(mayDownloadDossier({ personId: 'p', roles: [] }, parties), true);
    assert.equal(mayDownloadDossier({ personId: 'h', roles: [] }, parties), true);
    assert.equal(mayDownloadDossier({ personId: 'x', roles: ['org_officer'] }, parties), true);
    assert.equal(mayDownloadDossier({ personId: 'x', roles: [] }, parties), false);
    assert.equal(mayDownloadDossier({ personId: null, roles: [] }, parties), false);
  });

  it('offers the Decree 172 evidence only once protection is determined, and not to personnel officers', () => {
    assert.equal(mayExportEvidence({ personId: 'p', roles: [] }, parties, false), false);
    assert.equal(mayExportEvidence({ personId: 'p', roles: [] }, parties, true), true);
    assert.equal(mayExportEvidence({ personId: 'x', roles: ['org_officer'] }, parties, true), false);
    assert.equal(mayExportEvidence({ personId: 'x', roles: ['inspector'] }, parties, true), true);
  });

  it('links ledger indexes only for those who can open the ledger', () => {
    assert.equal(seesLedger({ personId: null, roles: ['inspector'] }), true);
    assert.equal(seesLedger({ personId: 'p', roles: ['org_officer'] }), false);
  });
});

describe('detail sections open on arrival', () => {
  it('opens what the current stage is about, for every state of the ND73 procedure', () => {
    assert.deepEqual(openSections('submitted'), ['plan', 'opinions']);
    assert.deepEqual(openSections('meetingScheduled'), ['opinions', 'meetings']);
    assert.deepEqual(openSections('implementing'), ['scope', 'implementation']);
    assert.deepEqual(openSections('closed'), ['results']);
    for (const state of nd73Definition.states) assert.ok(openSections(state.id).length > 0, `nothing open for ${state.id}`);
    assert.deepEqual(openSections('someLocalState'), []);
  });
});
