import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import {
  canonicalJson,
  openCheckpoint,
  parseVerifierKey,
  verifyConsistency,
  type LedgerEnvelope,
  type NoteVerifier,
} from '@khien/core/ledger';
import { isDomainError, type ErrorMessage } from '@khien/core/errors';
import type { Services } from '../app/services.ts';
import type { DB } from '../db/schema.ts';
import { project } from '../projections/project.ts';
import { leafHashOf, nodeHashOf, sha256, type RecordedEvent } from './append.ts';
import { LEDGER_EVENT_TYPES } from './ledger-events.ts';
import { consistencyProof } from './proofs.ts';
import { isComparedColumn, isComparedTable } from './verify-exclusions.ts';
import { witnessDb } from './witness-tables.ts';

/**
 * `khien verify`: everything the server claims, recomputed from what it stores.
 *
 *  1. The log: every leaf from its envelope columns, every present payload against its
 *     commitment (an erased one against the redaction event that erased it), every stored
 *     subtree hash, the root at every checkpoint, every checkpoint signature and cosignature,
 *     and a consistency proof between consecutive checkpoints.
 *  2. The tables: every event replayed, through the very `project` function commands use, into
 *     a scratch schema; then every projected table compared with the live one row by row and
 *     column by column (verify-exclusions.ts lists what is not derived from events).
 *
 * It all runs in one REPEATABLE READ transaction — one snapshot of log and tables even while
 * other instances keep appending — that is always rolled back, so the scratch schema vanishes
 * and nothing the replay did can reach the live data. The append-only triggers stop honest
 * mistakes; an operator with the database password can disable them. This is what catches him.
 */

export type VerifyPhase = 'log' | 'checkpoints' | 'replay' | 'compare';

export interface VerifyProgress {
  phase: VerifyPhase;
  done: number;
  total: number;
}

export interface Divergence {
  /** Stable code, e.g. `ledger.leaf_mismatch`, `projection.value_mismatch`. */
  code: string;
  eventIndex: number | null;
  table: string | null;
  /** Primary key of the row, e.g. `{ idx: 5 }` or `{ id: '…' }`. */
  row: Record<string, unknown> | null;
  /** The column found altered; for an envelope, the candidates (`type|actor|…`). */
  column: string | null;
  live?: unknown;
  replayed?: unknown;
  message: ErrorMessage;
}

export interface UnverifiableRow {
  table: string;
  row: Record<string, unknown>;
  columns: string[];
  /** Events whose payload was erased by lawful order and that this row depends on. */
  redactedEvents: number[];
}

export interface VerifyReport {
  ok: boolean;
  engine: string;
  treeSize: number;
  checkpoints: number;
  cosignatures: number;
  replayedEvents: number;
  redactedEvents: number[];
  tables: Array<{ table: string; rows: number }>;
  divergences: Divergence[];
  /** Rows that differ only because they come from redacted payloads: "unverifiable (redacted)". */
  unverifiable: UnverifiableRow[];
  durationMs: number;
}

export interface VerifyOptions {
  onProgress?: (progress: VerifyProgress) => void;
  /** Stop collecting after this many divergences (the first one is what matters). */
  maxDivergences?: number;
  /** Entries read per query. */
  batchSize?: number;
}

const ENVELOPE_COLUMNS: Record<string, string> = {
  index: 'idx',
  type: 'type',
  aggregateId: 'aggregate_id',
  actor: 'actor',
  time: 'time',
  procedureVersion: 'procedure_version',
  commitment: 'commitment',
};
const UNTESTABLE_ENVELOPE = 'type|aggregate_id|actor|time|procedure_version';

class Rollback extends Error {}

interface EntryRow {
  idx: number;
  type: string;
  aggregate_id: string;
  actor: string;
  time: string;
  procedure_version: string | null;
  commitment: Uint8Array;
  leaf_hash: Uint8Array;
  has_payload_row: boolean;
  salt: Uint8Array | null;
  payload: string | null;
  redacted_at: unknown;
  redaction_idx: number | null;
}

const buf = (value: Uint8Array) => Buffer.from(value.buffer, value.byteOffset, value.byteLength);
const hex = (value: Uint8Array | null | undefined) => (value ? Buffer.from(value).toString('hex') : null);

class Findings {
  readonly divergences: Divergence[] = [];
  constructor(readonly max: number) {}
  get full(): boolean {
    return this.divergences.length >= this.max;
  }
  add(d: Omit<Divergence, 'eventIndex' | 'table' | 'row' | 'column'> & Partial<Divergence>): void {
    if (this.full) return;
    this.divergences.push({ eventIndex: null, table: null, row: null, column: null, ...d });
  }
}

async function readEntries(tx: Kysely<DB>, from: number, limit: number): Promise<EntryRow[]> {
  const result = await sql<EntryRow>`
    select e.idx, e.type, e.aggregate_id, e.actor, e.time, e.procedure_version, e.commitment, e.leaf_hash,
           (p.idx is not null) as has_payload_row, p.salt, p.payload, p.redacted_at, p.redaction_idx
      from public.ledger_entries e left join public.ledger_payloads p on p.idx = e.idx
     where e.idx >= ${from} order by e.idx limit ${limit}`.execute(tx);
  return result.rows.map((r) => ({ ...r, idx: Number(r.idx), redaction_idx: r.redaction_idx === null ? null : Number(r.redaction_idx) }));
}

/** The stored nodes that leaves [a, b) complete, one indexed range per level. */
async function readCompletedNodes(tx: Kysely<DB>, a: number, b: number): Promise<Map<string, Buffer>> {
  const ranges = [];
  for (let level = 0; 2 ** level <= b; level++) {
    const lo = Math.ceil((a + 1) / 2 ** level) - 1;
    const hi = Math.floor(b / 2 ** level) - 1;
    if (hi >= lo) ranges.push(sql`(level = ${level} and idx between ${lo} and ${hi})`);
  }
  const found = new Map<string, Buffer>();
  if (ranges.length === 0) return found;
  const rows = await sql<{ level: number; idx: number; hash: Uint8Array }>`
    select level, idx, hash from public.ledger_nodes where ${sql.join(ranges, sql` or `)}`.execute(tx);
  for (const r of rows.rows) found.set(`${Number(r.level)}:${Number(r.idx)}`, buf(new Uint8Array(r.hash)));
  return found;
}

/** Peaks of the growing tree (synchronous node:crypto, same RFC 9162 hashing as core). */
class Accumulator {
  size = 0;
  readonly peaks: Buffer[] = [];
  /** Adds a leaf; returns the nodes it completes, level 0 first. */
  append(leaf: Buffer): Array<{ level: number; index: number; hash: Buffer }> {
    const out = [{ level: 0, index: this.size, hash: leaf }];
    let hash = leaf;
    let n = this.size;
    let level = 0;
    while (n % 2 === 1) {
      hash = nodeHashOf(this.peaks.pop()!, hash);
      level++;
      n = (n - 1) / 2;
      out.push({ level, index: n, hash });
    }
    this.peaks.push(hash);
    this.size++;
    return out;
  }
  root(): Buffer {
    if (this.peaks.length === 0) return sha256();
    let acc = this.peaks[this.peaks.length - 1]!;
    for (let i = this.peaks.length - 2; i >= 0; i--) acc = nodeHashOf(this.peaks[i]!, acc);
    return acc;
  }
}

interface CheckpointRow {
  size: number;
  root: Uint8Array;
  note: string;
  cosignatures: string[];
}

interface LogPhaseResult {
  treeSize: number;
  redacted: Map<number, string>;
  checkpoints: number;
  cosignatures: number;
}

function envelopeOf(row: EntryRow): LedgerEnvelope {
  return {
    index: row.idx,
    type: row.type,
    aggregateId: row.aggregate_id,
    actor: row.actor,
    time: row.time,
    procedureVersion: row.procedure_version,
    commitment: Buffer.from(row.commitment).toString('hex'),
  };
}

async function verifyLog(
  tx: Kysely<DB>,
  services: Services,
  findings: Findings,
  batchSize: number,
  progress: (p: VerifyProgress) => void,
): Promise<LogPhaseResult> {
  const countRow = await sql<{ n: number }>`select count(*)::bigint as n from ledger_entries`.execute(tx);
  const total = Number(countRow.rows[0]?.n ?? 0);
  const checkpointRows = await tx.selectFrom('ledger_checkpoints').select(['size', 'root', 'note']).orderBy('size').execute();
  const cosignRows = await tx
    .selectFrom('ledger_cosignatures')
    .select(['checkpoint_size', 'signature_line'])
    .orderBy('witness_name')
    .execute();
  const checkpoints: CheckpointRow[] = checkpointRows.map((c) => ({
    size: Number(c.size),
    root: new Uint8Array(c.root),
    note: c.note,
    cosignatures: cosignRows.filter((s) => Number(s.checkpoint_size) === Number(c.size)).map((s) => s.signature_line),
  }));
  const rootsAt = new Map<number, Buffer>();
  const wanted = new Set(checkpoints.map((c) => c.size));

  const accumulator = new Accumulator();
  const redacted = new Map<number, string>(); // redacted index → aggregate id
  const redactionClaims = new Map<number, number>(); // redacted index → redaction event index
  const redactionEvents = new Map<number, number | null>(); // redaction event index → target index (null: unreadable)
  let expected = 0;
  let from = 0;
  for (;;) {
    const rows = await readEntries(tx, from, batchSize);
    if (rows.length === 0) break;
    const first = rows[0]!.idx;
    const last = rows[rows.length - 1]!.idx;
    const nodes = await readCompletedNodes(tx, Math.min(first, expected), last + 1);
    for (const row of rows) {
      if (row.idx !== expected) {
        findings.add({
          code: 'ledger.index_gap',
          eventIndex: expected,
          table: 'ledger_entries',
          row: { idx: row.idx },
          column: 'idx',
          message: {
            vi: `Sổ cái không liên tục: thiếu mục ${expected}, mục tiếp theo có chỉ số ${row.idx}.`,
            en: `The log is not contiguous: entry ${expected} is missing; the next entry has idx ${row.idx}.`,
          },
        });
        // Leaves that are missing cannot be recomputed; carry on from the stored node hashes.
        while (accumulator.size < row.idx) {
          const stored = nodes.get(`0:${accumulator.size}`);
          if (!stored) break;
          accumulator.append(stored);
          rootIfWanted(accumulator, wanted, rootsAt);
        }
        expected = row.idx;
      }
      checkEntry(row, nodes, findings, accumulator, { redacted, redactionClaims, redactionEvents });
      rootIfWanted(accumulator, wanted, rootsAt);
      expected++;
    }
    from = last + 1;
    progress({ phase: 'log', done: Math.min(accumulator.size, total), total });
    if (findings.full) break;
  }
  const treeSize = accumulator.size;

  // Redactions: every erased payload must be erased by a recorded redaction event, and every
  // redaction event must have erased its target.
  for (const [index, claim] of redactionClaims) {
    const target = redactionEvents.get(claim);
    if (!redactionEvents.has(claim) || (target !== null && target !== index)) {
      findings.add({
        code: 'ledger.unrecorded_redaction',
        eventIndex: index,
        table: 'ledger_payloads',
        row: { idx: index },
        column: 'payload',
        message: {
          vi: `Nội dung sự kiện #${index} đã bị xóa nhưng không có sự kiện ledger.payload_redacted tương ứng (#${claim}).`,
          en: `The payload of event #${index} is erased but no matching ledger.payload_redacted event (#${claim}) records it.`,
        },
      });
    }
  }
  for (const [eventIndex, target] of redactionEvents) {
    if (target !== null && target < treeSize && !redacted.has(target)) {
      findings.add({
        code: 'ledger.redaction_not_applied',
        eventIndex: target,
        table: 'ledger_payloads',
        row: { idx: target },
        column: 'payload',
        message: {
          vi: `Sự kiện #${eventIndex} ghi nhận việc xóa nội dung sự kiện #${target}, nhưng nội dung này vẫn còn.`,
          en: `Event #${eventIndex} records the redaction of event #${target}'s payload, yet that payload is present.`,
        },
      });
    }
  }
  await checkNodeCount(tx, treeSize, findings);
  const cosignatures = await verifyCheckpoints(tx, services, checkpoints, rootsAt, treeSize, findings, progress);
  return { treeSize, redacted, checkpoints: checkpoints.length, cosignatures };
}

function rootIfWanted(accumulator: Accumulator, wanted: Set<number>, rootsAt: Map<number, Buffer>): void {
  if (wanted.has(accumulator.size)) rootsAt.set(accumulator.size, accumulator.root());
}

function checkEntry(
  row: EntryRow,
  nodes: Map<string, Buffer>,
  findings: Findings,
  accumulator: Accumulator,
  redactions: { redacted: Map<number, string>; redactionClaims: Map<number, number>; redactionEvents: Map<number, number | null> },
): void {
  const at = { eventIndex: row.idx };
  const storedLeaf = buf(new Uint8Array(row.leaf_hash));
  const storedNode = nodes.get(`0:${row.idx}`);
  let leaf: Buffer | null = null;
  try {
    leaf = leafHashOf(envelopeOf(row));
  } catch (error) {
    const field = isDomainError(error) ? String(error.details?.field ?? '') : '';
    findings.add({
      code: 'ledger.bad_envelope',
      ...at,
      table: 'ledger_entries',
      row: { idx: row.idx },
      column: ENVELOPE_COLUMNS[field] ?? UNTESTABLE_ENVELOPE,
      message: {
        vi: `Phong bì của sự kiện #${row.idx} không hợp lệ (${field || 'không rõ trường'}).`,
        en: `The envelope of event #${row.idx} is invalid (${field || 'unknown field'}).`,
      },
    });
  }

  // The payload, on its own: does it open the commitment stored in the envelope?
  let commitmentOk: boolean | null = null;
  let payloadCanonical = true;
  if (!row.has_payload_row) {
    findings.add({
      code: 'ledger.payload_missing',
      ...at,
      table: 'ledger_payloads',
      row: { idx: row.idx },
      column: null,
      message: { vi: `Thiếu dòng nội dung của sự kiện #${row.idx}.`, en: `The payload row of event #${row.idx} is missing.` },
    });
  } else if (row.payload === null) {
    redactions.redacted.set(row.idx, row.aggregate_id);
    redactions.redactionClaims.set(row.idx, row.redaction_idx ?? -1);
  } else {
    const salt = row.salt ? new Uint8Array(row.salt) : new Uint8Array();
    commitmentOk = salt.length === 32 && sha256(salt, Buffer.from(row.payload, 'utf8')).equals(buf(new Uint8Array(row.commitment)));
    try {
      payloadCanonical = canonicalJson(JSON.parse(row.payload)) === row.payload;
    } catch {
      payloadCanonical = false;
    }
    if (row.type === LEDGER_EVENT_TYPES.payloadRedacted) {
      let target: number | null;
      try {
        const parsed = JSON.parse(row.payload) as { index?: unknown };
        target = typeof parsed.index === 'number' ? parsed.index : null;
      } catch {
        target = null;
      }
      redactions.redactionEvents.set(row.idx, target);
    }
  }
  if (row.type === LEDGER_EVENT_TYPES.payloadRedacted && row.payload === null) redactions.redactionEvents.set(row.idx, null);

  const leafOk = leaf !== null && leaf.equals(storedLeaf);
  const nodeOk = leaf !== null && storedNode !== undefined && leaf.equals(storedNode);
  if (leaf !== null && (!leafOk || !nodeOk)) {
    if (!leafOk && nodeOk) {
      findings.add({
        code: 'ledger.leaf_mismatch',
        ...at,
        table: 'ledger_entries',
        row: { idx: row.idx },
        column: 'leaf_hash',
        live: hex(storedLeaf),
        replayed: hex(leaf),
        message: {
          vi: `Cột leaf_hash của sự kiện #${row.idx} đã bị sửa: không khớp với phong bì và cây.`,
          en: `The leaf_hash column of event #${row.idx} was altered: it matches neither the envelope nor the tree.`,
        },
      });
    } else if (leafOk && !nodeOk) {
      // The leaf node itself is reported by the node check below.
    } else if (storedNode !== undefined && storedLeaf.equals(storedNode)) {
      // Leaf column and tree agree with each other, not with the envelope: an envelope column
      // was altered. A payload that no longer opens the commitment points at `commitment`.
      const column = commitmentOk === false ? 'commitment' : UNTESTABLE_ENVELOPE;
      findings.add({
        code: 'ledger.envelope_altered',
        ...at,
        table: 'ledger_entries',
        row: { idx: row.idx },
        column,
        live: hex(leaf),
        replayed: hex(storedLeaf),
        message: {
          vi: `Phong bì của sự kiện #${row.idx} đã bị sửa (cột ${column}): băm lá tính lại không khớp với băm đã ghi vào cây.`,
          en: `The envelope of event #${row.idx} was altered (column ${column}): its recomputed leaf hash differs from the one in the tree.`,
        },
      });
      commitmentOk = commitmentOk === false ? null : commitmentOk; // already attributed
    } else {
      findings.add({
        code: 'ledger.leaf_mismatch',
        ...at,
        table: 'ledger_entries',
        row: { idx: row.idx },
        column: `leaf_hash|${UNTESTABLE_ENVELOPE}|commitment`,
        message: {
          vi: `Sự kiện #${row.idx}: phong bì, leaf_hash và nút lá không khớp nhau.`,
          en: `Event #${row.idx}: envelope, leaf_hash and the leaf node disagree.`,
        },
      });
    }
  }
  if (commitmentOk === false) {
    const column = payloadCanonical ? 'payload|salt' : 'payload';
    findings.add({
      code: 'ledger.commitment_mismatch',
      ...at,
      table: 'ledger_payloads',
      row: { idx: row.idx },
      column,
      message: {
        vi: `Nội dung (hoặc muối) của sự kiện #${row.idx} đã bị sửa: không khớp với cam kết trong sổ cái.`,
        en: `The payload (or salt) of event #${row.idx} was altered: it does not open the commitment in the log.`,
      },
    });
  }

  // The tree holds the stored leaf node; fall back to the recomputed leaf if it is missing.
  const treeLeaf = storedNode ?? leaf ?? storedLeaf;
  for (const node of accumulator.append(treeLeaf)) {
    const stored = nodes.get(`${node.level}:${node.index}`);
    if (stored === undefined) {
      findings.add({
        code: 'ledger.node_missing',
        eventIndex: row.idx,
        table: 'ledger_nodes',
        row: { level: node.level, idx: node.index },
        column: 'hash',
        message: {
          vi: `Thiếu nút cây (tầng ${node.level}, chỉ số ${node.index}).`,
          en: `Tree node (level ${node.level}, index ${node.index}) is missing.`,
        },
      });
    } else if (node.level > 0 && !stored.equals(node.hash)) {
      findings.add({
        code: 'ledger.node_mismatch',
        eventIndex: row.idx,
        table: 'ledger_nodes',
        row: { level: node.level, idx: node.index },
        column: 'hash',
        live: hex(stored),
        replayed: hex(node.hash),
        message: {
          vi: `Băm của nút cây (tầng ${node.level}, chỉ số ${node.index}) đã bị sửa.`,
          en: `The hash of tree node (level ${node.level}, index ${node.index}) was altered.`,
        },
      });
    } else if (node.level === 0 && leaf !== null && leafOk && !stored.equals(leaf)) {
      findings.add({
        code: 'ledger.node_mismatch',
        eventIndex: row.idx,
        table: 'ledger_nodes',
        row: { level: 0, idx: node.index },
        column: 'hash',
        live: hex(stored),
        replayed: hex(leaf),
        message: {
          vi: `Nút lá (tầng 0, chỉ số ${node.index}) đã bị sửa: không khớp với phong bì của sự kiện.`,
          en: `Leaf node (level 0, index ${node.index}) was altered: it does not match the event's envelope.`,
        },
      });
    }
  }
}

async function checkNodeCount(tx: Kysely<DB>, treeSize: number, findings: Findings): Promise<void> {
  let expected = 0;
  for (let level = 0; 2 ** level <= treeSize; level++) expected += Math.floor(treeSize / 2 ** level);
  const row = await sql<{ n: number }>`select count(*)::bigint as n from ledger_nodes`.execute(tx);
  if (Number(row.rows[0]?.n ?? 0) <= expected) return;
  const extra = await sql<{ level: number; idx: number }>`
    select level, idx from ledger_nodes where (idx + 1) * power(2::numeric, level) > ${treeSize} order by level, idx limit 1`.execute(tx);
  const node = extra.rows[0];
  findings.add({
    code: 'ledger.node_unexpected',
    table: 'ledger_nodes',
    row: node ? { level: Number(node.level), idx: Number(node.idx) } : null,
    column: null,
    message: {
      vi: `Bảng ledger_nodes có nút vượt quá kích thước cây ${treeSize}.`,
      en: `ledger_nodes holds a node beyond the tree size ${treeSize}.`,
    },
  });
}

async function verifyCheckpoints(
  tx: Kysely<DB>,
  services: Services,
  checkpoints: CheckpointRow[],
  rootsAt: Map<number, Buffer>,
  treeSize: number,
  findings: Findings,
  progress: (p: VerifyProgress) => void,
): Promise<number> {
  const key = await services.logKey();
  const logVerifier = await parseVerifierKey(key.verifierKey);
  const witnesses = await witnessDb(tx).selectFrom('ledger_trusted_witnesses').select(['key_name', 'verifier_key']).execute();
  const witnessVerifiers: NoteVerifier[] = [];
  for (const w of witnesses) witnessVerifiers.push(await parseVerifierKey(w.verifier_key));
  let cosignatures = 0;
  let previous: { size: number; root: Uint8Array } | null = null;
  for (const [i, cp] of checkpoints.entries()) {
    const where = { table: 'ledger_checkpoints', row: { size: cp.size } };
    const bad = (code: string, column: string, vi: string, en: string) =>
      findings.add({ code, ...where, column, eventIndex: cp.size > 0 ? cp.size - 1 : null, message: { vi, en } });
    let noteRoot: Uint8Array | null = null;
    try {
      const opened = await openCheckpoint(cp.note, [logVerifier], { origin: key.origin });
      if (opened.checkpoint.size !== cp.size) {
        bad(
          'ledger.checkpoint_size_mismatch',
          'note',
          `Điểm kiểm ${cp.size}: kích thước trong chữ ký là ${opened.checkpoint.size}.`,
          `Checkpoint ${cp.size}: the signed note says size ${opened.checkpoint.size}.`,
        );
      } else {
        noteRoot = opened.checkpoint.rootHash;
      }
    } catch (error) {
      const reason = isDomainError(error) ? error.messages : { vi: String(error), en: String(error) };
      bad(
        'ledger.checkpoint_signature',
        'note',
        `Chữ ký của điểm kiểm ${cp.size} không hợp lệ: ${reason.vi}`,
        `The signature of checkpoint ${cp.size} does not verify: ${reason.en}`,
      );
    }
    if (cp.size > treeSize) {
      bad(
        'ledger.checkpoint_beyond_log',
        'size',
        `Điểm kiểm ${cp.size} vượt quá sổ cái (${treeSize} mục).`,
        `Checkpoint ${cp.size} is beyond the log (${treeSize} entries).`,
      );
    } else {
      const computed = rootsAt.get(cp.size);
      if (computed && !computed.equals(buf(cp.root))) {
        bad(
          'ledger.checkpoint_root_mismatch',
          'root',
          `Cột root của điểm kiểm ${cp.size} không khớp với cây tính lại.`,
          `The root column of checkpoint ${cp.size} differs from the recomputed tree.`,
        );
      }
      if (computed && noteRoot && !computed.equals(buf(noteRoot))) {
        bad(
          'ledger.checkpoint_root_mismatch',
          'note',
          `Gốc đã ký ở điểm kiểm ${cp.size} không khớp với cây tính lại.`,
          `The signed root of checkpoint ${cp.size} differs from the recomputed tree.`,
        );
      }
    }
    for (const line of cp.cosignatures) {
      try {
        const opened = await openCheckpoint(`${cp.note}${line}\n`, [logVerifier, ...witnessVerifiers]);
        if (opened.cosignatures.length !== 1) throw new Error('not signed by a trusted witness key');
        cosignatures++;
      } catch (error) {
        const reason = isDomainError(error) ? error.messages.en : (error as Error).message;
        findings.add({
          code: 'ledger.cosignature_invalid',
          table: 'ledger_cosignatures',
          row: { checkpoint_size: cp.size },
          column: 'signature_line',
          eventIndex: null,
          message: {
            vi: `Đồng ký của điểm kiểm ${cp.size} không hợp lệ (${reason}).`,
            en: `A cosignature of checkpoint ${cp.size} does not verify (${reason}).`,
          },
        });
      }
    }
    if (previous && noteRoot && cp.size <= treeSize) {
      try {
        const proof = await consistencyProof(tx, previous.size, cp.size);
        if (!(await verifyConsistency(previous.size, cp.size, proof, previous.root, noteRoot))) throw new Error('proof does not verify');
      } catch (error) {
        bad(
          'ledger.checkpoints_inconsistent',
          'note',
          `Điểm kiểm ${previous.size} và ${cp.size} không nhất quán (${(error as Error).message}).`,
          `Checkpoints ${previous.size} and ${cp.size} are not consistent (${(error as Error).message}).`,
        );
      }
    }
    if (noteRoot) previous = { size: cp.size, root: noteRoot };
    progress({ phase: 'checkpoints', done: i + 1, total: checkpoints.length });
  }
  return cosignatures;
}

// ---------------------------------------------------------------------------------------------
// Replay and compare

async function publicTables(tx: Kysely<DB>): Promise<string[]> {
  const rows = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`.execute(tx);
  return rows.rows.map((r) => r.name);
}

async function tableColumns(tx: Kysely<DB>, table: string): Promise<{ columns: string[]; key: string[] }> {
  const cols = await sql<{ name: string }>`
    select attname as name from pg_attribute
     where attrelid = ${`public.${table}`}::regclass and attnum > 0 and not attisdropped order by attnum`.execute(tx);
  const key = await sql<{ name: string }>`
    select a.attname as name from pg_index i
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
     where i.indrelid = ${`public.${table}`}::regclass and i.indisprimary
     order by array_position(i.indkey::int2[], a.attnum)`.execute(tx);
  return { columns: cols.rows.map((r) => r.name), key: key.rows.map((r) => r.name) };
}

async function replay(
  tx: Kysely<DB>,
  schema: string,
  redacted: Map<number, string>,
  findings: Findings,
  batchSize: number,
  treeSize: number,
  progress: (p: VerifyProgress) => void,
): Promise<{ replayed: number; unverifiableAggregates: Map<string, number[]>; aborted: boolean }> {
  for (const table of await publicTables(tx)) {
    // Every public table gets an (empty) twin, so no unqualified name can fall through to the
    // live schema while search_path points at the scratch one.
    await sql`create table ${sql.id(schema, table)} (like ${sql.id('public', table)} including all)`.execute(tx);
  }
  await sql.raw(`set local search_path to ${schema}, public`).execute(tx);
  const unverifiable = new Map<string, number[]>();
  for (const [index, aggregate] of redacted) unverifiable.set(aggregate, [...(unverifiable.get(aggregate) ?? []), index]);
  // With erased payloads, a later event may depend on state only they carried: isolate each
  // projector in a savepoint so such an event is marked unverifiable instead of aborting.
  const isolate = redacted.size > 0;
  let replayed = 0;
  let from = 0;
  let aborted = false;
  outer: for (;;) {
    const rows = await readEntries(tx, from, batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.payload === null) continue;
      const event: RecordedEvent = {
        index: row.idx,
        type: row.type,
        aggregateId: row.aggregate_id,
        actor: row.actor,
        time: row.time,
        procedureVersion: row.procedure_version,
        payload: parsePayload(row.payload),
      };
      try {
        if (isolate) await sql`savepoint khien_verify_event`.execute(tx);
        await project(tx, event);
        if (isolate) await sql`release savepoint khien_verify_event`.execute(tx);
        replayed++;
      } catch (error) {
        if (isolate) {
          await sql`rollback to savepoint khien_verify_event`.execute(tx);
          unverifiable.set(row.aggregate_id, [...(unverifiable.get(row.aggregate_id) ?? []), row.idx]);
          continue;
        }
        findings.add({
          code: 'replay.failed',
          eventIndex: row.idx,
          table: null,
          row: null,
          column: null,
          message: {
            vi: `Không phát lại được sự kiện #${row.idx} (${row.type}): ${(error as Error).message}`,
            en: `Event #${row.idx} (${row.type}) cannot be replayed: ${(error as Error).message}`,
          },
        });
        aborted = true; // the transaction is now unusable; the report stops here
        break outer;
      }
    }
    from = rows[rows.length - 1]!.idx + 1;
    progress({ phase: 'replay', done: Math.min(from, treeSize), total: treeSize });
  }
  return { replayed, unverifiableAggregates: unverifiable, aborted };
}

function parsePayload(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : { value };
  } catch {
    return {};
  }
}

const MAX_ROWS_PER_TABLE = 20;

async function compareTables(
  tx: Kysely<DB>,
  schema: string,
  unverifiableAggregates: Map<string, number[]>,
  findings: Findings,
  progress: (p: VerifyProgress) => void,
): Promise<{ tables: Array<{ table: string; rows: number }>; unverifiable: UnverifiableRow[] }> {
  const tables = (await publicTables(tx)).filter(isComparedTable);
  const summary: Array<{ table: string; rows: number }> = [];
  const unverifiable: UnverifiableRow[] = [];
  for (const [i, table] of tables.entries()) {
    const { columns: all, key } = await tableColumns(tx, table);
    const columns = all.filter((c) => isComparedColumn(table, c));
    const live = sql.id('public', table);
    const scratch = sql.id(schema, table);
    const keyColumns = key.length > 0 ? key : columns;
    const count = await sql<{ n: number }>`select count(*)::bigint as n from ${live}`.execute(tx);
    summary.push({ table, rows: Number(count.rows[0]?.n ?? 0) });
    // Primary-key columns are never null, so the join is a plain (hashable) equality.
    const on = sql.join(
      key.length > 0
        ? key.map((c) => sql`l.${sql.id(c)} = s.${sql.id(c)}`)
        : columns.map((c) => sql`l.${sql.id(c)}::text is not distinct from s.${sql.id(c)}::text`),
      sql` and `,
    );
    const differs = sql.join(
      columns.map((c) => sql`l.${sql.id(c)}::text is distinct from s.${sql.id(c)}::text`),
      sql` or `,
    );
    const order = sql.join(keyColumns.map((c) => sql`coalesce(l.${sql.id(c)}, s.${sql.id(c)})::text`));
    const rows = await sql<{ live: Record<string, unknown> | null; replayed: Record<string, unknown> | null }>`
      select case when l is null then null else to_jsonb(l) end as live,
             case when s is null then null else to_jsonb(s) end as replayed
        from ${live} l full join ${scratch} s on ${on}
       where l is null or s is null or ${differs}
       order by ${order} limit ${MAX_ROWS_PER_TABLE}`.execute(tx);
    for (const diff of rows.rows) {
      const liveRow = normaliseJson(diff.live);
      const replayedRow = normaliseJson(diff.replayed);
      const source = liveRow ?? replayedRow ?? {};
      const rowKey = Object.fromEntries(keyColumns.map((c) => [c, source[c]]));
      const changed = liveRow && replayedRow ? columns.filter((c) => JSON.stringify(liveRow[c]) !== JSON.stringify(replayedRow[c])) : [];
      const values = new Set([...Object.values(liveRow ?? {}), ...Object.values(replayedRow ?? {})].map((v) => String(v)));
      const dependsOn = [...unverifiableAggregates.entries()].filter(([aggregate]) => values.has(aggregate)).flatMap(([, idx]) => idx);
      if (dependsOn.length > 0) {
        unverifiable.push({
          table,
          row: rowKey,
          columns: changed.length ? changed : columns,
          redactedEvents: dependsOn.sort((a, b) => a - b),
        });
        continue;
      }
      const lastEvent = await lastEventFor(
        tx,
        Object.values(rowKey).map(String),
        [...values].filter((v) => v.length >= 8 && v.length <= 200),
      );
      const keyText = Object.entries(rowKey)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(', ');
      if (!liveRow || !replayedRow) {
        const missing = !liveRow;
        findings.add({
          code: missing ? 'projection.row_missing' : 'projection.row_unexplained',
          eventIndex: lastEvent,
          table,
          row: rowKey,
          column: null,
          message: missing
            ? {
                vi: `Bảng ${table}: thiếu dòng ${keyText} mà các sự kiện tạo ra khi phát lại.`,
                en: `Table ${table}: row ${keyText}, produced by replaying the events, is missing from the live table.`,
              }
            : {
                vi: `Bảng ${table}: dòng ${keyText} không do sự kiện nào tạo ra.`,
                en: `Table ${table}: row ${keyText} was produced by no event.`,
              },
        });
        continue;
      }
      for (const column of changed) {
        findings.add({
          code: 'projection.value_mismatch',
          eventIndex: lastEvent,
          table,
          row: rowKey,
          column,
          live: liveRow[column],
          replayed: replayedRow[column],
          message: {
            vi: `Bảng ${table}, dòng ${keyText}, cột ${column}: giá trị hiện có ${JSON.stringify(liveRow[column])} khác giá trị phát lại từ sổ cái ${JSON.stringify(replayedRow[column])}.`,
            en: `Table ${table}, row ${keyText}, column ${column}: live value ${JSON.stringify(liveRow[column])} differs from the value replayed from the ledger ${JSON.stringify(replayedRow[column])}.`,
          },
        });
      }
    }
    progress({ phase: 'compare', done: i + 1, total: tables.length });
  }
  return { tables: summary, unverifiable };
}

function normaliseJson(value: unknown): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;
}

/**
 * The last event about this row, to say which event the table should reflect: one whose
 * aggregate is the row's key, or one about a related aggregate (a value of the row, e.g. the
 * organisation of a leadership term) whose payload names the row's key.
 */
async function lastEventFor(tx: Kysely<DB>, keys: string[], values: string[]): Promise<number | null> {
  if (keys.length === 0) return null;
  const related = values.length > 0 ? values : keys;
  const row = await sql<{ idx: number | null }>`
    select max(e.idx) as idx from public.ledger_entries e join public.ledger_payloads p on p.idx = e.idx
     where e.aggregate_id in (${sql.join(keys)})
        or (e.aggregate_id in (${sql.join(related)}) and (${sql.join(
          keys.map((k) => sql`strpos(p.payload, ${k}) > 0`),
          sql` and `,
        )}))`.execute(tx);
  const idx = row.rows[0]?.idx;
  return idx === null || idx === undefined ? null : Number(idx);
}

/**
 * Verify the whole ledger and every projection. Never changes the database. Reports, rather
 * than throws, so that the caller can show every divergence (the first one first).
 */
export async function verifyLedger(services: Services, options: VerifyOptions = {}): Promise<VerifyReport> {
  const started = performance.now();
  const findings = new Findings(options.maxDivergences ?? 100);
  const batchSize = options.batchSize ?? 2000;
  const progress = options.onProgress ?? (() => {});
  const schema = `khien_verify_${randomBytes(6).toString('hex')}`;
  let report: Omit<VerifyReport, 'ok' | 'durationMs' | 'divergences'> | undefined;
  try {
    await services.database.db.transaction().execute(async (tx) => {
      await sql`set transaction isolation level repeatable read`.execute(tx);
      const log = await verifyLog(tx, services, findings, batchSize, progress);
      await sql.raw(`create schema ${schema}`).execute(tx);
      const replayed = await replay(tx, schema, log.redacted, findings, batchSize, log.treeSize, progress);
      const compared = replayed.aborted
        ? { tables: [], unverifiable: [] }
        : await compareTables(tx, schema, replayed.unverifiableAggregates, findings, progress);
      if (!replayed.aborted) await sql.raw(`drop schema ${schema} cascade`).execute(tx);
      report = {
        engine: services.database.engine,
        treeSize: log.treeSize,
        checkpoints: log.checkpoints,
        cosignatures: log.cosignatures,
        replayedEvents: replayed.replayed,
        redactedEvents: [...log.redacted.keys()],
        tables: compared.tables,
        unverifiable: compared.unverifiable,
      };
      // Always roll back: nothing a replay did may survive, whatever a projector touched.
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  const divergences = findings.divergences;
  return {
    ok: divergences.length === 0,
    ...report!,
    divergences,
    durationMs: Math.round(performance.now() - started),
  };
}
