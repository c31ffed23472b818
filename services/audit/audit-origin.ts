import { AsyncLocalStorage } from 'node:async_hooks';
import { clientAddress, parseTrustedProxies, type TrustedProxies } from '../auth/client-address';

/**
 * Where a change came from: the client's address (when known) and the API token it came
 * through. Set once where a request enters (the GraphQL endpoint, route handlers that change
 * data) and read by recordAudit, so no service has to pass it along. Work a request starts in
 * the background (a bulk job's batches) keeps the request's origin; outside any request (a
 * sweeper resuming a job, scripts) there is none and the entry records neither.
 */
export type AuditOrigin = { address: string | null; tokenId: number | null };

const storage = new AsyncLocalStorage<AuditOrigin>();

/** Runs `work` with `origin` as the origin of every audit entry it records. */
export function withAuditOrigin<T>(origin: Partial<AuditOrigin>, work: () => T): T {
  return storage.run({ address: origin.address ?? null, tokenId: origin.tokenId ?? null }, work);
}

/**
 * Completes the current request's origin once the caller is known (the viewer is read after
 * the request has entered): a token caller's token id. No-op outside withAuditOrigin.
 */
export function noteAuditCaller(caller: { via: 'session' | 'token'; tokenId?: number } | null): void {
  const origin = storage.getStore();
  if (origin) origin.tokenId = caller?.via === 'token' && caller.tokenId !== undefined ? caller.tokenId : null;
}

/** The origin of changes made now: the request's, or none outside a request. */
export function currentAuditOrigin(): AuditOrigin {
  const origin = storage.getStore();
  return { address: origin?.address ?? null, tokenId: origin?.tokenId ?? null };
}

let proxies: { spec: string | undefined; parsed: TrustedProxies | null } | undefined;

/** The client's address of a request, as the sign-in limit reads it (X-Forwarded-For behind TRUSTED_PROXIES only). */
export function requestAddress(headers: Headers): string | null {
  const spec = process.env.TRUSTED_PROXIES;
  if (!proxies || proxies.spec !== spec) proxies = { spec, parsed: parseTrustedProxies(spec) };
  return clientAddress(headers.get('x-forwarded-for'), proxies.parsed);
}
