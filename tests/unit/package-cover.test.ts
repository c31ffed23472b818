import { packagePaymentsOverflow } from '../../services/sales/package-cover';

describe('packagePaymentsOverflow', () => {
  const lines = [10_000, 5_000, 2_000];

  it('lets a package pay up to what the lines it covers come to', () => {
    expect(packagePaymentsOverflow([{ amountCents: 15_000, covers: [true, true, false] }], lines)).toBeNull();
    expect(packagePaymentsOverflow([{ amountCents: 15_001, covers: [true, true, false] }], lines)).toEqual({ index: 0, coveredCents: 15_000 });
  });

  it('does not let two packages pay the same line twice', () => {
    const both = [{ amountCents: 10_000, covers: [true, false, false] }, { amountCents: 1, covers: [true, false, false] }];
    expect(packagePaymentsOverflow(both, lines)).toEqual({ index: 1, coveredCents: 10_000 });
  });

  it('shares lines out when one package covers more than the other', () => {
    const shared = [{ amountCents: 10_000, covers: [true, false, false] }, { amountCents: 5_000, covers: [true, true, false] }];
    expect(packagePaymentsOverflow(shared, lines)).toBeNull();
    expect(packagePaymentsOverflow([shared[0], { ...shared[1], amountCents: 5_001 }], lines)).toEqual({ index: 1, coveredCents: 15_000 });
  });
});
