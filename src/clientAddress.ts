// The client's address as a rate limit or a log should see it. Behind a reverse proxy every
// request comes from the proxy; X-Forwarded-For names the client, but anybody can send that
// header, so it is read only when the socket peer is a proxy the operator listed in TRUST_PROXY.
import net from 'node:net';

export interface TrustedProxies {
  /** True when `address` is one of the operator's proxies. */
  trusts(address: string): boolean;
  readonly empty: boolean;
}

/** Parses TRUST_PROXY: addresses and CIDR ranges, separated by commas or spaces. Throws on a bad entry. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new net.BlockList();
  const entries = (value ?? '').split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const [given, bits, extra] = entry.split('/');
    const address = unmapped(given);
    const family = net.isIP(address);
    if (!family || extra !== undefined) throw new Error(`"${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) {
      list.addAddress(address, type);
      continue;
    }
    // "::ffff:10.0.0.0/104" is the IPv4 range 10.0.0.0/8 (peers are compared unmapped).
    const prefix = Number(bits) - (address !== given ? 96 : 0);
    if (!/^\d+$/.test(bits) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) throw new Error(`"${entry}" has an invalid prefix length`);
    list.addSubnet(address, prefix, type);
  }
  return {
    empty: entries.length === 0,
    trusts(address: string): boolean {
      if (!entries.length) return false;
      const plain = unmapped(address);
      const family = net.isIP(plain);
      return family !== 0 && list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) → "10.0.0.1". */
export function unmapped(address: string): string {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match ? match[1] : address;
}

interface RequestLike {
  socket: { remoteAddress?: string };
  headers: Record<string, string | string[] | undefined>;
}

/**
 * The socket peer; when that is a trusted proxy, the right-most X-Forwarded-For entry that is not
 * itself a trusted proxy (entries left of it were written by the client and prove nothing).
 */
export function clientAddress(req: RequestLike, proxies: TrustedProxies): string {
  const peer = unmapped(req.socket.remoteAddress ?? 'unknown');
  if (proxies.empty || !proxies.trusts(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : header ?? '')
    .split(',')
    .map((hop) => unmapped(withoutPort(hop.trim())))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!net.isIP(hops[i])) return peer; // a malformed chain: trust none of it
    if (!proxies.trusts(hops[i])) return hops[i];
  }
  return hops[0] ?? peer;
}

/** Some proxies (Azure App Service, some ingresses) write "1.2.3.4:5678" or "[2001:db8::1]:443". */
function withoutPort(hop: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(hop);
  if (bracketed) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(hop);
  return v4 ? v4[1] : hop;
}

/** True for 127.0.0.0/8 and ::1 (also as IPv4-mapped IPv6). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = unmapped(address);
  return plain === '::1' || /^127\.\d+\.\d+\.\d+$/.test(plain);
}
