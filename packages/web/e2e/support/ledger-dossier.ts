/**
 * A protection dossier built from a running server's real ledger, in the layout of
 * docs/dossier-format.md: envelopes from GET /ledger/entries, payloads and salts from the
 * database (as the exporter will read them), inclusion proofs from GET /ledger/proof/inclusion,
 * and the signed checkpoint from GET /ledger/checkpoint.
 */
import { createHash } from 'node:crypto';
import type { Services } from '../../../server/src/app/services.ts';
import { writeZip } from './zip-writer.ts';

type Api = (method: string, url: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

interface Entry {
  index: number;
  type: string;
  aggregateId: string;
  actor: string;
  time: string;
  procedureVersion: string | null;
  commitment: string;
}

export interface BuiltDossier {
  json: string;
  zip: Uint8Array;
  eventCount: number;
}

export async function dossierFromLedger(api: Api, services: Services, aggregateId: string): Promise<BuiltDossier> {
  await api('POST', '/ledger/checkpoint');
  const checkpoint = (await api('GET', '/ledger/checkpoint')).body as { note: string; verifierKey: string; origin: string; size: number };
  const entries = ((await api('GET', `/ledger/entries?from=0&limit=1000`)).body as { entries: Entry[] }).entries.filter(
    (e) => e.aggregateId === aggregateId && e.index < checkpoint.size,
  );
  if (entries.length === 0) throw new Error(`no ledger events for ${aggregateId}`);
  const rows = await services.database.db
    .selectFrom('ledger_payloads')
    .select(['idx', 'salt', 'payload'])
    .where(
      'idx',
      'in',
      entries.map((e) => e.index),
    )
    .execute();
  const byIndex = new Map(rows.map((r) => [Number(r.idx), r]));
  const events = [];
  for (const e of entries) {
    const row = byIndex.get(e.index)!;
    const proof = ((await api('GET', `/ledger/proof/inclusion?index=${e.index}&size=${checkpoint.size}`)).body as { proof: string[] })
      .proof;
    events.push({
      envelope: {
        index: e.index,
        type: e.type,
        aggregateId: e.aggregateId,
        actor: e.actor,
        time: e.time,
        procedureVersion: e.procedureVersion,
        commitment: e.commitment,
      },
      payload: row.payload === null ? null : (JSON.parse(row.payload) as unknown),
      salt: row.payload === null ? null : Buffer.from(row.salt).toString('hex'),
      inclusionProof: proof.map((p) => Buffer.from(p, 'base64').toString('hex')),
    });
  }
  const document = Buffer.from(`Trích lục hồ sơ ${aggregateId}\nKhiên — hồ sơ kiểm thử đầu cuối.\n`, 'utf8');
  const dossier = {
    format: 'khien-dossier/1',
    checkpointNote: checkpoint.note,
    verifierKeys: [checkpoint.verifierKey],
    origin: checkpoint.origin,
    events,
    documents: [{ name: 'documents/trich-luc.txt', sha256: createHash('sha256').update(document).digest('hex') }],
  };
  const json = `${JSON.stringify(dossier, null, 2)}\n`;
  const zip = writeZip([
    { name: 'dossier.json', data: Buffer.from(json, 'utf8') },
    {
      name: 'README.txt',
      data: Buffer.from('Hồ sơ bảo vệ — cách kiểm tra: mở trang /verify của Khiên.\nProtection dossier — open /verify.\n', 'utf8'),
    },
    { name: 'documents/trich-luc.txt', data: document },
  ]);
  return { json, zip, eventCount: events.length };
}
