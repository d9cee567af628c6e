// Who is on the other end of a request, for the sign-in limits and for HTTPS-only headers.
// Plain JavaScript: scripts/serve.mjs runs it under node, before Next, without a TypeScript loader.
import net from "node:net";

/**
 * The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed, from
 * TRUSTED_PROXIES: addresses and CIDR ranges separated by commas or spaces (`127.0.0.1`,
 * `10.0.0.0/8, ::1`), `loopback` for 127.0.0.0/8 and ::1, or empty / `0` for none. Trust goes by
 * the address a request comes from, so a client that reaches the app's port directly is never
 * believed, whatever it writes in those headers. The count form of earlier versions (`1`)
 * believed any peer; it is refused, with the message saying what to write instead.
 * @param {string | undefined} value
 * @returns {{ isTrusted(address: string): boolean, description: string }}
 */
export function parseTrustedProxies(value) {
  const entries = (value ?? "")
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0 || (entries.length === 1 && entries[0] === "0")) {
    return { isTrusted: () => false, description: "none" };
  }
  const list = new net.BlockList();
  for (const entry of entries) {
    if (/^\d+$/.test(entry)) {
      throw new Error(
        `TRUSTED_PROXIES=${entry} counts proxies; it now names their addresses, so that a client reaching the app directly is not believed: e.g. TRUSTED_PROXIES=127.0.0.1 for a proxy on this machine, or its address or network (10.0.0.0/8).`,
      );
    }
    if (entry === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [address, prefix, extra] = entry.split("/");
    const normalised = normaliseAddress(address);
    const family = normalised && net.isIPv4(normalised) ? "ipv4" : "ipv6";
    const bits = prefix === undefined ? null : Number(prefix);
    if (
      !normalised ||
      extra !== undefined ||
      (bits !== null && (!/^\d+$/.test(prefix) || bits > (family === "ipv4" ? 32 : 128)))
    ) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range (such as 10.0.0.0/8)`);
    }
    if (bits === null) list.addAddress(normalised, family);
    else list.addSubnet(normalised, bits, family);
  }
  return {
    isTrusted: (address) => {
      const normalised = normaliseAddress(address);
      if (!normalised) return false;
      return list.check(normalised, net.isIPv4(normalised) ? "ipv4" : "ipv6");
    },
    description: entries.join(", "),
  };
}

/**
 * @param {{ socketAddress: string | undefined, socketEncrypted: boolean,
 *   forwardedFor: string | string[] | undefined, forwardedProto: string | string[] | undefined,
 *   trustedProxies: { isTrusted(address: string): boolean } }} request
 * @returns {{ address: string, protocol: "http" | "https", viaTrustedProxy: boolean }}
 */
export function resolveClientAddress(request) {
  const socketAddress = normaliseAddress(request.socketAddress) ?? "0.0.0.0";
  const socketProtocol = request.socketEncrypted ? "https" : "http";
  if (!request.trustedProxies.isTrusted(socketAddress)) {
    return { address: socketAddress, protocol: socketProtocol, viaTrustedProxy: false };
  }
  // Each proxy appends the address it received the request from. Walking from the right, every
  // address that is a trusted proxy's passes the question on to the entry before it; the first
  // that is not is the client. Entries left of it are whatever the client wrote, never read.
  const chain = splitHeader(request.forwardedFor);
  let address = socketAddress;
  let hops = 0;
  while (request.trustedProxies.isTrusted(address) && hops < chain.length) {
    const previous = normaliseAddress(chain[chain.length - 1 - hops]);
    if (!previous) break;
    address = previous;
    hops++;
  }
  const protocols = splitHeader(request.forwardedProto).map((entry) => entry.toLowerCase());
  const believedProtocol =
    hops === 0 ? undefined : protocols.length >= hops ? protocols[protocols.length - hops] : protocols[0];
  return {
    address,
    protocol: believedProtocol ? (believedProtocol === "https" ? "https" : "http") : socketProtocol,
    viaTrustedProxy: true,
  };
}

/** The comma-separated entries of a header that may have been sent several times. */
function splitHeader(value) {
  return [value]
    .flat()
    .filter((entry) => typeof entry === "string")
    .join(",")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** An IPv4 or IPv6 address in canonical form ("::ffff:1.2.3.4" becomes "1.2.3.4"), or null. */
export function normaliseAddress(value) {
  if (typeof value !== "string" || value.length > 64) return null;
  const address = value.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && net.isIPv4(mapped[1])) return mapped[1];
  if (net.isIPv4(address)) return address;
  if (net.isIPv6(address)) return address.toLowerCase();
  return null;
}
