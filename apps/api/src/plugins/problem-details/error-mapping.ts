export type Params = Record<string, string | number>;

/** A domain error code's HTTP answer: its status and its Russian explanation (what happened, what to do). */
export interface Mapping {
  /** A function when one code answers differently by context (CONSENT_REQUIRED: registration or booking). */
  status: number | ((params: Params) => number);
  detail: (params: Params) => string;
}
