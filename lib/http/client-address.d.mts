export interface ClientAddressRequest {
  socketAddress: string | undefined;
  socketEncrypted: boolean;
  forwardedFor: string | string[] | undefined;
  forwardedProto: string | string[] | undefined;
  trustedProxies: number;
}

export function resolveClientAddress(request: ClientAddressRequest): { address: string; protocol: "http" | "https" };
export function normaliseAddress(value: unknown): string | null;
