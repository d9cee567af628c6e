export const DEFAULT_ACTION_BODY_LIMIT_BYTES: number;
export const PASTE_ACTION_BODY_LIMIT_BYTES: number;
export const ACTION_BODY_LIMITS: Map<string, number>;
export const ANONYMOUS_ACTION_PATHS: Map<string, string>;
export interface BuiltServerAction {
  name: string;
  bodyLimit: number;
  anonymousPath: string | null;
}
export function readServerActions(manifestFile: string): Map<string, BuiltServerAction> | null;
