export interface TrustedProxies {
  isTrusted(address: string): boolean;
  description: string;
}

export interface ClientAddressRequest {
  socketAddress: string | undefined;
  socketEncrypted: boolean;
  forwardedFor: string | string[] | undefined;
  forwardedProto: string | string[] | undefined;
  trustedProxies: Pick<TrustedProxies, "isTrusted">;
}

export function parseTrustedProxies(value: string | undefined): TrustedProxies;
export function resolveClientAddress(request: ClientAddressRequest): {
  address: string;
  protocol: "http" | "https";
  viaTrustedProxy: boolean;
};
export function normaliseAddress(value: unknown): string | null;
