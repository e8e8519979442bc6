import { createHash, randomBytes } from 'node:crypto';

/** A fresh secret for a session cookie, CSRF token or API token (256 bits, URL-safe). */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Secrets are stored hashed: the database alone never lets anyone in. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const API_TOKEN_PREFIX = 'khien_';
