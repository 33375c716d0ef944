/**
 * Geometry shared by every chart. All plots use the same left and right margins so their time axes
 * line up exactly: one shared axis, read down the page.
 */
export const MARGIN = { top: 6, right: 14, bottom: 20, left: 56 } as const;

/**
 * Smallest plot height of a time chart in px: 100 at 1280×720 with the script editor under the
 * charts, 84 when the stack diagram takes a strip above them (src/app/stack/stack.css). The actual
 * height comes from CSS (--chart-h in styles/charts.css): it grows with the window, never with the data.
 */
export const MIN_CHART_HEIGHT_PX = 84;

/** At most this many points per series per pixel of width (min and max of each bucket). */
export const POINTS_PER_PX = 2;

/** Number of ticks on the time axis for a plot this wide. */
export const timeTicks = (innerWidthPx: number) => Math.max(2, Math.floor(innerWidthPx / 90));
