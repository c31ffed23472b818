import { createRng, seedFrom, weighted } from '@/services/seed/prng';

describe('seeded PRNG', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = createRng('salon');
    const b = createRng('salon');
    const c = createRng('salon2');
    const seqA = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(seqA);
  });

  it('accepts numbers and strings as seeds', () => {
    expect(seedFrom(42)).toBe(42);
    expect(seedFrom('abc')).toBe(seedFrom('abc'));
    expect(createRng(7).next()).toBe(createRng(7).next());
  });

  it('keeps next() in [0, 1) and int() within its inclusive bounds', () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i += 1) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = rng.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('does not use Math.random', () => {
    const spy = jest.spyOn(Math, 'random');
    const rng = createRng(3);
    for (let i = 0; i < 100; i += 1) rng.next();
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('picks by weight and never picks zero weights', () => {
    const pick = weighted([['a', 1], ['b', 3], ['never', 0]] as const);
    const rng = createRng(9);
    const counts: Record<string, number> = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 40_000; i += 1) counts[pick(rng)] += 1;
    expect(counts.never).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.7);
    expect(counts.b / counts.a).toBeLessThan(3.3);
  });

  it('rejects empty choices', () => {
    expect(() => createRng(1).pick([])).toThrow();
    expect(() => weighted([])).toThrow();
  });
});
