import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { ed25519NoteSigner, parseSignerKey, signerKeyText, verifierKeyFromSeed, type NoteSigner } from '@khien/core/ledger';
import { DomainError } from '@khien/core/errors';
import type { Config } from '../config.ts';

export interface LogKey {
  /** The checkpoint origin line; also the key name in signatures. */
  origin: string;
  signer: NoteSigner;
  /** `name+keyid+base64` — what inspectors and witnesses pin (`khien ledger key`). */
  verifierKey: string;
}

export const KEY_FILE = 'ledger-signing.key';

/** A default origin that is a valid note key name: no spaces or '+'. */
export function defaultOrigin(): string {
  return `${hostname().replace(/[^A-Za-z0-9.-]/g, '-')}/khien`;
}

/**
 * The log's Ed25519 key: from KHIEN_LEDGER_KEY when configured (several instances sharing one
 * PostgreSQL must sign with the same key), else from `<data dir>/ledger-signing.key`, created
 * with mode 0600 on first start.
 */
export async function loadLogKey(config: Config): Promise<LogKey> {
  let text = config.ledgerKey;
  if (!text) {
    const file = path.join(config.dataDir, KEY_FILE);
    if (existsSync(file)) {
      text = readFileSync(file, 'utf8').trim();
    } else {
      mkdirSync(config.dataDir, { recursive: true });
      text = await signerKeyText(config.ledgerOrigin ?? defaultOrigin(), randomBytes(32));
      writeFileSync(file, `${text}\n`, { mode: 0o600, flag: 'wx' });
      chmodSync(file, 0o600);
    }
  }
  const key = await parseSignerKey(text);
  if (config.ledgerOrigin && key.name !== config.ledgerOrigin) {
    throw new DomainError('ledger.origin_mismatch', {
      vi: `Khóa ký sổ cái mang tên "${key.name}" nhưng KHIEN_LEDGER_ORIGIN là "${config.ledgerOrigin}".`,
      en: `The ledger signing key is named "${key.name}" but KHIEN_LEDGER_ORIGIN is "${config.ledgerOrigin}".`,
    });
  }
  return {
    origin: key.name,
    signer: await ed25519NoteSigner(key.name, key.seed),
    verifierKey: await verifierKeyFromSeed(key.name, key.seed),
  };
}
