// Who is on the other end of a request, for the sign-in limits and for HTTPS-only headers.
// Plain JavaScript: scripts/serve.mjs runs it under node, before Next, without a TypeScript loader.
import net from "node:net";

/**
 * @param {{ socketAddress: string | undefined, socketEncrypted: boolean,
 *   forwardedFor: string | string[] | undefined, forwardedProto: string | string[] | undefined,
 *   trustedProxies: number }} request
 * @returns {{ address: string, protocol: "http" | "https" }}
 */
export function resolveClientAddress(request) {
  const socketAddress = normaliseAddress(request.socketAddress) ?? "0.0.0.0";
  const hops = Number.isInteger(request.trustedProxies) && request.trustedProxies > 0 ? request.trustedProxies : 0;
  if (hops === 0) return { address: socketAddress, protocol: request.socketEncrypted ? "https" : "http" };
  // Each trusted proxy appends the address it received the request from; the entries left of
  // those are whatever the client sent, so only the n-th from the right is believed.
  const chain = splitHeader(request.forwardedFor);
  const believed = chain.length >= hops ? normaliseAddress(chain[chain.length - hops]) : null;
  const protocols = splitHeader(request.forwardedProto).map((entry) => entry.toLowerCase());
  const believedProtocol = protocols.length >= hops ? protocols[protocols.length - hops] : protocols[0];
  return {
    address: believed ?? socketAddress,
    protocol: believedProtocol
      ? believedProtocol === "https"
        ? "https"
        : "http"
      : request.socketEncrypted
        ? "https"
        : "http",
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
