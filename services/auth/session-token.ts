import { decode, type JWT } from 'next-auth/jwt';

/** Decoded cookies kept; beyond this the oldest is forgotten (a few hundred bytes each). */
const KEPT = 1000;
/** next-auth accepts a token this long after its expiry (jose's clockTolerance). */
const CLOCK_TOLERANCE_SECONDS = 15;

const decoded = new Map<string, { secret: Parameters<typeof decode>[0]['secret']; payload: JWT }>();

/**
 * next-auth's decode, remembering what each session cookie decoded to: the cookie is an
 * authenticated ciphertext, so the same text under the same key always decodes the same, and decoding it (a key
 * derivation and a decryption) is most of what a request costs before GraphQL. Expiry is checked
 * again on every use; whether the session still counts is decided by its row, read every request.
 */
export async function decodeSessionToken(params: Parameters<typeof decode>[0]): Promise<JWT | null> {
  const token = params.token ?? '';
  const known = decoded.get(token);
  if (known?.secret === params.secret) {
    const { exp } = known.payload;
    // The clock read as jose reads it when it decodes (new Date(), not Date.now()), so both agree.
    if (typeof exp === 'number' && exp <= Math.floor(new Date().getTime() / 1000) - CLOCK_TOLERANCE_SECONDS) {
      decoded.delete(token);
      return null;
    }
    return known.payload;
  }
  const payload = await decode(params);
  if (payload && token) {
    if (decoded.size >= KEPT) decoded.delete(decoded.keys().next().value!);
    decoded.set(token, { secret: params.secret, payload });
  }
  return payload;
}
