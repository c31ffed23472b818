import crypto from 'node:crypto';

const PREFIX = 'sct_';

/** A new random token secret: shown to its owner once, stored only as a hash. */
export function newTokenSecret(): string {
  return PREFIX + crypto.randomBytes(32).toString('base64url');
}

export function hashTokenSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function looksLikeTokenSecret(value: string): boolean {
  return value.startsWith(PREFIX) && value.length >= PREFIX.length + 40 && value.length <= 100;
}

/** What a token list shows so the owner can recognise a token without seeing it whole. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, PREFIX.length + 6);
}
