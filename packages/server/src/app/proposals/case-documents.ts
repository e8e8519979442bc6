/**
 * The official documents the procedure produces (decree73.md §10), issued inside the command
 * that produces them, right after its event: the plan at submission, the request for the Party
 * committee's opinion, the minutes of each leadership meeting with the vote table, the head's
 * decisions, the completion report, the evaluation conclusion and the protection decision or
 * notice. `issueDocumentInCommand` numbers the document in its series, renders DOCX and PDF and
 * records `document.issued` with both SHA-256 in the same transaction, so the case event, the
 * document and its hashes are sealed together or not at all.
 *
 * Every figure in a document comes from the case (the event's payload, the snapshot, the
 * read tables); nothing is typed twice.
 */
import { isDomainError } from '@khien/core/errors';
import { tallyVotes } from '@khien/core/procedure';
import type { CaseSnapshot, MeetingSnapshot, ProcedureDefinition, ProposalPlan, TallyResult } from '@khien/core/procedure';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import {
  buildCompletionReport,
  buildEvaluationConclusion,
  buildMeetingMinutes,
  buildPartyOpinionRequest,
  buildProposalDecision,
  buildProposalPlan,
  buildProtectionDetermination,
  TYPE_NAMES,
  type DocumentDraft,
  type DocumentKind,
  type ProposalDecisionData,
} from '../../documents/index.ts';
import '../../documents/tables.ts';
import { issueDocumentInCommand, type IssuedDocument } from '../documents/issue-document.ts';
import type { ProposalAction } from './events.ts';
import type { Services } from '../services.ts';
import type { CommandScope } from '../command.ts';
import type { ProposalRow } from './case-access.ts';

/**
 * What the document builders read of a running transition (structurally the transition's own
 * context; declared here so that transition.ts can call this module without a cycle).
 */
export interface TransitionContext {
  services: Services;
  scope: CommandScope;
  row: ProposalRow;
  snapshot: CaseSnapshot;
  definition: ProcedureDefinition;
  personId: string | null;
  today: string;
}

/** The vote of a meeting nobody closed, counted as core's `tallyVotes` counts it (ND73 Art. 8(1)). */
function tallyOf(ctx: TransitionContext, meeting: MeetingSnapshot): TallyResult {
  return tallyVotes({
    members: meeting.members,
    proposerPersonId: ctx.snapshot.parties.proposerId,
    ballots: meeting.ballots,
    tieRule: ctx.definition.parameters['tieRule']?.value === 'halfOfEntitled' ? 'halfOfEntitled' : 'equalForAndAgainst',
  });
}

interface Person {
  name: string;
  position: string | null;
}

interface CaseDocument {
  /** The agency in whose series the document is numbered and whose letterhead it carries. */
  organisationId: string;
  template: string;
  draft: DocumentDraft;
}

type Payload = Record<string, unknown>;
type Builder = (ctx: TransitionContext, payload: Payload) => Promise<CaseDocument | CaseDocument[] | null>;

/** Joined case texts stay within a builder's 20,000-character field (each part is ≤ 10,000). */
const fit = (value: string) => (value.length > 20_000 ? `${value.slice(0, 19_990)}…` : value);

const dash = (value: string | null | undefined) => (value && value.trim() ? value : '—');

async function person(tx: Kysely<DB>, id: string | null): Promise<Person | null> {
  if (!id || id.startsWith('account:')) return null;
  const row = await tx.selectFrom('people').select(['full_name', 'position_title']).where('id', '=', id).executeTakeFirst();
  return row ? { name: row.full_name, position: row.position_title } : null;
}

async function organisationName(tx: Kysely<DB>, id: string | null): Promise<string> {
  if (!id) return '';
  const row = await tx.selectFrom('organisations').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? '';
}

const decidingAgencyId = (ctx: TransitionContext) => ctx.row.deciding_agency_id ?? ctx.row.employing_agency_id;

/** The head of the deciding agency (who signs decisions), as of the case. */
async function decidingHead(ctx: TransitionContext): Promise<Person> {
  return (await person(ctx.scope.tx, ctx.row.deciding_head_id)) ?? { name: '—', position: null };
}

/**
 * Who signs: the acting person. A deputy signs "KT." (on behalf of) the head; someone without a
 * person record (a system administrator acting on a record) leaves the signature to the head.
 */
async function signer(ctx: TransitionContext, agencyId: string) {
  const head = await decidingHead(ctx);
  const headTitle = head.position ?? 'Thủ trưởng cơ quan';
  const me = await person(ctx.scope.tx, ctx.personId);
  if (!me || ctx.personId === ctx.row.deciding_head_id) return { title: headTitle, name: me?.name ?? head.name };
  const term = await ctx.scope.tx
    .selectFrom('leadership_terms')
    .select('role')
    .where('organisation_id', '=', agencyId)
    .where('person_id', '=', ctx.personId!)
    .where('starts_on', '<=', ctx.today)
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', ctx.today)]))
    .executeTakeFirst();
  if (term?.role === 'deputy') {
    return { authority: { prefix: 'KT.' as const, of: headTitle }, title: me.position ?? 'Phó Thủ trưởng', name: me.name };
  }
  return { title: me.position ?? headTitle, name: me.name };
}

/** "Giám đốc Sở Khoa học": the deciding authority printed above the legal bases. */
async function authority(ctx: TransitionContext): Promise<string> {
  const head = await decidingHead(ctx);
  const agency = await organisationName(ctx.scope.tx, decidingAgencyId(ctx));
  return `${head.position ?? 'Thủ trưởng'} ${agency}`.trim();
}

/** Everyone in a relation to the case holds its documents as evidence (document access). */
async function concerned(ctx: TransitionContext): Promise<string[]> {
  const rows = await ctx.scope.tx.selectFrom('proposal_participants').select('person_id').where('proposal_id', '=', ctx.row.id).execute();
  return [...new Set([ctx.row.proposer_id, ...rows.map((r) => r.person_id)])];
}

/** "Kế hoạch số 01/KH-SKH ngày 12 tháng 02 năm 2026": the latest document of a template on this case. */
async function reference(ctx: TransitionContext, template: string, since?: Date | string, summaryPrefix?: string): Promise<string | null> {
  let query = ctx.scope.tx
    .selectFrom('documents')
    .select(['kind', 'symbol', 'issued_on'])
    .where('subject_type', '=', 'proposal')
    .where('subject_id', '=', ctx.row.id)
    .where('template', '=', template);
  if (since !== undefined) query = query.where('created_at', '>=', new Date(since));
  if (summaryPrefix !== undefined) query = query.where('summary', 'like', `${summaryPrefix}%`);
  const doc = await query.orderBy('ledger_idx', 'desc').limit(1).executeTakeFirst();
  if (!doc) return null;
  const [y, m, d] = String(doc.issued_on).slice(0, 10).split('-').map(Number);
  const date = `ngày ${String(d).padStart(2, '0')} tháng ${m! <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;
  return `${TYPE_NAMES[doc.kind as DocumentKind]} số ${doc.symbol} ${date}`;
}

async function proposer(ctx: TransitionContext): Promise<Person> {
  return (await person(ctx.scope.tx, ctx.row.proposer_id)) ?? { name: '—', position: null };
}

function localNow(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
}

/** ND73 Art. 7: the plan as submitted, rendered as an official "Kế hoạch". */
const plan: Builder = async (ctx) => {
  const p = ctx.snapshot.submission?.plan ?? (ctx.row.plan as ProposalPlan);
  const c = p.contents;
  const who = await proposer(ctx);
  return {
    organisationId: ctx.row.employing_agency_id,
    template: 'proposal_plan',
    draft: buildProposalPlan({
      proposalTitle: p.title,
      proposerName: who.name,
      proposerPosition: who.position,
      necessity: dash(c.necessity),
      bottleneck: dash(c.bottleneck),
      legalGap: dash(c.legalGap),
      purpose: fit([c.purpose, c.requirements].filter((x) => x && x.trim()).join('\n')) || '—',
      contents: dash(c.tasksAndSolutions),
      solutions: dash(c.tasksAndSolutions),
      scope: dash(c.scope),
      implementers: dash(c.implementers),
      duration: c.duration || null,
      resources: dash(c.resources),
      feasibility: dash(c.feasibility),
      positiveImpacts: dash(c.positiveImpacts),
      negativeImpacts: dash(c.negativeImpacts),
      expectedEffectiveness: dash(c.expectedEffectiveness),
      signer: { title: 'Người đề xuất', name: who.name },
      concernedPersonIds: await concerned(ctx),
    }),
  };
};

/** ND73 Art. 4(3): the request for the same-level Party committee's opinion. */
const partyOpinion =
  (stage: 'approval' | 'evaluation'): Builder =>
  async (ctx) => {
    const agencyId = decidingAgencyId(ctx);
    const agency = await ctx.scope.tx
      .selectFrom('organisations')
      .select(['name', 'party_committee_id'])
      .where('id', '=', agencyId)
      .executeTakeFirstOrThrow();
    const who = await proposer(ctx);
    const p = ctx.row.plan as { title: string; contents: { purpose: string; scope: string; tasksAndSolutions: string } };
    const completion =
      stage === 'evaluation'
        ? await ctx.scope.tx
            .selectFrom('proposal_completion_reports')
            .select('results')
            .where('proposal_id', '=', ctx.row.id)
            .executeTakeFirst()
        : undefined;
    const attachments = [await reference(ctx, 'proposal_plan'), stage === 'evaluation' ? await reference(ctx, 'completion_report') : null];
    return {
      organisationId: agencyId,
      template: 'party_opinion_request',
      draft: buildPartyOpinionRequest({
        stage,
        agencyName: agency.name,
        partyCommitteeName: (await organisationName(ctx.scope.tx, agency.party_committee_id)) || `Cấp ủy ${agency.name}`,
        proposalTitle: ctx.row.title,
        proposerName: who.name,
        proposerPosition: who.position,
        summaryOfProposal:
          stage === 'approval'
            ? fit([p.contents.purpose, p.contents.scope, p.contents.tasksAndSolutions].filter((x) => x && x.trim()).join('\n')) ||
              ctx.row.title
            : (completion?.results ?? ctx.row.title),
        attachments: attachments.filter((x): x is string => x !== null),
        signer: await signer(ctx, agencyId),
        concernedPersonIds: await concerned(ctx),
      }),
    };
  };

/**
 * ND73 Art. 8(1) / 18: the minutes of a leadership meeting with every member's vote and the
 * tally as core's `tallyVotes` computed it (the recused proposer-deputy is listed apart).
 */
async function minutes(
  ctx: TransitionContext,
  purpose: 'approval' | 'evaluation',
  meeting: MeetingSnapshot,
  tally: TallyResult,
): Promise<CaseDocument> {
  const agencyId = decidingAgencyId(ctx);
  const names = new Map<string, Person>();
  for (const m of meeting.members) names.set(m.personId, (await person(ctx.scope.tx, m.personId)) ?? { name: m.personId, position: null });
  const ballot = new Map(meeting.ballots.map((b) => [b.personId, b.choice]));
  const chair = meeting.members.find((m) => m.role === 'head') ?? meeting.members[0]!;
  const recused = new Set(tally.recused);
  const who = await proposer(ctx);
  const ref = (id: string) => ({ name: names.get(id)!.name, position: names.get(id)!.position });
  return {
    organisationId: agencyId,
    template: 'meeting_minutes',
    draft: buildMeetingMinutes({
      purpose,
      agencyName: await organisationName(ctx.scope.tx, agencyId),
      proposalTitle: ctx.row.title,
      proposerName: who.name,
      meetingDate: meeting.date,
      endsAt: localNow(ctx.scope.now),
      chair: ref(chair.personId),
      attendees: meeting.members.filter((m) => ballot.has(m.personId) || m.personId === chair.personId).map((m) => ref(m.personId)),
      absentees: meeting.members
        .filter((m) => !ballot.has(m.personId) && m.personId !== chair.personId && !recused.has(m.personId))
        .map((m) => ref(m.personId)),
      recusals: tally.recused.map((id) => ({
        ...ref(id),
        reason: 'là người đề xuất, không tham gia biểu quyết (khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP)',
      })),
      votes: tally.entitled.map((id) => ({ ...ref(id), vote: ballot.get(id) ?? 'absent' })),
      outcome: { passed: tally.passed, note: tally.explanation.vi },
      concernedPersonIds: await concerned(ctx),
    }),
  };
}

/** The minutes of the latest meeting of a kind, unless they were issued already. */
async function minutesIfMissing(
  ctx: TransitionContext,
  purpose: 'approval' | 'evaluation',
  tally: TallyResult | undefined,
): Promise<CaseDocument | null> {
  const meeting = purpose === 'approval' ? ctx.snapshot.approvalMeeting : ctx.snapshot.evaluationMeeting;
  if (!meeting || !tally) return null;
  const row = await ctx.scope.tx
    .selectFrom('proposal_meetings')
    .select('scheduled_at')
    .where('proposal_id', '=', ctx.row.id)
    .where('kind', '=', purpose)
    .orderBy('scheduled_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (row && (await reference(ctx, 'meeting_minutes', row.scheduled_at)) !== null) return null;
  return minutes(ctx, purpose, meeting, tally);
}

const closeMeetingMinutes =
  (purpose: 'approval' | 'evaluation'): Builder =>
  async (ctx, payload) => {
    const meeting = purpose === 'approval' ? ctx.snapshot.approvalMeeting : ctx.snapshot.evaluationMeeting;
    return meeting ? minutes(ctx, purpose, meeting, payload['tally'] as TallyResult) : null;
  };

interface DecisionLike {
  reasons: string | null;
  details: { tally?: TallyResult; changes?: Record<string, unknown>; effectiveDate?: string };
}

const CHANGE_LABELS: Record<string, string> = {
  pilotEndDate: 'Thời hạn thực hiện thí điểm',
  budgetCeiling: 'Mức kinh phí tối đa (đồng)',
  areas: 'Địa bàn thực hiện',
  addObjectives: 'Bổ sung mục tiêu',
  addSafeguards: 'Bổ sung biện pháp bảo đảm',
  kpiTargets: 'Chỉ tiêu',
};

/** A scope value in words for the adjustment table. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v && 'text' in v ? String(v.text) : describe(v))).join('; ');
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${describe(v)}`)
    .join('; ');
}

async function approvedEnvelope(ctx: TransitionContext): Promise<Record<string, unknown>> {
  const row = await ctx.scope.tx.selectFrom('proposal_scopes').select('envelope').where('proposal_id', '=', ctx.row.id).executeTakeFirst();
  return (row?.envelope as Record<string, unknown> | undefined) ?? {};
}

/** ND73 Art. 8(1) and the implementation decisions: a Quyết định of the head. */
const decision =
  (variant: ProposalDecisionData['variant']): Builder =>
  async (ctx, payload) => {
    const d = payload['decision'] as DecisionLike;
    const agencyId = decidingAgencyId(ctx);
    const tally = d.details.tally;
    const out: CaseDocument[] = [];
    // The vote may have been decided without an explicit close (every member voted).
    if (variant === 'approval' || variant === 'override' || variant === 'rejection') {
      const m = await minutesIfMissing(ctx, 'approval', tally);
      // Issued first, so that the decision cites the minutes' number.
      if (m) await issue(ctx, m);
    }
    const who = await proposer(ctx);
    const p = ctx.row.plan as { contents: { scope: string; resources: string; implementers: string } };
    const counts = tally ? { inFavour: tally.counts.for, eligible: Math.max(1, tally.base) } : undefined;
    const minutesRef = tally ? await reference(ctx, 'meeting_minutes') : null;
    const envelope = variant === 'adjustment' ? await approvedEnvelope(ctx) : {};
    const changes = Object.entries(d.details.changes ?? {}).map(([key, value]) => ({
      item: CHANGE_LABELS[key] ?? key,
      approved: key in envelope ? describe(envelope[key]) : '—',
      adjusted: describe(value),
    }));
    out.push({
      organisationId: agencyId,
      template: 'proposal_decision',
      draft: buildProposalDecision({
        variant,
        authority: await authority(ctx),
        proposalTitle: ctx.row.title,
        proposerName: who.name,
        proposerPosition: who.position,
        planReference: await reference(ctx, 'proposal_plan'),
        considering: minutesRef && (variant === 'approval' || variant === 'rejection') ? [`Căn cứ ${minutesRef};`] : [],
        ...(variant === 'approval' || variant === 'override'
          ? { scope: dash(p.contents.scope), resources: p.contents.resources?.trim() ? p.contents.resources : undefined }
          : {}),
        ...(counts && (variant === 'override' || variant === 'rejection') ? { vote: { ...counts, minutesReference: minutesRef } } : {}),
        ...(d.reasons ? { reasons: d.reasons } : {}),
        changes: changes.slice(0, 50),
        ...(variant === 'adjustment' && typeof d.details.effectiveDate === 'string' ? { effectiveFrom: d.details.effectiveDate } : {}),
        executors: [who.name, ...(p.contents.implementers?.trim() ? [p.contents.implementers.slice(0, 300)] : [])],
        signer: await signer(ctx, agencyId),
        concernedPersonIds: await concerned(ctx),
      }),
    });
    return out;
  };

/** ND73 Art. 18: the implementer's written report of the result. */
const completionReport: Builder = async (ctx, payload) => {
  const r = payload['report'] as {
    actualEndDate: string;
    results: string;
    kpiActuals: Array<{ kpiId: string; value: number }>;
    deviations: string | null;
  };
  const kpis = await ctx.scope.tx.selectFrom('proposal_kpis').selectAll().where('proposal_id', '=', ctx.row.id).orderBy('kpi_id').execute();
  const who = await proposer(ctx);
  const head = await decidingHead(ctx);
  const agency = await organisationName(ctx.scope.tx, decidingAgencyId(ctx));
  const incidents = await ctx.scope.tx
    .selectFrom('proposal_incidents')
    .select(['description', 'damage'])
    .where('proposal_id', '=', ctx.row.id)
    .where('damage', '=', true)
    .execute();
  const decidedOn = ctx.row.decided_at
    ? new Date(new Date(ctx.row.decided_at).getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
    : r.actualEndDate;
  const p = ctx.row.plan as { contents: { implementers: string } };
  const actual = new Map(r.kpiActuals.map((k) => [k.kpiId, k.value]));
  return {
    organisationId: ctx.row.employing_agency_id,
    template: 'completion_report',
    draft: buildCompletionReport({
      proposalTitle: ctx.row.title,
      addressee: `${head.position ?? 'Thủ trưởng'} ${agency}`.trim(),
      approvalReference: (await reference(ctx, 'proposal_decision', undefined, 'Phê duyệt')) ?? 'quyết định phê duyệt đề xuất',
      implementers: dash(p.contents.implementers),
      startedOn: decidedOn <= r.actualEndDate ? decidedOn : r.actualEndDate,
      finishedOn: r.actualEndDate,
      results: r.results,
      indicators: kpis.map((k) => ({
        indicator: k.name,
        target: `${k.target} ${k.unit}`.trim(),
        achieved: actual.has(k.kpi_id) ? `${actual.get(k.kpi_id)} ${k.unit}`.trim() : 'chưa báo cáo',
      })),
      ...(r.deviations ? { difficulties: r.deviations } : {}),
      // The implementer's own view; the collective's verdict is the evaluation conclusion.
      selfAssessment: r.kpiActuals.length > 0 && kpis.every((k) => meets(k, actual.get(k.kpi_id))) ? 'completed' : 'partly_completed',
      damage: { occurred: incidents.length > 0, description: incidents.map((i) => i.description).join('; ') || null },
      signer: { title: 'Người thực hiện', name: who.name },
      concernedPersonIds: await concerned(ctx),
    }),
  };
};

function meets(k: { baseline: number; target: number }, value: number | undefined): boolean {
  if (value === undefined) return false;
  return Number(k.target) <= Number(k.baseline) ? value <= Number(k.target) : value >= Number(k.target);
}

const OUTCOME_OF_EXTENT = { full: 'completed', partly: 'partly_completed', not: 'not_completed' } as const;

/** ND73 Art. 18, 11(4): the collective's conclusion with the three findings and the causes. */
const evaluationConclusion: Builder = async (ctx, payload) => {
  const out: CaseDocument[] = [];
  const evaluationTally = await ctx.scope.tx
    .selectFrom('proposal_meetings')
    .select('tally')
    .where('proposal_id', '=', ctx.row.id)
    .where('kind', '=', 'evaluation')
    .orderBy('scheduled_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const m = await minutesIfMissing(
    ctx,
    'evaluation',
    (evaluationTally?.tally as TallyResult | null) ??
      (ctx.snapshot.evaluationMeeting ? tallyOf(ctx, ctx.snapshot.evaluationMeeting) : undefined),
  );
  if (m) await issue(ctx, m);
  const who = await proposer(ctx);
  const agencyId = decidingAgencyId(ctx);
  const findings = payload['findings'] as { followedApprovedLine: boolean; pureMotive: boolean; commonInterest: boolean } | null;
  const causes = payload['causes'] as Array<{ kind: 'objective' | 'subjective'; description: string; attributedTo: string }>;
  out.push({
    organisationId: agencyId,
    template: 'evaluation_conclusion',
    draft: buildEvaluationConclusion({
      proposalTitle: ctx.row.title,
      proposerName: who.name,
      proposerPosition: who.position,
      minutesReference: (await reference(ctx, 'meeting_minutes')) ?? 'kết quả họp tập thể lãnh đạo',
      partyOpinionReference: await reference(ctx, 'party_opinion_request'),
      outcome: OUTCOME_OF_EXTENT[payload['extent'] as keyof typeof OUTCOME_OF_EXTENT],
      damage: { occurred: payload['outcome'] === 'notCompletedWithDamage', description: null },
      ...(findings
        ? {
            findings: {
              followedApprovedLine: { value: findings.followedApprovedLine },
              pureMotive: { value: findings.pureMotive },
              commonInterest: { value: findings.commonInterest },
            },
          }
        : {}),
      causes: causes.map((c) => ({ kind: c.kind, description: c.description, attribution: c.attributedTo })),
      assessment: (payload['conclusion'] as string | null) ?? 'Tập thể lãnh đạo thống nhất kết luận đánh giá như sau.',
      signer: await signer(ctx, agencyId),
      concernedPersonIds: await concerned(ctx),
    }),
  });
  return out;
};

const PROTECTION_OUTCOME = {
  noLiability: 'no_liability',
  liabilityExcluded: 'liability_excluded',
  considerExclusionExemptionMitigation: 'relief_considered',
  notProtected: 'no_protection',
} as const;

/** ND73 Art. 11: the protection that follows, as a Quyết định (default) or a Thông báo. */
const protection: Builder = async (ctx, payload) => {
  const d = payload['protection'] as {
    protection: keyof typeof PROTECTION_OUTCOME;
    derivedReasons: Array<{ vi?: string; citation?: string }> | null;
    departureReasons: string | null;
    abuseDescription: string | null;
    documentForm?: 'decision' | 'notice';
  };
  const who = await proposer(ctx);
  const agencyId = decidingAgencyId(ctx);
  const grounds = [
    ...(d.derivedReasons ?? []).map((r) => [r.vi, r.citation ? `(${r.citation})` : ''].filter(Boolean).join(' ')).filter(Boolean),
    ...(d.departureReasons ? [`Lý do xác định khác kết quả theo Điều 11: ${d.departureReasons}`] : []),
    ...(d.abuseDescription ? [`Hành vi lợi dụng chính sách: ${d.abuseDescription}`] : []),
  ];
  const form = d.documentForm ?? 'decision';
  return {
    organisationId: agencyId,
    template: 'protection_determination',
    draft: buildProtectionDetermination({
      form,
      authority: form === 'decision' ? await authority(ctx) : null,
      proposalTitle: ctx.row.title,
      personName: who.name,
      personPosition: who.position,
      outcome: PROTECTION_OUTCOME[d.protection],
      evaluationReference: (await reference(ctx, 'evaluation_conclusion')) ?? 'kết luận đánh giá kết quả thực hiện',
      grounds: fit(grounds.join('\n')) || 'Kết quả đánh giá và các căn cứ tại Điều 11 Nghị định số 73/2023/NĐ-CP.',
      executors: form === 'decision' ? [who.name] : [],
      signer: await signer(ctx, agencyId),
      concernedPersonIds: await concerned(ctx),
    }),
  };
};

/** Which document each action produces. Actions not listed produce none. */
const CASE_DOCUMENTS: Partial<Record<ProposalAction, Builder>> = {
  submit: plan,
  requestPartyOpinion: partyOpinion('approval'),
  requestPartyOpinionOnResults: partyOpinion('evaluation'),
  closeMeeting: closeMeetingMinutes('approval'),
  closeEvaluationMeeting: closeMeetingMinutes('evaluation'),
  decideApproval: decision('approval'),
  decideOverride: decision('override'),
  decideRejection: decision('rejection'),
  adjustScope: decision('adjustment'),
  suspend: decision('suspension'),
  resume: decision('resumption'),
  terminate: decision('termination'),
  reportCompletion: completionReport,
  recordEvaluation: evaluationConclusion,
  determineProtection: protection,
};

const PLACE_IN_NAME = /(?:^|\s)(?:[Tt]ỉnh ủy|[Tt]hành ủy|[Đđ]ảng ủy|[Tt]ỉnh|[Tt]hành phố|[Xx]ã|[Pp]hường|[Đđ]ặc khu)\s+(\p{Lu}.*)$/u;

/**
 * The place of the date line when the tree has no People's Committee above the agency (Party
 * bodies: "Ban Tuyên giáo Tỉnh ủy" under "Tỉnh ủy Hòa Sơn" → "Hòa Sơn"): the first place name
 * in the agency's own name or its ancestors'. Null when none names one.
 */
async function placeFromNames(tx: Kysely<DB>, organisationId: string): Promise<string | null> {
  let id: string | null = organisationId;
  for (let depth = 0; id && depth < 50; depth++) {
    const org: { name: string; parent_id: string | null } | undefined = await tx
      .selectFrom('organisations')
      .select(['name', 'parent_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!org) return null;
    const match = PLACE_IN_NAME.exec(org.name);
    if (match) return match[1]!.trim();
    id = org.parent_id;
  }
  return null;
}

async function issue(ctx: TransitionContext, doc: CaseDocument): Promise<IssuedDocument> {
  const request = {
    organisationId: doc.organisationId,
    template: doc.template,
    draft: doc.draft,
    subject: { type: 'proposal', id: ctx.row.id },
  };
  try {
    return await issueDocumentInCommand(ctx.services, ctx.scope, request);
  } catch (error) {
    // Refused before any write (the letterhead is read first), so the transaction is intact.
    if (!isDomainError(error) || error.code !== 'document.place_unknown') throw error;
    const place = await placeFromNames(ctx.scope.tx, doc.organisationId);
    if (place === null) throw error;
    return issueDocumentInCommand(ctx.services, ctx.scope, { ...request, place });
  }
}

/**
 * Issue the documents an action produces, after its event was recorded (same transaction).
 * Returns what was issued so the caller may log it; the case detail lists them from the
 * documents table.
 */
export async function issueCaseDocuments(ctx: TransitionContext, action: ProposalAction, payload: Payload): Promise<IssuedDocument[]> {
  const builder = CASE_DOCUMENTS[action];
  if (!builder) return [];
  const built = await builder(ctx, payload);
  const list = built === null ? [] : Array.isArray(built) ? built : [built];
  const issued: IssuedDocument[] = [];
  for (const doc of list) issued.push(await issue(ctx, doc));
  return issued;
}

/** The documents of a case, oldest first, for the case detail. */
export function caseDocumentRows(db: Kysely<DB>, proposalId: string) {
  return db
    .selectFrom('documents')
    .select(['id', 'ledger_idx'])
    .where('subject_type', '=', 'proposal')
    .where('subject_id', '=', proposalId)
    .orderBy(sql`ledger_idx`);
}
