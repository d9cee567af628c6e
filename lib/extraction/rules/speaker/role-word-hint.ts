import type { RegisteredPattern } from "../../pattern";

/** The cheap test before an office before a name. */
export const ROLE_WORD_HINT: RegisteredPattern = {
  id: "speaker/role-word-hint",
  phenomenon: "the cheap test before an office before a name",
  re: /Minister|President|Chancellor|Secretary|Spokes|Envoy|Ambassador|Director|Commissioner|Governor|Premier|Gen|Admiral|Senator|Representative|Chief/,
  examples: ["Prime Minister", "Chief", "Spokesman"],
  counterExamples: ["prime minister", "the office"],
};
