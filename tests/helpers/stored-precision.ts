/**
 * Per-role figures are stored as 32-bit floats (results.ts: one Float32Array for every role and
 * quarter), so two runs whose exact figures are equal, or ordered, can read back one float32 step
 * apart in either direction: 1.2e-7 near 1, 7.6e-6 near 100. A comparison of stored figures must allow
 * that much, and no fixed absolute tolerance does for every figure (shares are 0-1, indices 0-100).
 */

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The gap between |x| (as a float32) and the next float32 up. */
export function float32Step(x: number): number {
  f32[0] = Math.abs(x);
  const at = f32[0];
  if (!Number.isFinite(at)) return Infinity;
  u32[0] += 1;
  return f32[0] - at;
}

/**
 * Float64 arithmetic noise before storage, far above what the engine's sums of at most a few thousand
 * terms of size 100 produce (about 1e-11), far below any effect a property is about.
 */
const ARITHMETIC = 1e-9;

/** How far apart two stored figures may be while their exact values are equal: two float32 steps. */
export function storedTolerance(a: number, b: number): number {
  return 2 * float32Step(Math.max(Math.abs(a), Math.abs(b))) + ARITHMETIC;
}

/** a <= b, as far as stored figures can tell. */
export function atMostStored(a: number, b: number): boolean {
  return a <= b + storedTolerance(a, b);
}

/** a == b, as far as stored figures can tell. */
export function equalStored(a: number, b: number): boolean {
  return Math.abs(a - b) <= storedTolerance(a, b);
}
