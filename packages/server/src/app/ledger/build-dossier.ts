import type { Kysely } from 'kysely';
import { cleanText, isWithinPath } from '@khien/core';
import type { Actor } from '@khien/core/authorization';
import { bytesToHex, inclusionProofFromNodes, inclusionProofPlan, type NodeId } from '@khien/core/ledger';
import type { DB } from '../../db/schema.ts';
import '../../documents/tables.ts';
import { checkpointAt, latestCheckpoint, makeCheckpoint, type StoredCheckpoint } from '../../ledger/checkpoints.ts';
import {
  DOSSIER_DOCUMENTS_DIR,
  DOSSIER_FORMAT,
  DOSSIER_JSON,
  DOSSIER_README,
  type Dossier,
  type DossierDocument,
  type DossierEvent,
  type DossierProposal,
} from '../../ledger/dossier-format.ts';
import { writeZip, type ZipFile } from '../../ledger/dossier-zip.ts';
import { entriesWithPayloads, readNodes } from '../../ledger/node-store.ts';
import { witnessDb } from '../../ledger/witness-tables.ts';
import { loadProposalRow, proposalNotFound, type ProposalRow } from '../proposals/case-access.ts';
import { loadDefinition, procedureRef } from '../proposals/definitions.ts';
import { PROPOSAL_EVENTS } from '../proposals/events.ts';
import { organisationNames, personNames, stateLabel } from '../proposals/get-proposal.ts';
import type { Services } from '../services.ts';
import { dossierReadme } from './dossier-readme.ts';
import { noteWithCosignatures } from './ledger-queries.ts';

/**
 * Who may take the case's evidence home: the cadre who proposed it (it is their protection),
 * the head who decided it (deciding_head_id, or whoever heads the deciding agency now),
 * inspectors and organisation officers whose scope contains the case, and system
 * administrators. Everyone else — council members and consulted parties included, who may see
 * the case — gets 404: the dossier bundles every payload of the case in one file.
 */
export function mayDownloadDossier(actor: Actor, row: ProposalRow): boolean {
  if (actor.roles.includes('system_admin')) return true;
  if (actor.personId !== null && (row.proposer_id === actor.personId || row.deciding_head_id === actor.personId)) return true;
  if (row.deciding_agency_id !== null && actor.positions.some((p) => p.role === 'head' && p.organisationId === row.deciding_agency_id)) {
    return true;
  }
  const inScope = actor.scopePath !== null && isWithinPath(row.employing_agency_path, actor.scopePath);
  return inScope && (actor.roles.includes('inspector') || actor.roles.includes('org_officer'));
}

function caseEntries(db: Kysely<DB>, aggregateIds: string[], below: number | null) {
  let query = entriesWithPayloads(db).where('ledger_entries.aggregate_id', 'in', aggregateIds).orderBy('ledger_entries.idx');
  if (below !== null) query = query.where('ledger_entries.idx', '<', below);
  return query.execute();
}

/**
 * One signed checkpoint covering index `last`: the newest one a witness has cosigned if any
 * covers it (evidence outside the operator's reach), else the latest, else a fresh one.
 */
async function coveringCheckpoint(services: Services, last: number): Promise<StoredCheckpoint> {
  const { db } = services.database;
  const cosigned = await db
    .selectFrom('ledger_cosignatures')
    .select((eb) => eb.fn.max('checkpoint_size').as('size'))
    .where('checkpoint_size', '>', last)
    .executeTakeFirst();
  if (cosigned?.size !== null && cosigned?.size !== undefined) {
    const found = await checkpointAt(db, Number(cosigned.size));
    if (found) return found;
  }
  const latest = await latestCheckpoint(db);
  if (latest && latest.size > last) return latest;
  const made = await makeCheckpoint(db, await services.logKey(), services.now());
  if (!made || made.size <= last) throw new Error(`no checkpoint covers ledger index ${last}`);
  return made;
}

/** A file name safe in every unzip tool and file system, Vietnamese letters kept. */
function safeFileName(name: string): string {
  const cleaned = cleanText(name)
    .replace(/[/\\:*?"<>|\p{Cc}]/gu, '_')
    .replace(/^\.+/, '_')
    .trim();
  return (cleaned || 'tep').slice(0, 120);
}

function attachmentIdOf(payload: unknown): string | null {
  const attachment = (payload as { attachment?: { id?: unknown } } | null)?.attachment;
  return typeof attachment?.id === 'string' ? attachment.id : null;
}

function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

async function proposalSummary(db: Kysely<DB>, row: ProposalRow): Promise<DossierProposal> {
  const definition = await loadDefinition(db, row.procedure_id, row.procedure_version);
  const people = await personNames(db, [row.proposer_id]);
  const orgs = await organisationNames(db, [row.employing_agency_id, row.deciding_agency_id]);
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    state: row.state,
    stateLabel: stateLabel(definition, row.state),
    procedure: procedureRef({ id: row.procedure_id, version: row.procedure_version }),
    proposer: { id: row.proposer_id, name: people.get(row.proposer_id) ?? row.proposer_id },
    employingAgency: { id: row.employing_agency_id, name: orgs.get(row.employing_agency_id) ?? row.employing_agency_id },
    decidingAgency:
      row.deciding_agency_id === null
        ? null
        : { id: row.deciding_agency_id, name: orgs.get(row.deciding_agency_id) ?? row.deciding_agency_id },
    approvalKind: row.approval_kind,
    outcome: row.outcome,
    protection: row.protection,
    submittedAt: iso(row.submitted_at),
    decidedAt: iso(row.decided_at),
    closedAt: iso(row.closed_at),
  };
}

export interface BuiltDossier {
  /** Suggested download name (Vietnamese; send with RFC 5987 encoding). */
  fileName: string;
  zip: Buffer;
  dossier: Dossier;
}

/**
 * The protection dossier (hồ sơ bảo vệ) of a proposal: every ledger event of the case (the
 * proposal's own events, and those of the official documents issued for it) with payload and
 * salt — or marked redacted with the lawful basis —, an inclusion proof per event against one
 * signed, preferably cosigned, checkpoint, the verifier keys, the case's files with their
 * SHA-256 and the sealing event, and a bilingual README. Layout: docs/dossier-format.md.
 */
export async function buildDossier(services: Services, actor: Actor, proposalId: string): Promise<BuiltDossier> {
  const { db } = services.database;
  const row = await loadProposalRow(db, proposalId);
  if (!row || !mayDownloadDossier(actor, row)) throw proposalNotFound(proposalId);

  const documentRows = await db
    .selectFrom('documents')
    .select(['id', 'symbol', 'ledger_idx'])
    .where('subject_type', '=', 'proposal')
    .where('subject_id', '=', proposalId)
    .execute();
  const aggregateIds = [proposalId, ...documentRows.map((d) => d.id)];

  // Choose the checkpoint after seeing the case's last event, then read exactly what it covers
  // (an event appended meanwhile is either covered or left for the next export).
  const known = await caseEntries(db, aggregateIds, null);
  const lastIndex = Math.max(...known.map((e) => Number(e.idx)), ...documentRows.map((d) => Number(d.ledger_idx)));
  if (!Number.isFinite(lastIndex)) throw new Error(`proposal ${proposalId} has no ledger events`);
  const checkpoint = await coveringCheckpoint(services, lastIndex);
  const size = checkpoint.size;
  const entries = await caseEntries(db, aggregateIds, size);

  // All proofs from one batched node read: O(events · log n) hashes, one round trip.
  const plans = new Map<string, NodeId>();
  for (const e of entries) for (const id of inclusionProofPlan(Number(e.idx), size).reads) plans.set(`${id.level}/${id.index}`, id);
  const reader = await readNodes(db, [...plans.values()]);

  // The lawful basis of each redaction is the payload of its `ledger.payload_redacted` event.
  const redactionIdx = entries.filter((e) => e.redaction_idx !== null).map((e) => Number(e.redaction_idx));
  const reasons = new Map<number, string | null>();
  if (redactionIdx.length > 0) {
    const rows = await db.selectFrom('ledger_payloads').select(['idx', 'payload']).where('idx', 'in', redactionIdx).execute();
    for (const r of rows) {
      const reason = r.payload === null ? null : (JSON.parse(r.payload) as { reason?: unknown }).reason;
      reasons.set(Number(r.idx), typeof reason === 'string' ? reason : null);
    }
  }

  const events: DossierEvent[] = [];
  const payloadOf = new Map<number, unknown>();
  for (const e of entries) {
    const index = Number(e.idx);
    const redacted = e.payload === null;
    const payload = redacted ? null : (JSON.parse(e.payload!) as unknown);
    if (!redacted) payloadOf.set(index, payload);
    events.push({
      envelope: {
        index,
        type: e.type,
        aggregateId: e.aggregate_id,
        actor: e.actor,
        time: e.time,
        procedureVersion: e.procedure_version,
        commitment: bytesToHex(new Uint8Array(e.commitment)),
      },
      payload,
      // Never the salt without its payload: with it, a guessable payload could be confirmed.
      salt: redacted ? null : bytesToHex(new Uint8Array(e.salt)),
      inclusionProof: (await inclusionProofFromNodes(index, size, reader)).map(bytesToHex),
      redaction: redacted
        ? {
            index: e.redaction_idx === null ? null : Number(e.redaction_idx),
            reason: e.redaction_idx === null ? null : (reasons.get(Number(e.redaction_idx)) ?? null),
            redactedAt: iso(e.redacted_at),
          }
        : null,
    });
  }

  // Files: only those whose sealing event is in the dossier with its payload. A file sealed by
  // a redacted event stays out — the lawful order covers it, and nothing would vouch for it.
  const files: ZipFile[] = [];
  const documents: DossierDocument[] = [];
  const addFile = (doc: Omit<DossierDocument, 'name'>, bytes: Uint8Array) => {
    const name = `${DOSSIER_DOCUMENTS_DIR}${String(documents.length + 1).padStart(2, '0')}-${safeFileName(doc.originalName)}`;
    documents.push({ name, ...doc });
    files.push({ name, data: bytes });
  };
  if (documentRows.length > 0) {
    const symbols = new Map(documentRows.map((d) => [d.id, d.symbol]));
    const docFiles = await db
      .selectFrom('document_files')
      .innerJoin('document_blobs', 'document_blobs.sha256', 'document_files.sha256')
      .select([
        'document_files.document_id',
        'document_files.role',
        'document_files.content_type',
        'document_files.file_name',
        'document_files.sha256',
        'document_files.is_signed_original',
        'document_files.ledger_idx',
        'document_blobs.bytes',
      ])
      .where(
        'document_files.document_id',
        'in',
        documentRows.map((d) => d.id),
      )
      .where('document_files.ledger_idx', '<', size)
      .orderBy('document_files.ledger_idx')
      .orderBy('document_files.file_name')
      .execute();
    for (const f of docFiles) {
      if (!payloadOf.has(Number(f.ledger_idx))) continue;
      addFile(
        {
          sha256: f.sha256,
          kind: f.role === 'generated' ? 'generated' : 'signed_copy',
          signedOriginal: f.is_signed_original,
          ledgerIndex: Number(f.ledger_idx),
          originalName: f.file_name,
          mediaType: f.content_type,
          size: f.bytes.byteLength,
          documentId: f.document_id,
          symbol: symbols.get(f.document_id) ?? null,
        },
        f.bytes,
      );
    }
  }
  const sealedAttachments = new Map<string, number>();
  for (const e of entries) {
    const id = e.type === PROPOSAL_EVENTS.addAttachment ? attachmentIdOf(payloadOf.get(Number(e.idx))) : null;
    if (id) sealedAttachments.set(id, Number(e.idx));
  }
  const attachments = await db
    .selectFrom('proposal_attachments')
    .innerJoin('file_blobs', 'file_blobs.sha256', 'proposal_attachments.sha256')
    .select([
      'proposal_attachments.id',
      'proposal_attachments.file_name',
      'proposal_attachments.media_type',
      'proposal_attachments.sha256',
      'file_blobs.bytes',
    ])
    .where('proposal_attachments.proposal_id', '=', proposalId)
    .orderBy('proposal_attachments.uploaded_at')
    .orderBy('proposal_attachments.id')
    .execute();
  for (const a of attachments) {
    const ledgerIndex = sealedAttachments.get(a.id);
    if (ledgerIndex === undefined) continue;
    addFile(
      {
        sha256: a.sha256,
        kind: 'attachment',
        signedOriginal: false,
        ledgerIndex,
        originalName: a.file_name,
        mediaType: a.media_type,
        size: a.bytes.byteLength,
        documentId: null,
        symbol: null,
      },
      a.bytes,
    );
  }

  const key = await services.logKey();
  const witnesses = await witnessDb(db).selectFrom('ledger_trusted_witnesses').select('verifier_key').orderBy('key_name').execute();
  const dossier: Dossier = {
    format: DOSSIER_FORMAT,
    origin: key.origin,
    generatedAt: services.now().toISOString(),
    checkpointNote: noteWithCosignatures(checkpoint),
    verifierKeys: [key.verifierKey, ...witnesses.map((w) => w.verifier_key)],
    proposal: await proposalSummary(db, row),
    events,
    documents,
  };
  const readme = dossierReadme(dossier, checkpoint);
  const zip = writeZip([
    { name: DOSSIER_JSON, data: Buffer.from(`${JSON.stringify(dossier, null, 2)}\n`, 'utf8') },
    { name: DOSSIER_README, data: Buffer.from(readme, 'utf8') },
    ...files,
  ]);
  return { fileName: `Hồ sơ bảo vệ ${safeFileName(row.code)}.zip`, zip, dossier };
}
