import type { RgbaImage } from './png.encoder';

/**
 * Draws Steward's icon, a shield with an "S", as RGBA pixels: the colour icon (192×192, white shield on
 * the accent colour) and the outline icon (32×32, white shield on transparent with the S cut out), the
 * two Teams asks for. Shapes are maths in unit coordinates, anti-aliased by supersampling.
 */

type Rgba = readonly [number, number, number, number];
const SAMPLES = 4; // per axis: 16 samples per pixel

/** Shield outline in unit coordinates (y grows downwards). */
const SHIELD = { cx: 0.5, top: 0.13, shoulder: 0.5, tip: 0.9, halfWidth: 0.33, dip: 0.035 };

function insideShield(x: number, y: number): boolean {
  const dx = Math.abs(x - SHIELD.cx);
  if (dx > SHIELD.halfWidth) return false;
  const top = SHIELD.top + SHIELD.dip * (1 - (dx / SHIELD.halfWidth) ** 2);
  if (y < top || y > SHIELD.tip) return false;
  if (y <= SHIELD.shoulder) return true;
  const t = (y - SHIELD.shoulder) / (SHIELD.tip - SHIELD.shoulder);
  return dx <= SHIELD.halfWidth * (1 - t ** 1.8);
}

/**
 * The S: two stacked arcs of radius r, the upper one drawn anticlockwise from the upper right round to
 * its bottom, the lower one clockwise from its top round to the lower left. Angles in degrees, y down.
 */
const S_STROKE = 0.078;
const S_RADIUS = 0.092;
const S_ARCS = [
  { cx: 0.5, cy: 0.3 + S_RADIUS, from: -270, to: -40 },
  { cx: 0.5, cy: 0.3 + 3 * S_RADIUS, from: -90, to: 140 },
].map((a) => ({ ...a, from: (a.from * Math.PI) / 180, to: (a.to * Math.PI) / 180 }));

/** Distance from (x, y) to an arc: to the circle when the point's angle lies on the arc, else to the nearer end. */
function distanceToArc(x: number, y: number, arc: (typeof S_ARCS)[number]): number {
  const dx = x - arc.cx;
  const dy = y - arc.cy;
  let angle = Math.atan2(dy, dx);
  while (angle < arc.from) angle += 2 * Math.PI;
  while (angle >= arc.from + 2 * Math.PI) angle -= 2 * Math.PI;
  if (angle <= arc.to) return Math.abs(Math.hypot(dx, dy) - S_RADIUS);
  return Math.min(
    ...[arc.from, arc.to].map((a) => Math.hypot(x - (arc.cx + S_RADIUS * Math.cos(a)), y - (arc.cy + S_RADIUS * Math.sin(a)))),
  );
}

function onS(x: number, y: number): boolean {
  return S_ARCS.some((arc) => distanceToArc(x, y, arc) <= S_STROKE / 2);
}

/** Renders by averaging the colour `paint` gives each subsample (premultiplied, so edges stay clean). */
function render(size: number, paint: (x: number, y: number) => Rgba): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const n = SAMPLES * SAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = paint((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          const alpha = c[3] / 255;
          r += c[0] * alpha;
          g += c[1] * alpha;
          b += c[2] * alpha;
          a += alpha;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
      }
      pixels[o + 3] = Math.round((a / n) * 255);
    }
  }
  return { width: size, height: size, pixels };
}

export function parseHexColor(hex: string): Rgba {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16), 255];
}

const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Full-colour icon: accent background, white shield, accent S. */
export function renderColorIcon(size: number, accentHex: string): RgbaImage {
  const accent = parseHexColor(accentHex);
  return render(size, (x, y) => (insideShield(x, y) && !onS(x, y) ? WHITE : accent));
}

/** Outline icon: white shield on transparent, the S cut out of it. */
export function renderOutlineIcon(size: number): RgbaImage {
  return render(size, (x, y) => (insideShield(x, y) && !onS(x, y) ? WHITE : CLEAR));
}
