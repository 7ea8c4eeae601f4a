import ipaddr from 'ipaddr.js';

// NAT64 (RFC 6052) addresses carry an IPv4 address in their last 32 bits; it is what the gateway connects to.
const NAT64_PREFIX = ipaddr.parseCIDR('64:ff9b::/96');
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;

/** One parsed SANAD_LINK_ALLOW_PRIVATE entry: a range of addresses, or a host name whose addresses are all allowed. */
type AllowEntry = { range: [ipaddr.IPv4 | ipaddr.IPv6, number] } | { host: string };

/** Whether a text is a usable allow-list entry: a CIDR range, an IP address or a host name. */
export function isAllowEntry(entry: string): boolean {
  return parseAllowEntry(entry) !== undefined;
}

function parseAllowEntry(entry: string): AllowEntry | undefined {
  const text = entry.trim().replace(/^\[(.*)\]$/, '$1');
  if (text.includes('/')) {
    try {
      return { range: ipaddr.parseCIDR(text) };
    } catch {
      return undefined;
    }
  }
  if (ipaddr.isValid(text)) {
    const address = ipaddr.process(text);
    return { range: [address, address.kind() === 'ipv4' ? 32 : 128] };
  }
  return HOST_NAME.test(text) ? { host: text.toLowerCase().replace(/\.$/, '') } : undefined;
}

/** An allow list, parsed once: which non-public addresses may be fetched anyway. */
export class AddressAllowList {
  private readonly entries: AllowEntry[];

  constructor(entries: readonly string[]) {
    this.entries = entries.map(parseAllowEntry).filter((entry): entry is AllowEntry => entry !== undefined);
  }

  /** Whether this host name is allowed whatever it resolves to. */
  allowsHost(host: string): boolean {
    const name = host.toLowerCase().replace(/\.$/, '');
    return this.entries.some((entry) => 'host' in entry && entry.host === name);
  }

  /** Whether this address falls in an allowed range. */
  allowsAddress(address: string): boolean {
    const parsed = ipaddr.process(address);
    return this.entries.some((entry) => 'range' in entry && entry.range[0].kind() === parsed.kind() && parsed.match(entry.range));
  }
}

/** The address a connection to this one really reaches: IPv4-mapped and NAT64 IPv6 addresses are their IPv4. */
function effectiveAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 {
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv6' && parsed.match(NAT64_PREFIX)) {
    const bytes = parsed.toByteArray().slice(12);
    return ipaddr.fromByteArray(bytes);
  }
  return parsed;
}

/**
 * Why an address may not be fetched, or undefined when it is public. Everything ipaddr.js does not class as ordinary
 * unicast is refused: loopback, private, link-local (cloud metadata at 169.254.169.254), unique-local, multicast,
 * unspecified, carrier-grade NAT, reserved and documentation ranges, 6to4 and Teredo tunnels.
 */
export function nonPublicRange(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  const range = effectiveAddress(address).range();
  return range === 'unicast' ? undefined : range;
}
