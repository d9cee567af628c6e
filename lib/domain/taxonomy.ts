/**
 * The commitment types and stances of the domain (../shared/docs/domain.md), defined once.
 * Every label and sort order in the app comes from here (the stance colours from
 * `stance-palette.ts`), so a new type or a
 * renamed label is a one-line change.
 */

export const COMMITMENT_TYPES = [
  "troops",
  "monitoring",
  "article5",
  "air",
  "maritime",
  "training",
  "arms",
  "funding",
  "intelligence",
  "logistics",
  "backstop",
] as const;

export type CommitmentType = (typeof COMMITMENT_TYPES)[number];

export interface CommitmentTypeInfo {
  key: CommitmentType;
  label: string;
  /** Short column header for the matrix. */
  shortLabel: string;
  description: string;
}

export const COMMITMENT_TYPE_INFO: Record<CommitmentType, CommitmentTypeInfo> = {
  troops: {
    key: "troops",
    label: "Troops on the ground",
    shortLabel: "Troops",
    description:
      "Own military personnel on Ukrainian territory: a reassurance or multinational force, boots on the ground, staffing hubs inside Ukraine.",
  },
  monitoring: {
    key: "monitoring",
    label: "Ceasefire monitoring",
    shortLabel: "Monitoring",
    description: "Taking part in or leading a ceasefire monitoring or verification mechanism.",
  },
  article5: {
    key: "article5",
    label: "Article 5-style guarantee",
    shortLabel: "Art. 5",
    description: "A binding collective-defence guarantee for Ukraine modelled on NATO's Article 5.",
  },
  air: {
    key: "air",
    label: "Air policing / air defence",
    shortLabel: "Air",
    description: 'Air policing or air defence over Ukraine, a "sky shield".',
  },
  maritime: {
    key: "maritime",
    label: "Maritime security",
    shortLabel: "Maritime",
    description: "Black Sea maritime security, naval presence, demining.",
  },
  training: {
    key: "training",
    label: "Training",
    shortLabel: "Training",
    description: "Training Ukrainian forces, inside Ukraine or abroad.",
  },
  arms: {
    key: "arms",
    label: "Arms and military aid",
    shortLabel: "Arms",
    description: "Weapons, military aid, strengthening Ukraine's armed forces, defence-industrial cooperation.",
  },
  funding: {
    key: "funding",
    label: "Funding",
    shortLabel: "Funding",
    description: "Money for Ukraine's security and armed forces.",
  },
  intelligence: {
    key: "intelligence",
    label: "Intelligence",
    shortLabel: "Intel",
    description: "Intelligence sharing, surveillance support.",
  },
  logistics: {
    key: "logistics",
    label: "Logistics and hubs",
    shortLabel: "Logistics",
    description: "Logistics, headquarters, bases or hubs away from the front line, transport.",
  },
  backstop: {
    key: "backstop",
    label: "Backstop",
    shortLabel: "Backstop",
    description: "A (typically US) backstop or support for a European-led force.",
  },
};

/** Ordered from the strongest own engagement to the strongest rejection. */
export const STANCES = ["committed", "conditional", "considering", "supports", "ruled_out", "opposes"] as const;

export type Stance = (typeof STANCES)[number];

export interface StanceInfo {
  key: Stance;
  label: string;
  description: string;
}

export const STANCE_INFO: Record<Stance, StanceInfo> = {
  committed: {
    key: "committed",
    label: "Committed",
    description: "Firm pledge or plan to do it.",
  },
  conditional: {
    key: "conditional",
    label: "Conditional",
    description: "Will do it only under a stated condition.",
  },
  considering: {
    key: "considering",
    label: "Considering",
    description: "Open to it, studying it, not excluded.",
  },
  supports: {
    key: "supports",
    label: "Supports",
    description: "Endorses the measure in principle, without pledging its own part.",
  },
  ruled_out: {
    key: "ruled_out",
    label: "Ruled out",
    description: "Excludes its own participation.",
  },
  opposes: {
    key: "opposes",
    label: "Opposes",
    description: "Opposes the measure as such, for anyone.",
  },
};

export const REVIEW_STATES = ["proposed", "accepted", "rejected"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export function isCommitmentType(value: string): value is CommitmentType {
  return (COMMITMENT_TYPES as readonly string[]).includes(value);
}

export function isStance(value: string): value is Stance {
  return (STANCES as readonly string[]).includes(value);
}

/** Position of a stance from strongest engagement (0) to strongest rejection. */
export function stanceOrder(stance: Stance): number {
  return STANCES.indexOf(stance);
}
