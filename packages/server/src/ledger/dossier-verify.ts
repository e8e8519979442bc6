/**
 * `khien dossier verify`: the protection dossier checked with nothing but the file — no
 * database, no network, no configuration. Events go through core's `verifyEventBundle`, the
 * very function the browser verifier page runs; documents are hashed and matched against the
 * manifest and against the ledger event that sealed them.
 */
import { createHash } from 'node:crypto';
import { verifyEventBundle, type BundleVerdict, type EventVerdict, type LedgerIssue } from '@khien/core/ledger';
import { DOSSIER_FORMAT, DOSSIER_JSON, type DossierDocument, type DossierEvent } from './dossier-format.ts';
import { isZip, readZip } from './dossier-zip.ts';

export class DossierFileError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DossierFileError';
  }
}

export type DocumentStatus =
  /** The file hashes to the manifest's SHA-256, which a verified event's payload carries. */
  | 'ok'
  /** The ZIP has no such file. */
  | 'missing'
  /** The ZIP entry cannot be read (CRC error, bad compression). */
  | 'damaged'
  /** The file's SHA-256 differs from the manifest. */
  | 'mismatch'
  /** No event of the dossier at `ledgerIndex`, or its payload does not carry this hash. */
  | 'not_sealed'
  /** The sealing event did not verify: nothing vouches for the hash. */
  | 'seal_unverified'
  /** The sealing event's payload was redacted: the hash cannot be tied to the ledger. */
  | 'seal_redacted'
  /** A bare dossier.json was given: the files are not there to check. */
  | 'not_included'
  /** The manifest entry itself is malformed. */
  | 'bad_entry';

export interface DocumentCheck {
  name: string;
  sha256: string;
  ledgerIndex: number | null;
  status: DocumentStatus;
  ok: boolean;
  /** The SHA-256 computed from the file, when it could be read. */
  actual: string | null;
}

export interface EventCheck extends EventVerdict {
  type: string | null;
  time: string | null;
  redactionReason: string | null;
}

export interface DossierVerification {
  ok: boolean;
  origin: string;
  bundle: BundleVerdict;
  events: EventCheck[];
  documents: DocumentCheck[];
  /** Files in the ZIP that the manifest does not list (README excepted): nothing vouches for them. */
  unlisted: string[];
}

const HEX64 = /^[0-9a-f]{64}$/;

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new DossierFileError(
      'dossier.bad_json',
      `dossier.json is not valid UTF-8 JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

interface ParsedDossier {
  format: string;
  origin: string;
  checkpointNote: string;
  verifierKeys: string[];
  events: DossierEvent[];
  documents: unknown[];
}

/** Shape only (what the values mean is for the verifier to judge, event by event). */
function parseDossier(value: unknown): ParsedDossier {
  const bad = (where: string) => new DossierFileError('dossier.bad_shape', `dossier.json: ${where} is missing or malformed`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('(root)');
  const d = value as Record<string, unknown>;
  if (d.format !== DOSSIER_FORMAT)
    throw new DossierFileError('dossier.bad_format', `dossier.json: format ${JSON.stringify(d.format)} is not ${DOSSIER_FORMAT}`);
  if (typeof d.origin !== 'string') throw bad('origin');
  if (typeof d.checkpointNote !== 'string') throw bad('checkpointNote');
  if (!Array.isArray(d.verifierKeys) || !d.verifierKeys.every((k) => typeof k === 'string')) throw bad('verifierKeys');
  if (!Array.isArray(d.events)) throw bad('events');
  d.events.forEach((e: unknown, i) => {
    if (typeof e !== 'object' || e === null || !('envelope' in e) || !('inclusionProof' in e)) throw bad(`events[${i}]`);
  });
  const documents = d.documents ?? [];
  if (!Array.isArray(documents)) throw bad('documents');
  return { ...(d as object), documents } as ParsedDossier;
}

/** Every string anywhere in a payload, lower-cased: where a sealed hash may be quoted. */
function stringsOf(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') out.add(value.toLowerCase());
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function envelopeField(event: DossierEvent, field: 'type' | 'time'): string | null {
  const envelope = event.envelope as Record<string, unknown> | null;
  return envelope && typeof envelope[field] === 'string' ? (envelope[field] as string) : null;
}

/**
 * Verify a dossier from its bytes: a ZIP (with dossier.json at the top or inside one folder)
 * or a bare dossier.json. Throws `DossierFileError` only when there is no dossier to judge
 * (not a ZIP or JSON, no dossier.json, wrong format); everything else is a verdict.
 */
export async function verifyDossierFile(bytes: Uint8Array): Promise<DossierVerification> {
  let files: Map<string, Uint8Array | Error> | null = null;
  let jsonBytes: Uint8Array;
  if (isZip(bytes)) {
    let entries: Map<string, Uint8Array | Error>;
    try {
      entries = readZip(bytes);
    } catch (error) {
      throw new DossierFileError('dossier.bad_zip', error instanceof Error ? error.message : String(error));
    }
    const jsonName = [...entries.keys()]
      .filter((n) => n === DOSSIER_JSON || n.endsWith(`/${DOSSIER_JSON}`))
      .sort((a, b) => a.length - b.length)[0];
    if (!jsonName) throw new DossierFileError('dossier.no_json', `the archive has no ${DOSSIER_JSON}`);
    const json = entries.get(jsonName)!;
    if (json instanceof Error) throw new DossierFileError('dossier.bad_zip', json.message);
    jsonBytes = json;
    const prefix = jsonName.slice(0, jsonName.length - DOSSIER_JSON.length);
    files = new Map();
    for (const [name, entry] of entries) if (name.startsWith(prefix) && name !== jsonName) files.set(name.slice(prefix.length), entry);
  } else {
    jsonBytes = bytes;
  }
  const dossier = parseDossier(parseJson(jsonBytes));
  const bundle = await verifyEventBundle(dossier);

  const events: EventCheck[] = bundle.events.map((verdict, i) => {
    const event = dossier.events[i]!;
    const redaction = (event as { redaction?: { reason?: unknown } | null }).redaction;
    return {
      ...verdict,
      type: envelopeField(event, 'type'),
      time: envelopeField(event, 'time'),
      redactionReason: verdict.redacted && redaction && typeof redaction.reason === 'string' ? redaction.reason : null,
    };
  });

  const byIndex = new Map<number, { event: DossierEvent; verdict: EventVerdict }>();
  bundle.events.forEach((verdict, i) => {
    if (verdict.index !== null) byIndex.set(verdict.index, { event: dossier.events[i]!, verdict });
  });

  const documents: DocumentCheck[] = [];
  for (const raw of dossier.documents) {
    const doc = raw as Partial<DossierDocument> | null;
    const name = typeof doc?.name === 'string' ? doc.name : '';
    const sha256 = typeof doc?.sha256 === 'string' ? doc.sha256.toLowerCase() : '';
    const ledgerIndex = Number.isSafeInteger(doc?.ledgerIndex) ? (doc!.ledgerIndex as number) : null;
    const check = (status: DocumentStatus, actual: string | null = null): DocumentCheck => ({
      name,
      sha256,
      ledgerIndex,
      status,
      ok: status === 'ok' || status === 'not_included',
      actual,
    });
    if (!name || !HEX64.test(sha256) || ledgerIndex === null) {
      documents.push(check('bad_entry'));
      continue;
    }
    // The seal first: a file is only evidence if a verified, unredacted event carries its hash.
    const seal = byIndex.get(ledgerIndex);
    let sealStatus: DocumentStatus | null = null;
    if (!seal) sealStatus = 'not_sealed';
    else if (!seal.verdict.ok) sealStatus = 'seal_unverified';
    else if (seal.verdict.redacted) sealStatus = 'seal_redacted';
    else if (!stringsOf(seal.event.payload).has(sha256)) sealStatus = 'not_sealed';
    if (files === null) {
      documents.push(check(sealStatus ?? 'not_included'));
      continue;
    }
    const file = files.get(name);
    if (file === undefined) documents.push(check('missing'));
    else if (file instanceof Error) documents.push(check('damaged'));
    else {
      const actual = sha256Hex(file);
      documents.push(check(actual !== sha256 ? 'mismatch' : (sealStatus ?? 'ok'), actual));
    }
  }
  const listed = new Set(documents.map((d) => d.name));
  const unlisted = files ? [...files.keys()].filter((n) => !listed.has(n) && !/^readme([._-].*)?$/i.test(n)).sort() : [];
  return {
    ok: bundle.ok && documents.every((d) => d.ok),
    origin: dossier.origin,
    bundle,
    events,
    documents,
    unlisted,
  };
}

export type { LedgerIssue };
