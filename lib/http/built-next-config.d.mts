export const BUILT_CONFIG_VARIABLE: "__NEXT_PRIVATE_STANDALONE_CONFIG";
export function builtNextConfig(dir: string): string | null;
export function applyBuiltNextConfig(dir: string, env?: Record<string, string | undefined>): boolean;
