/**
 * The moment the pointer reads: pointing at any chart picks one simulated time for all of them. The
 * runtime holds the one instance (LabRuntime.hover); the charts read it when they paint.
 */
export interface HoverState {
  /** Where the pointer is, in simulated seconds (null: not over a chart). */
  tS: number | null;
}
