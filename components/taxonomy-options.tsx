import { COMMITMENT_TYPE_INFO, COMMITMENT_TYPES, STANCE_INFO, STANCES } from "@/lib/domain/taxonomy";

/** The <option>s of a commitment-type select, in matrix order. */
export function CommitmentTypeOptions() {
  return COMMITMENT_TYPES.map((type) => (
    <option key={type} value={type}>
      {COMMITMENT_TYPE_INFO[type].label}
    </option>
  ));
}

/** The <option>s of a stance select, from strongest engagement to strongest rejection. */
export function StanceOptions() {
  return STANCES.map((stance) => (
    <option key={stance} value={stance}>
      {STANCE_INFO[stance].label}
    </option>
  ));
}
