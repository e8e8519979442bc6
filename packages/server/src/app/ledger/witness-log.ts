import { base64ToBytes, bytesEqual, bytesToHex, openCheckpoint, witnessCheckpoint } from '@khien/core/ledger';
import { DomainError, isDomainError } from '@khien/core/errors';
import { loadWitnessKey, type WitnessKey } from '../../ledger/witness-key.ts';
import { witnessDb } from '../../ledger/witness-tables.ts';
import type { Services } from '../services.ts';

export interface WitnessRunOptions {
  /** API token of an account on the watched log (`khien_…`). */
  token: string;
  witnessKey?: WitnessKey;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface WitnessRunResult {
  origin: string;
  previousSize: number;
  size: number;
  /** `cosigned`: a new checkpoint was verified and cosigned; `up_to_date`: nothing new. */
  status: 'cosigned' | 'up_to_date';
  /** Whether a cosignature was handed to the log in this run. */
  submitted: boolean;
  cosignature: string | null;
}

// Refusals that mean the log showed something it cannot honestly show: alarm, loudly.
const ALARMS = new Set([
  'ledger.fork_detected',
  'ledger.inconsistent_proof',
  'ledger.stale_checkpoint',
  'ledger.origin_mismatch',
  'ledger.checkpoint_not_signed_by_log',
  'ledger.bad_signature',
  'ledger.bad_checkpoint',
]);

function failed(code: string, vi: string, en: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(code, { vi, en }, details);
}

async function call(options: WitnessRunOptions, url: string, init: RequestInit = {}): Promise<unknown> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      ...init,
      headers: {
        authorization: `Bearer ${options.token}`,
        accept: 'application/json',
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
      signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
    });
  } catch (error) {
    throw failed(
      'witness.log_unreachable',
      `Không kết nối được sổ cái tại ${url}.`,
      `Cannot reach the log at ${url} (${(error as Error).message}).`,
      { url },
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const code = (body as { code?: string } | null)?.code ?? `http_${response.status}`;
    throw failed(
      'witness.log_request_failed',
      `Sổ cái trả lỗi ${response.status} (${code}) cho ${url}.`,
      `The log answered ${response.status} (${code}) to ${url}.`,
      { url, status: response.status, code },
    );
  }
  return body;
}

/**
 * One witness step for one registered log: fetch its latest signed checkpoint and a consistency
 * proof from the size this witness last cosigned, verify both (core `witnessCheckpoint`: the
 * log's signature and origin, same-size-same-root, the proof), cosign, remember, and hand the
 * cosignature back. A fork or a bad proof is refused: stored as an alarm with the evidence,
 * logged as an error, and thrown, so `khien witness run` exits non-zero.
 */
export async function witnessLog(services: Services, origin: string, options: WitnessRunOptions): Promise<WitnessRunResult> {
  const { db } = services.database;
  const log = await db.selectFrom('witnessed_logs').selectAll().where('origin', '=', origin).executeTakeFirst();
  if (!log)
    throw failed('witnessed_log.not_found', `Chưa đăng ký theo dõi sổ cái "${origin}".`, `No witnessed log "${origin}" is registered.`, {
      origin,
    });
  if (!log.url)
    throw failed('witness.no_url', `Sổ cái "${origin}" chưa có địa chỉ (--url).`, `Log "${origin}" has no URL (--url).`, { origin });
  const api = `${log.url.replace(/\/+$/u, '')}/api/v1/ledger`;
  const key = options.witnessKey ?? (await loadWitnessKey(services.config));
  const previous = log.last_size > 0 && log.last_root ? { size: Number(log.last_size), rootHash: new Uint8Array(log.last_root) } : null;

  const served = (await call(options, `${api}/checkpoint`)) as { note: string; cosignatures: string[] };
  const alarm = async (error: unknown): Promise<never> => {
    if (isDomainError(error) && ALARMS.has(error.code)) {
      await witnessDb(db)
        .insertInto('witness_alarms')
        .values({
          id: services.newId(),
          origin,
          code: error.code,
          message: error.messages.en,
          previous_size: previous?.size ?? 0,
          previous_root: previous?.rootHash ?? null,
          evidence: served.note,
          created_at: services.now(),
        })
        .execute();
      services.logger.error({ origin, code: error.code, details: error.details }, `WITNESS ALARM: ${error.messages.en}`);
    }
    throw error;
  };

  let size: number;
  let rootHash: Uint8Array;
  try {
    const opened = await openCheckpoint(served.note, [log.verifier_key], { origin });
    size = opened.checkpoint.size;
    rootHash = opened.checkpoint.rootHash;
  } catch (error) {
    return alarm(error);
  }
  const ours = (served.cosignatures ?? []).some((line) => line.startsWith(`\u2014 ${key.name} `));
  if (previous && size === previous.size && bytesEqual(rootHash, previous.rootHash) && ours) {
    return { origin, previousSize: previous.size, size, status: 'up_to_date', submitted: false, cosignature: null };
  }

  let proof: Uint8Array[] = [];
  if (previous && previous.size > 0 && previous.size < size) {
    const body = (await call(options, `${api}/proof/consistency?from=${previous.size}&to=${size}`)) as { proof: string[] };
    proof = body.proof.map(base64ToBytes);
  }
  let line: string;
  try {
    const cosigner = await key.cosigner(Math.floor(services.now().getTime() / 1000));
    const result = await witnessCheckpoint({
      note: served.note,
      logVerifierKeys: [log.verifier_key],
      origin,
      previous,
      consistencyProof: proof,
      cosigner,
    });
    line = result.line.replace(/\n$/u, '');
  } catch (error) {
    return alarm(error);
  }

  // Remember before handing it back: what this witness has cosigned is what binds it. The
  // compare-and-set refuses a concurrent run that moved the state meanwhile.
  const moved = await db
    .updateTable('witnessed_logs')
    .set({ last_size: size, last_root: rootHash, last_checkpoint: served.note, updated_at: services.now() })
    .where('origin', '=', origin)
    .where('last_size', '=', previous?.size ?? 0)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) {
    throw failed(
      'witness.concurrent_run',
      'Một lượt chứng thực khác đang chạy cho sổ cái này.',
      'Another witness run moved this log on; try again.',
      { origin },
    );
  }
  await call(options, `${api}/cosignatures`, { method: 'POST', body: JSON.stringify({ size, cosignature: line }) });
  services.logger.info({ origin, size, root: bytesToHex(rootHash) }, 'checkpoint witnessed');
  return { origin, previousSize: previous?.size ?? 0, size, status: 'cosigned', submitted: true, cosignature: line };
}
