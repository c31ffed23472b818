import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

let fileSecret: string | undefined;

/**
 * The key that signs session cookies. Production sets NEXTAUTH_SECRET; a fresh machine running
 * the embedded demo gets a random key kept beside its database, so sessions survive restarts
 * without anyone having to configure anything.
 */
export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  // Read once: every request asks for it.
  fileSecret ??= secretFromFile();
  return fileSecret;
}

function secretFromFile(): string {
  const file = path.join(process.cwd(), 'data', '.auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const secret = crypto.randomBytes(32).toString('base64url');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    } catch {
      // Another process wrote it first: use theirs, so both sign the same way.
    }
    return fs.readFileSync(file, 'utf8').trim();
  }
}
