import { paymentOverOutstanding } from '../../services/prepaid/instalment.service';

describe('paymentOverOutstanding', () => {
  it('names the payment whose running total first goes past what is outstanding', () => {
    expect(paymentOverOutstanding([20_000, 10_000], 30_000)).toBeNull();
    expect(paymentOverOutstanding([20_000, 10_001], 30_000)).toBe(1);
    expect(paymentOverOutstanding([30_001, 1], 30_000)).toBe(0);
    expect(paymentOverOutstanding([1], 0)).toBe(0);
    expect(paymentOverOutstanding([], 0)).toBeNull();
  });
});
