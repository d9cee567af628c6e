import type { RegisteredPattern } from "../../pattern";

/**
 * The surname of a name with a particle ("Jan van der Berg" -> "van der Berg", "Ana de Sousa"
 * -> "de Sousa"; group 1), after the given name and any initials: news copy keeps the particle
 * ("Van der Berg said").
 */
export const SURNAME_PARTICLE: RegisteredPattern = {
  id: "actors/surname-particle",
  phenomenon: "the surname of a name with a particle keeps the particle",
  re: /^\S+(?:\s+\p{Lu}\.)*\s+((?:van|von|de|der|den|del|da|di|du|le|la)\s.+)$/u,
  examples: ["Jan van der Berg", "Ana de Sousa", "Jan P. van Dijk"],
  counterExamples: ["Ana Silva", "Jan P. Novak"],
};
