import { BlockList, isIP } from 'node:net';

/**
 * Which address a sign-in came from, for the per-address attempt limit.
 *
 * `next start` gives route handlers no socket address: it only fills in X-Forwarded-For with the
 * socket's address when the request has none, and keeps whatever a client sent otherwise. So the
 * header is believed only when the operator says the app is reached through proxies
 * (TRUSTED_PROXIES, comma-separated addresses or CIDR ranges, and the app port reachable by them
 * alone): then the client is the right-most hop that is not one of those proxies, which no client
 * can forge. Without TRUSTED_PROXIES the header is ignored and there is no address; sign-ins are
 * then limited per login and by the account lock only.
 */
export type TrustedProxies = { readonly list: BlockList; readonly spec: string };

export function parseTrustedProxies(spec: string | undefined): TrustedProxies | null {
  const entries = (spec ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (!family || extra !== undefined || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    list.addSubnet(address, bits, family === 6 ? 'ipv6' : 'ipv4');
  }
  return { list, spec: entries.join(',') };
}

/** One hop of X-Forwarded-For as a plain address: no port, no brackets, IPv4-mapped IPv6 unwrapped. */
export function normaliseAddress(hop: string): string | null {
  let value = hop.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) value = mapped[1];
  return isIP(value) ? value.toLowerCase() : null;
}

export function clientAddress(forwardedFor: string | null | undefined, trusted: TrustedProxies | null): string | null {
  if (!trusted || !forwardedFor) return null;
  const hops = forwardedFor.split(',');
  let address: string | null = null;
  for (let i = hops.length - 1; i >= 0; i--) {
    address = normaliseAddress(hops[i]);
    // A hop that is not an address was written by whoever is left of the last trusted proxy.
    if (!address) return null;
    if (!trusted.list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4')) return address;
  }
  return address;
}
