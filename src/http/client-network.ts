/**
 * The key the rate limit counts a client under: its network, not its exact address. An IPv6
 * client is usually given a whole /64 and can rotate through it at will, so IPv6 addresses are
 * keyed on their first 64 bits; an IPv4 address (and an IPv4-mapped IPv6 one) on itself.
 */

/** The rate limit's key for a CF-Connecting-IP value; an unparseable value is its own key. */
export function clientNetwork(address: string): string {
  const ip = address.trim();
  if (!ip.includes(":")) return ip;
  const groups = ipv6Groups(ip);
  if (!groups) return ip;
  // ::ffff:a.b.c.d is an IPv4 client seen over IPv6: one address, as IPv4 is keyed.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join(".");
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(":")}::/64`;
}

/** The eight 16-bit groups of an IPv6 address (with `::`, an embedded IPv4 tail or a zone), or null. */
function ipv6Groups(ip: string): number[] | null {
  const text = ip.replace(/%.*$/, "").toLowerCase();
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string): number[] | null => {
    if (part === "") return [];
    const out: number[] = [];
    const pieces = part.split(":");
    for (const [i, p] of pieces.entries()) {
      if (i === pieces.length - 1 && p.includes(".")) {
        const v4 = p.split(".");
        if (v4.length !== 4 || !v4.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255)) return null;
        const [a, b, c, d] = v4.map(Number) as [number, number, number, number];
        out.push((a << 8) | b, (c << 8) | d);
      } else if (/^[0-9a-f]{1,4}$/.test(p)) out.push(parseInt(p, 16));
      else return null;
    }
    return out;
  };
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...new Array<number>(missing).fill(0), ...tail] : null;
}
