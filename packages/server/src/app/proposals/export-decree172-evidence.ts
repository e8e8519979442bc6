/**
 * Issue §2 item 11: the evaluation record of a case whose protection is determined, exportable
 * as evidence for a discipline exemption under Decree 172/2025 — as JSON and as a Decree 30
 * styled DOCX/PDF extract. Every statement carries the index of the ledger event it comes from,
 * so whoever receives it can check each one against the ledger (inclusion proofs, dossier).
 *
 * The content is read from the projections (which the ledger rebuilds) and the indices from the
 * case's ledger entries; nothing is recomputed except the vote tally of a meeting that was never
 * closed (core's `tallyVotes`, the same arithmetic the meeting would have sealed).
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { DomainError } from '@khien/core/errors';
import { isWithinPath } from '@khien/core';
import type { Actor } from '@khien/core/authorization';
import { tallyVotes } from '@khien/core/procedure';
import type { CollectiveMember, Deviation, RuleReason, ScopeConformanceReport, TallyResult } from '@khien/core/procedure';
import type { DB } from '../../db/schema.ts';
import { buildDecree172Evidence, type Decree172EvidenceData } from '../../documents/builders/decree172-evidence.ts';
import { letterheadOf, placeOf } from '../../documents/letterhead.ts';
import type { DocumentModel } from '../../documents/model.ts';
import { placeDateLine, vietnamCalendarDate, vietnameseDatePhrase } from '../../documents/numbering.ts';
import { renderDocx } from '../../documents/render-docx.ts';
import { renderPdf } from '../../documents/render-pdf.ts';
import { vietnamDate } from '../auth/load-actor.ts';
import type { Services } from '../services.ts';
import { loadProposalRow, proposalNotFound, visibleProposal, type ProposalRow } from './case-access.ts';
import { tieRuleOf } from './case-helpers.ts';
import { loadDefinition } from './definitions.ts';
import { PROPOSAL_EVENTS as E } from './events.ts';
import { iso } from './proposal-view.ts';

const localized = z.object({ vi: z.string(), en: z.string() });
const personRef = z.object({ id: z.string(), name: z.string() }).nullable();
const ledgerIndex = z.number().int().nullable().meta({ description: 'Index of the ledger event the item comes from (null if redacted)' });
const reasonView = z.object({
  code: z.string(),
  vi: z.string(),
  en: z.string(),
  citation: z.string(),
  status: z.enum(['confirmed', 'configurable']),
});
const adjustRef = z.object({ decisionId: z.string(), ledgerIndex, reasons: z.string().nullable(), decidedAt: z.string().nullable() });

export const decree172EvidenceView = z
  .object({
    proposal: z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      procedure: z.string(),
      proposer: personRef,
      employingAgency: z.object({ id: z.string(), name: z.string() }),
      decidingAgency: z.object({ id: z.string(), name: z.string() }).nullable(),
    }),
    evaluation: z.object({
      outcome: z.enum(['completed', 'notCompletedNoDamage', 'notCompletedWithDamage']),
      extent: z.enum(['full', 'partly', 'not']),
      findings: z.object({ followedApprovedLine: z.boolean(), pureMotive: z.boolean(), commonInterest: z.boolean() }).nullable(),
      conclusion: z.string().nullable(),
      evaluatedBy: personRef,
      evaluatedAt: z.string(),
      ledgerIndex,
    }),
    causes: z.array(
      z.object({ kind: z.enum(['objective', 'subjective']), description: z.string(), attributedTo: z.string(), ledgerIndex }),
    ),
    evaluationMeeting: z
      .object({
        id: z.string(),
        date: z.string(),
        scheduledLedgerIndex: ledgerIndex,
        members: z.array(
          z.object({
            personId: z.string(),
            name: z.string(),
            role: z.enum(['head', 'deputy']),
            recused: z.boolean(),
            choice: z.enum(['for', 'against', 'abstain']).nullable(),
            reason: z.string().nullable(),
            castAt: z.string().nullable(),
            ledgerIndex,
          }),
        ),
        tally: z.record(z.string(), z.unknown()).nullable(),
        /** `sealed`: recorded when the meeting was closed; `computed`: meeting never closed, tallied now by the same rule. */
        tallySource: z.enum(['sealed', 'computed']).nullable(),
        closedLedgerIndex: ledgerIndex,
      })
      .nullable(),
    conformance: z
      .object({
        withinApprovedScope: z.boolean(),
        citation: z.string(),
        scopeApprovedLedgerIndex: ledgerIndex,
        /** The report as sealed in the protection determination event. */
        ledgerIndex,
        deviations: z.array(
          z.object({
            kind: z.string(),
            subject: z.string(),
            approved: z.union([z.string(), z.number()]).nullable(),
            actual: z.union([z.string(), z.number()]),
            since: z.string(),
            text: localized,
            citation: z.string(),
            covered: z.boolean(),
            coveredBy: z.array(adjustRef),
            retroactiveDecisions: z.array(adjustRef),
          }),
        ),
      })
      .nullable(),
    protection: z.object({
      derived: z.string(),
      derivedReasons: z.array(reasonView),
      confirmed: z.boolean(),
      protection: z.string(),
      departureReasons: z.string().nullable(),
      abuse: z.boolean(),
      determinedBy: personRef,
      determinedAt: z.string(),
      citations: z.array(z.string()),
      ledgerIndex,
    }),
    decree172: z
      .object({ citation: z.string(), objectiveCauseRecorded: z.boolean(), text: localized })
      .nullable()
      .meta({ description: 'Present when the rule gives "exclusion, exemption or mitigation to be considered"' }),
    ledger: z.object({ size: z.number().int(), exportedAt: z.string() }),
  })
  .meta({ id: 'Decree172Evidence' });
export type Decree172Evidence = z.infer<typeof decree172EvidenceView>;

export const evidenceFormat = z.enum(['pdf', 'docx']);

interface LedgerItem {
  idx: number;
  type: string;
  payload: Record<string, unknown> | null;
}

function notDetermined(id: string): DomainError {
  return new DomainError(
    'evidence.protection_not_determined',
    {
      vi: 'Chưa xác định việc bảo vệ theo Điều 11 nên chưa có hồ sơ để trích xuất làm chứng cứ.',
      en: 'Protection under Art. 11 has not been determined yet, so there is no record to export as evidence.',
    },
    { id, citation: 'ND73/2023 Art. 11' },
  );
}

/**
 * Who may take the record away as evidence: the proposer (it is their defence), the deciding
 * head (recorded or current) and whoever determined the protection, inspectors whose scope
 * covers the employing agency, and system administrators. Anyone else — even a participant who
 * may read the case — gets the same 404 as for a case that does not exist.
 */
async function mayExport(db: Kysely<DB>, actor: Actor, row: ProposalRow, determinedBy: string | null): Promise<boolean> {
  if (actor.roles.includes('system_admin')) return true;
  if (actor.roles.includes('inspector') && actor.scopePath !== null && isWithinPath(row.employing_agency_path, actor.scopePath)) {
    return true;
  }
  if (actor.personId === null) return false;
  const recorded = await loadProposalRow(db, row.id);
  return [row.proposer_id, row.deciding_head_id, recorded?.deciding_head_id ?? null, determinedBy].includes(actor.personId);
}

async function names(db: Kysely<DB>, ids: Array<string | null>) {
  const list = [...new Set(ids.filter((id): id is string => id !== null && /^[0-9a-f-]{36}$/.test(id)))];
  if (list.length === 0) return new Map<string, { name: string; position: string | null }>();
  const rows = await db.selectFrom('people').select(['id', 'full_name', 'position_title']).where('id', 'in', list).execute();
  return new Map(rows.map((r) => [r.id, { name: r.full_name, position: r.position_title }]));
}

export async function exportDecree172Evidence(services: Services, actor: Actor, id: string): Promise<Decree172Evidence> {
  const db = services.database.db;
  const row = await visibleProposal(db, actor, id);
  const protection = await db.selectFrom('proposal_protections').selectAll().where('proposal_id', '=', id).executeTakeFirst();
  if (!(await mayExport(db, actor, row, protection?.determined_by ?? null))) throw proposalNotFound(id);
  if (!protection) throw notDetermined(id);
  const evaluation = await db.selectFrom('proposal_evaluations').selectAll().where('proposal_id', '=', id).executeTakeFirst();
  if (!evaluation) throw notDetermined(id);

  const [causes, meeting, adjustments, entries, size, orgs] = await Promise.all([
    db.selectFrom('proposal_causes').selectAll().where('proposal_id', '=', id).orderBy('position').execute(),
    evaluation.meeting_id
      ? db.selectFrom('proposal_meetings').selectAll().where('id', '=', evaluation.meeting_id).executeTakeFirst()
      : Promise.resolve(undefined),
    db
      .selectFrom('proposal_decisions')
      .selectAll()
      .where('proposal_id', '=', id)
      .where('kind', '=', 'adjust')
      .orderBy('event_idx')
      .execute(),
    db
      .selectFrom('ledger_entries')
      .leftJoin('ledger_payloads', 'ledger_payloads.idx', 'ledger_entries.idx')
      .select(['ledger_entries.idx', 'ledger_entries.type', 'ledger_payloads.payload'])
      .where('ledger_entries.aggregate_id', '=', id)
      .orderBy('ledger_entries.idx')
      .execute(),
    db
      .selectFrom('ledger_entries')
      .select((eb) => eb.fn.max('idx').as('last'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('organisations')
      .select(['id', 'name'])
      .where('id', 'in', [row.employing_agency_id, ...(row.deciding_agency_id ? [row.deciding_agency_id] : [])])
      .execute(),
  ]);
  const ledger: LedgerItem[] = entries.map((e) => ({
    idx: Number(e.idx),
    type: e.type,
    payload: e.payload ? (JSON.parse(e.payload) as Record<string, unknown>) : null,
  }));
  const last = (type: string) => ledger.filter((e) => e.type === type).at(-1)?.idx ?? null;
  const find = (type: string, match: (p: Record<string, unknown>) => boolean) =>
    ledger.find((e) => e.type === type && e.payload !== null && match(e.payload))?.idx ?? null;

  const ballots = meeting
    ? await db.selectFrom('proposal_ballots').selectAll().where('meeting_id', '=', meeting.id).orderBy('cast_at').execute()
    : [];
  const members = (meeting?.members as CollectiveMember[] | undefined) ?? [];
  const people = await names(db, [row.proposer_id, evaluation.evaluated_by, protection.determined_by, ...members.map((m) => m.personId)]);
  const nameOf = (pid: string | null) => (pid === null ? null : { id: pid, name: people.get(pid)?.name ?? pid });

  let tally: TallyResult | Record<string, unknown> | null = (meeting?.tally as Record<string, unknown> | null) ?? null;
  let tallySource: 'sealed' | 'computed' | null = tally ? 'sealed' : null;
  if (meeting && !tally) {
    const definition = await loadDefinition(db, row.procedure_id, row.procedure_version);
    try {
      tally = tallyVotes({
        members,
        proposerPersonId: row.proposer_id,
        ballots: ballots.map((b) => ({ personId: b.person_id, choice: b.choice as 'for' | 'against' | 'abstain' })),
        tieRule: tieRuleOf(definition),
      });
      tallySource = 'computed';
    } catch {
      // A collective the vote rule cannot count (e.g. no single head) is shown without a tally.
      tally = null;
    }
  }
  const recused = new Set<string>((tally as { recused?: string[] } | null)?.recused ?? []);

  const adjustIndex = new Map(adjustments.map((a) => [a.id, a]));
  const adjustRefOf = (decisionId: string) => {
    const a = adjustIndex.get(decisionId);
    return {
      decisionId,
      ledgerIndex: a ? Number(a.event_idx) : null,
      reasons: a?.reasons ?? null,
      decidedAt: a ? iso(a.decided_at) : null,
    };
  };
  const report = protection.conformance as ScopeConformanceReport | null;
  const protectionIndex = last(E.determineProtection);
  const derivedReasons = protection.derived_reasons as RuleReason[];
  const decree172 = protection.decree172 as Decree172Evidence['decree172'];
  const citations = [
    ...new Set([
      ...derivedReasons.map((r) => r.citation),
      ...(report ? [report.citation, ...report.deviations.map((d: Deviation) => d.citation)] : []),
      ...(decree172 ? [decree172.citation] : []),
    ]),
  ];
  const orgName = (oid: string) => orgs.find((o) => o.id === oid)?.name ?? oid;

  return {
    proposal: {
      id: row.id,
      code: row.code,
      title: row.title,
      procedure: `${row.procedure_id}@${row.procedure_version}`,
      proposer: nameOf(row.proposer_id),
      employingAgency: { id: row.employing_agency_id, name: orgName(row.employing_agency_id) },
      decidingAgency: row.deciding_agency_id ? { id: row.deciding_agency_id, name: orgName(row.deciding_agency_id) } : null,
    },
    evaluation: {
      outcome: evaluation.outcome as Decree172Evidence['evaluation']['outcome'],
      extent: evaluation.extent as Decree172Evidence['evaluation']['extent'],
      findings: (evaluation.findings as Decree172Evidence['evaluation']['findings']) ?? null,
      conclusion: evaluation.conclusion,
      evaluatedBy: nameOf(evaluation.evaluated_by),
      evaluatedAt: iso(evaluation.evaluated_at)!,
      ledgerIndex: last(E.recordEvaluation),
    },
    // The causes are recorded by the evaluation event itself.
    causes: causes.map((c) => ({
      kind: c.kind as 'objective' | 'subjective',
      description: c.description,
      attributedTo: c.attributed_to,
      ledgerIndex: last(E.recordEvaluation),
    })),
    evaluationMeeting: meeting
      ? {
          id: meeting.id,
          date: meeting.meeting_date,
          scheduledLedgerIndex: find(E.scheduleEvaluation, (p) => (p['meeting'] as { id?: string } | undefined)?.id === meeting.id),
          members: members.map((m) => {
            const ballot = ballots.find((b) => b.person_id === m.personId);
            return {
              personId: m.personId,
              name: people.get(m.personId)?.name ?? m.personId,
              role: m.role,
              recused: recused.has(m.personId),
              choice: (ballot?.choice as 'for' | 'against' | 'abstain' | undefined) ?? null,
              reason: ballot?.reason ?? null,
              castAt: ballot ? iso(ballot.cast_at) : null,
              ledgerIndex: ballot
                ? find(
                    E.recordEvaluationVote,
                    (p) => p['meetingId'] === meeting.id && (p['ballot'] as { personId?: string } | undefined)?.personId === m.personId,
                  )
                : null,
            };
          }),
          tally: tally as Record<string, unknown> | null,
          tallySource,
          closedLedgerIndex: meeting.closed ? find(E.closeEvaluationMeeting, (p) => p['meetingId'] === meeting.id) : null,
        }
      : null,
    conformance: report
      ? {
          withinApprovedScope: report.withinApprovedScope,
          citation: report.citation,
          scopeApprovedLedgerIndex: last(E.approveScope),
          ledgerIndex: protectionIndex,
          deviations: report.deviations.map((d) => ({
            kind: d.kind,
            subject: d.subject,
            approved: d.approved,
            actual: d.actual,
            since: d.since,
            text: d.text,
            citation: d.citation,
            covered: d.covered,
            coveredBy: d.coveredBy.map(adjustRefOf),
            retroactiveDecisions: d.retroactiveDecisions.map(adjustRefOf),
          })),
        }
      : null,
    protection: {
      derived: protection.derived,
      derivedReasons: derivedReasons.map((r) => ({ code: r.code, vi: r.vi, en: r.en, citation: r.citation, status: r.status })),
      confirmed: protection.confirmed,
      protection: protection.protection,
      departureReasons: protection.departure_reasons,
      abuse: protection.abuse,
      determinedBy: nameOf(protection.determined_by),
      determinedAt: iso(protection.determined_at)!,
      citations,
      ledgerIndex: protectionIndex,
    },
    decree172: decree172 ?? null,
    ledger: { size: size.last === null ? 0 : Number(size.last) + 1, exportedAt: services.now().toISOString() },
  };
}

/** The builder's plain data from the JSON export (Vietnamese wording is the builder's job). */
function documentData(e: Decree172Evidence, proposerPosition: string | null): Decree172EvidenceData {
  const vnDay = (instant: string) => vietnamDate(new Date(instant));
  return {
    proposalCode: e.proposal.code,
    proposalTitle: e.proposal.title,
    proposerName: e.proposal.proposer?.name ?? '—',
    proposerPosition,
    agencyName: e.proposal.employingAgency.name,
    procedure: e.proposal.procedure,
    exportedOn: vnDay(e.ledger.exportedAt),
    ledgerSize: e.ledger.size,
    outcome: e.evaluation.outcome,
    extent: e.evaluation.extent,
    findings: e.evaluation.findings,
    conclusion: e.evaluation.conclusion,
    evaluatedOn: vnDay(e.evaluation.evaluatedAt),
    evaluationLedgerIndex: e.evaluation.ledgerIndex,
    causes: e.causes.map((c) => ({ kind: c.kind, description: c.description, attributedTo: c.attributedTo, ledgerIndex: c.ledgerIndex })),
    meeting: e.evaluationMeeting
      ? {
          date: e.evaluationMeeting.date,
          members: e.evaluationMeeting.members.map((m) => ({
            name: m.name,
            role: m.role,
            recused: m.recused,
            choice: m.choice,
            ledgerIndex: m.ledgerIndex,
          })),
          tally: (e.evaluationMeeting.tally?.['explanation'] as { vi?: string } | undefined)?.vi ?? null,
          tallyCitation: (e.evaluationMeeting.tally?.['citation'] as string | undefined) ?? null,
          closedLedgerIndex: e.evaluationMeeting.closedLedgerIndex,
        }
      : null,
    conformance: e.conformance
      ? {
          withinApprovedScope: e.conformance.withinApprovedScope,
          citation: e.conformance.citation,
          scopeApprovedLedgerIndex: e.conformance.scopeApprovedLedgerIndex,
          deviations: e.conformance.deviations.map((d) => ({
            text: d.text.vi,
            since: d.since,
            covered: d.covered,
            coveredBy: d.coveredBy.map((c) => `QĐ điều chỉnh, sổ cái ${c.ledgerIndex === null ? '—' : `#${c.ledgerIndex}`}`),
            citation: d.citation,
          })),
        }
      : null,
    protection: {
      derived: e.protection.derived as Decree172EvidenceData['protection']['derived'],
      protection: e.protection.protection as Decree172EvidenceData['protection']['protection'],
      reasons: e.protection.derivedReasons.map((r) => ({ text: r.vi, citation: r.citation })),
      confirmed: e.protection.confirmed,
      departureReasons: e.protection.departureReasons,
      abuse: e.protection.abuse,
      determinedBy: e.protection.determinedBy?.name ?? null,
      determinedOn: vnDay(e.protection.determinedAt),
      ledgerIndex: e.protection.ledgerIndex,
    },
    decree172: e.decree172
      ? { citation: e.decree172.citation, text: e.decree172.text.vi, objectiveCauseRecorded: e.decree172.objectiveCauseRecorded }
      : null,
  };
}

type OrgRow = {
  id: string;
  name: string;
  short_name: string | null;
  abbreviation: string | null;
  kind: string;
  parent_id: string | null;
  superior_agency_id: string | null;
  path: string;
};

/** The deciding (else employing) agency's header and place; no abbreviation needed: nothing is numbered. */
async function header(db: Kysely<DB>, organisationId: string) {
  const load = (oid: string) =>
    db
      .selectFrom('organisations')
      .select(['id', 'name', 'short_name', 'abbreviation', 'kind', 'parent_id', 'superior_agency_id', 'path'])
      .where('id', '=', oid)
      .executeTakeFirst() as Promise<OrgRow | undefined>;
  const org = (await load(organisationId))!;
  const superior = org.superior_agency_id ? ((await load(org.superior_agency_id)) ?? null) : null;
  const chain: OrgRow[] = [org];
  for (let parentId = org.parent_id; parentId && chain.length < 50;) {
    const parent = await load(parentId);
    if (!parent) break;
    chain.push(parent);
    parentId = parent.parent_id;
  }
  return { letterhead: letterheadOf(org, superior), place: placeOf(chain) };
}

export interface EvidenceFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
  sha256: string;
}

/**
 * The same record as a Decree 30 styled extract (DOCX or PDF). Not numbered and not issued:
 * it is a reproducible view of sealed records, not an act of the agency, so it neither takes a
 * number from the agency's series nor records a ledger event; "Hồ sơ: DX-…" stands where a
 * document number would be. Its bytes' SHA-256 travels in a response header.
 */
export async function exportDecree172EvidenceDocument(
  services: Services,
  actor: Actor,
  id: string,
  format: z.infer<typeof evidenceFormat>,
): Promise<EvidenceFile> {
  const evidence = await exportDecree172Evidence(services, actor, id);
  const db = services.database.db;
  const proposer = evidence.proposal.proposer
    ? await db.selectFrom('people').select('position_title').where('id', '=', evidence.proposal.proposer.id).executeTakeFirst()
    : undefined;
  const draft = buildDecree172Evidence(documentData(evidence, proposer?.position_title ?? null));
  const { letterhead, place } = await header(db, evidence.proposal.decidingAgency?.id ?? evidence.proposal.employingAgency.id);
  const now = services.now();
  const day = vietnamCalendarDate(now);
  const dateLine = vietnameseDatePhrase(day);
  const model: DocumentModel = {
    ...draft,
    letterhead,
    numberLine: `Hồ sơ: ${evidence.proposal.code}`,
    placeDateLine: place ? placeDateLine(place, day) : `${dateLine.charAt(0).toUpperCase()}${dateLine.slice(1)}`,
  };
  const title = `Trích xuất hồ sơ ${evidence.proposal.code} — chứng cứ theo Nghị định 172/2025/NĐ-CP`;
  const bytes = format === 'pdf' ? await renderPdf(model, { title, issuedAt: now }) : await renderDocx(model, { title, issuedAt: now });
  return {
    fileName: `Trích xuất hồ sơ ${evidence.proposal.code} (NĐ 172-2025).${format}`,
    contentType: format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
