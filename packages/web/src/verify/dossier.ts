/**
 * The protection dossier (hồ sơ bảo vệ) as a file: open it (ZIP or bare dossier.json), check
 * its shape, and verify it with core's `verifyEventBundle` — the same function
 * `khien dossier verify` runs — plus the SHA-256 of every document in the archive.
 * Nothing here touches the network. Layout: docs/dossier-format.md.
 */
import { bytesToHex, sha256, verifyEventBundle, type BundleVerdict, type EventBundle } from '@khien/core/ledger';
import type { MessageKey } from '../i18n/messages.ts';
import { isZip, readZip, ZipError } from './zip-reader.ts';

export const DOSSIER_FORMAT = 'khien-dossier/1';
export const DOSSIER_JSON = 'dossier.json';

export interface DossierEvent {
  envelope: unknown;
  payload: unknown;
  salt: string | null;
  inclusionProof: string[];
}

export interface Dossier extends EventBundle {
  readonly format?: string;
  readonly origin: string;
  readonly events: DossierEvent[];
  readonly documents: { name: string; sha256: string }[];
}

export class DossierError extends Error {
  readonly key: MessageKey;
  readonly detail: string | null;
  constructor(key: MessageKey, detail: string | null = null) {
    super(detail ?? key);
    this.name = 'DossierError';
    this.key = key;
    this.detail = detail;
  }
}

export interface OpenedDossier {
  dossier: Dossier;
  /** Files of the ZIP (null when a bare dossier.json was opened). */
  files: Map<string, () => Promise<Uint8Array>> | null;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Shape check only: what the values *mean* is for verifyEventBundle to judge, event by event. */
export function parseDossier(value: unknown): Dossier {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DossierError('verify.error.shape', '(root)');
  const d = value as Record<string, unknown>;
  if (d.format !== undefined && d.format !== DOSSIER_FORMAT) throw new DossierError('verify.error.format', String(d.format));
  if (typeof d.checkpointNote !== 'string') throw new DossierError('verify.error.shape', 'checkpointNote');
  if (!Array.isArray(d.verifierKeys) || !d.verifierKeys.every((k) => typeof k === 'string'))
    throw new DossierError('verify.error.shape', 'verifierKeys');
  if (typeof d.origin !== 'string') throw new DossierError('verify.error.shape', 'origin');
  if (!Array.isArray(d.events)) throw new DossierError('verify.error.shape', 'events');
  d.events.forEach((e: unknown, i) => {
    if (typeof e !== 'object' || e === null || !('envelope' in e) || !('inclusionProof' in e))
      throw new DossierError('verify.error.shape', `events[${i}]`);
  });
  const documents = d.documents === undefined ? [] : d.documents;
  if (!Array.isArray(documents)) throw new DossierError('verify.error.shape', 'documents');
  documents.forEach((doc: unknown, i) => {
    const r = doc as Record<string, unknown> | null;
    if (!r || typeof r.name !== 'string' || typeof r.sha256 !== 'string') throw new DossierError('verify.error.shape', `documents[${i}]`);
  });
  return { ...(d as object), documents } as Dossier;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new DossierError('verify.error.json', error instanceof Error ? error.message : null);
  }
}

/** A dossier from the bytes of a .zip (with dossier.json inside) or of a dossier.json. */
export async function openDossier(bytes: Uint8Array): Promise<OpenedDossier> {
  if (!isZip(bytes)) return { dossier: parseDossier(parseJson(bytes)), files: null };
  let entries;
  try {
    entries = readZip(bytes);
  } catch (error) {
    throw new DossierError('verify.error.zip', error instanceof ZipError ? error.message : null);
  }
  // Exporters may wrap everything in one folder ("ho-so-123/dossier.json").
  const jsonName = [...entries.keys()]
    .filter((n) => n === DOSSIER_JSON || n.endsWith(`/${DOSSIER_JSON}`))
    .sort((a, b) => a.length - b.length)[0];
  if (!jsonName) throw new DossierError('verify.error.no_json');
  const prefix = jsonName.slice(0, jsonName.length - DOSSIER_JSON.length);
  let jsonBytes: Uint8Array;
  try {
    jsonBytes = await entries.get(jsonName)!.read();
  } catch (error) {
    throw new DossierError('verify.error.zip', error instanceof Error ? error.message : null);
  }
  const files = new Map<string, () => Promise<Uint8Array>>();
  for (const [name, entry] of entries) {
    if (name.startsWith(prefix) && name !== jsonName) files.set(name.slice(prefix.length), () => entry.read());
  }
  return { dossier: parseDossier(parseJson(jsonBytes)), files };
}

export type DocumentStatus = 'ok' | 'mismatch' | 'missing' | 'not_included' | 'damaged' | 'bad_hash';

export interface DocumentVerdict {
  name: string;
  sha256: string;
  status: DocumentStatus;
  /** The hash is quoted by an event whose payload verified: the ledger vouches for this file. */
  anchored: boolean;
}

export interface DossierReport {
  ok: boolean;
  bundle: BundleVerdict;
  documents: DocumentVerdict[];
  /** Files in the ZIP that dossier.json does not list (README excepted): nothing vouches for them. */
  unlisted: string[];
}

const isReadme = (name: string) => /^readme(\.[a-z]+)?$/i.test(name) || /^readme[._-]/i.test(name);

export async function verifyDossier(opened: OpenedDossier): Promise<DossierReport> {
  const { dossier, files } = opened;
  const bundle = await verifyEventBundle(dossier);
  // Hashes quoted in payloads that verified (not redacted): those documents are anchored.
  const anchoredText = dossier.events
    .filter((_, i) => bundle.events[i]?.ok && !bundle.events[i]?.redacted)
    .map((e) => JSON.stringify(e.payload).toLowerCase())
    .join('\n');
  const documents: DocumentVerdict[] = [];
  for (const doc of dossier.documents) {
    const expected = doc.sha256.toLowerCase();
    const anchored = HEX64.test(expected) && anchoredText.includes(expected);
    let status: DocumentStatus;
    if (!HEX64.test(expected)) status = 'bad_hash';
    else if (files === null) status = 'not_included';
    else {
      const read = files.get(doc.name);
      if (!read) status = 'missing';
      else {
        try {
          status = bytesToHex(await sha256(await read())) === expected ? 'ok' : 'mismatch';
        } catch {
          status = 'damaged';
        }
      }
    }
    documents.push({ name: doc.name, sha256: doc.sha256, status, anchored });
  }
  const listed = new Set(dossier.documents.map((d) => d.name));
  const unlisted = files ? [...files.keys()].filter((n) => !listed.has(n) && !isReadme(n)).sort() : [];
  const documentsOk = documents.every((d) => d.status === 'ok' || d.status === 'not_included');
  return { ok: bundle.ok && documentsOk, bundle, documents, unlisted };
}
