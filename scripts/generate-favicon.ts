// Writes app/favicon.ico: the same mark as app/icon.svg (an "N" on the accent square), drawn at 16, 32
// and 48 px. Browsers ask for /favicon.ico whatever the page links to; without it every page logged a
// 404. No image library needed: the mark is a rounded square and three strokes, drawn with 4×4
// supersampling into PNGs, which an ICO file may hold as they are.
// Run: npx tsx scripts/generate-favicon.ts (the output is committed; rerun only to change the mark).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const ACCENT = [0x4f, 0x46, 0xe5] as const;
// In the 32-unit space of app/icon.svg.
const RADIUS = 7;
const STROKE = 3;
const POINTS: [number, number][] = [
  [10.5, 23],
  [10.5, 9],
  [21.5, 23],
  [21.5, 9],
];

function insideRoundedSquare(x: number, y: number): boolean {
  const cx = Math.min(Math.max(x, RADIUS), 32 - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), 32 - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

function distanceToSegment(
  x: number,
  y: number,
  [ax, ay]: [number, number],
  [bx, by]: [number, number],
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function onStroke(x: number, y: number): boolean {
  for (let i = 1; i < POINTS.length; i++)
    if (distanceToSegment(x, y, POINTS[i - 1]!, POINTS[i]!) <= STROKE / 2) return true;
  return false;
}

/** RGBA pixels of the mark at `size` px, straight (not premultiplied) alpha. */
function drawMark(size: number): Buffer {
  const SAMPLES = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let white = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = ((px + (sx + 0.5) / SAMPLES) * 32) / size;
          const y = ((py + (sy + 0.5) / SAMPLES) * 32) / size;
          if (!insideRoundedSquare(x, y)) continue;
          square++;
          if (onStroke(x, y)) white++;
        }
      }
      const o = (py * size + px) * 4;
      const share = square ? white / square : 0;
      for (let c = 0; c < 3; c++) pixels[o + c] = Math.round(ACCENT[c]! + (255 - ACCENT[c]!) * share);
      pixels[o + 3] = Math.round((255 * square) / SAMPLES ** 2);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An ICO file holding one PNG per size. */
export function favicon(sizes: readonly number[]): Buffer {
  const images = sizes.map((size) => png(size, drawMark(size)));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(sizes.length, 4);
  let offset = 6 + 16 * sizes.length;
  const entries = sizes.map((size, i) => {
    const entry = Buffer.alloc(16);
    entry[0] = size % 256; // 0 means 256
    entry[1] = size % 256;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(images[i]!.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += images[i]!.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images]);
}

const target = path.resolve(import.meta.dirname, "../app/favicon.ico");
writeFileSync(target, favicon([16, 32, 48]));
console.log(`wrote ${path.relative(process.cwd(), target)}`);
