/**
 * A seeded pseudo-random generator (sfc32, Chris Doty-Humphrey's Small Fast Counter, as in
 * PractRand), returning uniforms in [0, 1). Every Monte Carlo in Chanye draws from one of
 * these, so a seed reproduces a run exactly.
 *
 * @example const random = seededRandom(42); random() // the same number on every machine
 */
export function seededRandom(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs so that nearby seeds diverge.
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** A uniformly chosen element of `items`. */
export function pick<T>(items: readonly T[], random: () => number): T {
  if (items.length === 0) throw new Error('cannot pick from an empty list');
  return items[Math.floor(random() * items.length)] as T;
}
