/** Password length limits: long enough to resist guessing, short enough to bound hashing work. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
