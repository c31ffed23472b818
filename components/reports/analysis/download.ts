/**
 * Helpers of the Excel download: the progress id and the file name. Pure, so the export panel
 * only wires them to fetch and the DOM.
 */

/**
 * A random v4 UUID. `crypto.randomUUID` exists only in secure contexts, and salon tablets often
 * open the app over plain http on the shop network; `getRandomValues` works everywhere.
 */
export function newProgressId(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The file name a Content-Disposition header gives: the RFC 5987 `filename*=UTF-8''…` form (the
 * localised name) when present, else the plain `filename="…"`; null when neither is there.
 */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall back to the plain name below.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  if (!plain) return null;
  return (plain[2] ?? plain[1]).trim() || null;
}

/** The message of a refused export: the route's JSON `{ error: { message } }`, else the HTTP status text. */
export function exportErrorMessage(body: unknown, statusText: string): string {
  if (body && typeof body === 'object' && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  }
  return statusText;
}
