/**
 * Draws the Premia icon and writes assets/icon-<size>.png (16, 32, 64, 80, 128 px).
 * Run: npx tsx scripts/make-icons.ts
 *
 * Design: a deep green rounded square with a white baseline and three rising bars, the tallest
 * in gold (the "premio"). Geometry lives on a 16-unit grid with whole-unit edges, so at every
 * output size (all multiples of 16 except 80 = 5 x 16) the straight edges fall on pixel
 * boundaries and stay sharp at 16 px; only rounded corners are antialiased, by supersampling.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { encodePng } from './png';

type Rgb = readonly [number, number, number];

interface Shape {
  /** Bounds in grid units (0..16). */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Corner radius in grid units; `topOnly` rounds just the two top corners. */
  radius: number;
  topOnly?: boolean;
  color: Rgb;
}

const GREEN: Rgb = [0x0f, 0x6e, 0x4f];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const GOLD: Rgb = [0xf5, 0xc5, 0x42];

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

/** At 16 px a half-pixel rounding only blurs the bar tops, so small icons keep them square. */
function scene(size: number): Shape[] {
  const bar = size >= 32 ? 0.5 : 0;
  return [
    { x0: 0, y0: 0, x1: 16, y1: 16, radius: 3, color: GREEN },
    { x0: 2, y0: 12, x1: 14, y1: 13, radius: 0, color: WHITE }, // baseline
    { x0: 3, y0: 9, x1: 5, y1: 12, radius: bar, topOnly: true, color: WHITE },
    { x0: 7, y0: 6, x1: 9, y1: 12, radius: bar, topOnly: true, color: WHITE },
    { x0: 11, y0: 3, x1: 13, y1: 12, radius: bar, topOnly: true, color: GOLD },
  ];
}

function inside(s: Shape, x: number, y: number): boolean {
  if (x < s.x0 || x >= s.x1 || y < s.y0 || y >= s.y1) return false;
  const r = s.radius;
  if (r <= 0) return true;
  // Distance to the nearest corner centre when the point is in a corner box.
  const cx = x < s.x0 + r ? s.x0 + r : x > s.x1 - r ? s.x1 - r : x;
  const cy = y < s.y0 + r ? s.y0 + r : s.topOnly ? y : y > s.y1 - r ? s.y1 - r : y;
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

/** Renders the scene at `size` px; each pixel averages samples x samples points. */
export function renderIcon(size: number, samples = 8): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const unitsPerPixel = 16 / size;
  const n = samples * samples;
  const shapes = scene(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied accumulation, so transparent samples do not darken the edges.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) * unitsPerPixel;
          const y = (py + (sy + 0.5) / samples) * unitsPerPixel;
          let color: Rgb | null = null;
          for (const s of shapes) if (inside(s, x, y)) color = s.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / n);
      }
    }
  }
  return out;
}

function main(): void {
  const assets = resolve(__dirname, '..', 'assets');
  mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();
