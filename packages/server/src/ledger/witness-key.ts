import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cosignatureV1Signer, parseSignerKey, signerKeyText, verifierKeyFromSeed, type NoteSigner } from '@khien/core/ledger';
import { DomainError } from '@khien/core/errors';
import type { Config } from '../config.ts';
import { defaultOrigin } from './signing-key.ts';

export interface WitnessKey {
  /** The key name, which is also the name on every cosignature line. */
  name: string;
  /** `name+keyid+base64(0x04 ‖ public key)`: what a log registers with `khien ledger trust-witness`. */
  verifierKey: string;
  /** A cosignature/v1 signer stamped with the signing time (POSIX seconds). */
  cosigner(timestamp: number): Promise<NoteSigner>;
}

export const WITNESS_KEY_FILE = 'witness-signing.key';

/** The default witness name: this instance's log origin with `/witness` appended. */
export function defaultWitnessName(config: Config): string {
  return `${config.ledgerOrigin ?? defaultOrigin()}/witness`;
}

/**
 * This instance's witness key (c2sp.org/tlog-cosignature, signature type 0x04): given as a
 * `PRIVATE+KEY+…` text, or read from `<data dir>/witness-signing.key`, created with mode 0600 on
 * first use. It is a different key from the log's own: a witness vouches for *other* logs.
 */
export async function loadWitnessKey(config: Config, keyText?: string): Promise<WitnessKey> {
  let text = keyText;
  if (!text) {
    const file = path.join(config.dataDir, WITNESS_KEY_FILE);
    if (existsSync(file)) {
      text = readFileSync(file, 'utf8').trim();
    } else {
      mkdirSync(config.dataDir, { recursive: true });
      text = await signerKeyText(defaultWitnessName(config), randomBytes(32), 'cosignature/v1');
      writeFileSync(file, `${text}\n`, { mode: 0o600, flag: 'wx' });
      chmodSync(file, 0o600);
    }
  }
  const key = await parseSignerKey(text);
  if (key.signatureType !== 0x04) {
    throw new DomainError('ledger.bad_key', {
      vi: 'Khóa nhân chứng phải là khóa đồng ký (cosignature/v1, loại 0x04).',
      en: 'The witness key must be a cosignature/v1 key (type 0x04).',
    });
  }
  return {
    name: key.name,
    verifierKey: await verifierKeyFromSeed(key.name, key.seed, 'cosignature/v1'),
    cosigner: (timestamp) => cosignatureV1Signer(key.name, key.seed, timestamp),
  };
}
