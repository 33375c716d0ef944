/**
 * Colours of the trigger map. Recovered cells are blues, pale for an instant recovery and deep for
 * a slow one; stuck cells are vermillion; never-healthy cells are slate grey with a hatch. Blue
 * against vermillion is the Okabe–Ito pair that stays distinct for the common colour-vision
 * deficiencies, the ramp varies in lightness (readable in greyscale), and the hatch keeps
 * never-healthy apart from a slow recovery without relying on hue.
 */
import { scaleLinear } from 'd3-scale';
import type { Outcome } from '../../map';

/** Recovery times are shaded from 0 to this many seconds; slower ones get the deepest blue. */
export const RECOVERY_SCALE_MAX_S = 120;
export const RECOVERY_TICKS_S = [0, 30, 60, 90, 120] as const;

export const STUCK_COLOR = '#d55e00';
export const NEVER_HEALTHY_COLOR = '#5b6068';
export const PENDING_COLOR = 'transparent';

const recoveryRamp = scaleLinear<string>()
  .domain([0, RECOVERY_SCALE_MAX_S / 2, RECOVERY_SCALE_MAX_S])
  .range(['#b8daf1', '#3a8cc8', '#0a3a6b'])
  .clamp(true);

/** The blue of a recovery taking `seconds` (clamped to the scale). */
export const recoveryColor = (seconds: number): string => recoveryRamp(Math.max(0, seconds));

export interface CellOutcome {
  outcome: Outcome;
  recoverS: number | null;
}

/** Fill of a cell; `null` (not computed yet) is transparent over the pending background. */
export function cellColor(c: CellOutcome | null): string {
  if (!c) return PENDING_COLOR;
  if (c.outcome === 'stuck') return STUCK_COLOR;
  if (c.outcome === 'never-healthy') return NEVER_HEALTHY_COLOR;
  return recoveryColor(c.recoverS ?? 0);
}

/** Never-healthy cells also carry a hatch (see heatmapRenderer), so colour is not the only cue. */
export const isHatched = (c: CellOutcome | null): boolean => c?.outcome === 'never-healthy';

export interface LegendEntry {
  key: Outcome | 'pending';
  label: string;
  color: string;
  hatched: boolean;
  /** How many cells of this kind so far. */
  count: number;
}

/** The legend's swatches with counts; recovered is drawn as the ramp (see Legend) but counted here. */
export function legendEntries(cells: readonly (CellOutcome | null)[]): LegendEntry[] {
  const count = (k: LegendEntry['key']) => cells.filter((c) => (c ? c.outcome === k : k === 'pending')).length;
  return [
    { key: 'recovered', label: 'Recovered', color: recoveryColor(RECOVERY_SCALE_MAX_S / 2), hatched: false, count: count('recovered') },
    { key: 'stuck', label: 'Stuck (metastable)', color: STUCK_COLOR, hatched: false, count: count('stuck') },
    { key: 'never-healthy', label: 'Never healthy (overloaded before the trigger)', color: NEVER_HEALTHY_COLOR, hatched: true, count: count('never-healthy') },
    { key: 'pending', label: 'Not computed yet', color: PENDING_COLOR, hatched: false, count: count('pending') },
  ];
}

/** CSS gradient of the recovery ramp, for the legend bar. */
export function recoveryGradient(stops = 6): string {
  const parts = Array.from({ length: stops }, (_, k) => {
    const f = k / (stops - 1);
    return `${recoveryColor(f * RECOVERY_SCALE_MAX_S)} ${(f * 100).toFixed(0)}%`;
  });
  return `linear-gradient(to right, ${parts.join(', ')})`;
}
