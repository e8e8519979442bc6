import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';

/**
 * API tokens this witness presents to the logs it watches (`Authorization: Bearer khien_…`),
 * one per origin, in `<data dir>/witness-tokens.json` (mode 0600) — beside the witness key and
 * protected like it, never in the database, which holds only hashes of secrets.
 */
export const WITNESS_TOKENS_FILE = 'witness-tokens.json';

export function readWitnessTokens(config: Config): Record<string, string> {
  const file = path.join(config.dataDir, WITNESS_TOKENS_FILE);
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

export function saveWitnessToken(config: Config, origin: string, token: string): void {
  mkdirSync(config.dataDir, { recursive: true });
  const file = path.join(config.dataDir, WITNESS_TOKENS_FILE);
  const tokens = { ...readWitnessTokens(config), [origin]: token };
  writeFileSync(file, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}
