/**
 * Zoom and pan of the product-space network through the SVG's viewBox: the map is redrawn
 * at the figure's width (house style) and then shown through a window `1/z` of its size,
 * centred on (cx, cy) in the chart's own coordinates, so nodes and links grow as a map's do.
 * Buttons and the keyboard zoom around the centre, the wheel around the pointer, dragging pans.
 *
 * @module
 */

/** How far in (z ≥ 1) and where the window is centred, in chart units. */
export interface ZoomState {
  readonly z: number;
  readonly cx: number;
  readonly cy: number;
}

/** The most a reader can zoom in: 8×, enough to separate the densest cluster's nodes. */
export const MAX_ZOOM = 8;

/** The zoom state `factor` times further in, kept at the point (px, py) under the pointer. */
export function zoomAt(s: ZoomState, factor: number, px: number, py: number, width: number, height: number): ZoomState {
  const z = Math.min(MAX_ZOOM, Math.max(1, s.z * factor));
  // The point under the pointer stays where it is on screen: it moves toward the centre by
  // the ratio of the old window to the new.
  const k = s.z / z;
  return clampCentre({ z, cx: px + (s.cx - px) * k, cy: py + (s.cy - py) * k }, width, height);
}

/** The window kept inside the chart: the centre moves at most to where an edge meets the chart's. */
export function clampCentre(s: ZoomState, width: number, height: number): ZoomState {
  const hw = width / (2 * s.z);
  const hh = height / (2 * s.z);
  return {
    z: s.z,
    cx: Math.min(width - hw, Math.max(hw, s.cx)),
    cy: Math.min(height - hh, Math.max(hh, s.cy)),
  };
}

/** The SVG viewBox of a zoom state on a chart of `width` × `height`. */
export function viewBoxOf(s: ZoomState, width: number, height: number): string {
  const w = width / s.z;
  const h = height / s.z;
  const r = (v: number): number => Math.round(v * 10) / 10;
  return `${r(s.cx - w / 2)} ${r(s.cy - h / 2)} ${r(w)} ${r(h)}`;
}
