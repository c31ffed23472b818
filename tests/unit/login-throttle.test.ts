import { LoginThrottle } from '../../services/auth/login-throttle';

const options = { windowMs: 60_000, freeAttempts: 3, baseDelayMs: 500, maxDelayMs: 4_000 };

describe('LoginThrottle', () => {
  it('lets the first attempts through, then doubles the wait up to a ceiling', () => {
    const throttle = new LoginThrottle(options);
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      delays.push(throttle.delayFor('k', 1000 + i));
      throttle.recordFailure('k', 1000 + i);
    }
    expect(delays).toEqual([0, 0, 0, 500, 1000, 2000, 4000, 4000]);
  });

  it('forgets failures after a success', () => {
    const throttle = new LoginThrottle(options);
    for (let i = 0; i < 5; i++) throttle.recordFailure('k', 0);
    throttle.recordSuccess('k');
    expect(throttle.delayFor('k', 1)).toBe(0);
  });

  it('forgets failures after the window', () => {
    const throttle = new LoginThrottle(options);
    for (let i = 0; i < 5; i++) throttle.recordFailure('k', 0);
    expect(throttle.delayFor('k', 59_999)).toBeGreaterThan(0);
    expect(throttle.delayFor('k', 60_001)).toBe(0);
  });

  it('keeps keys apart', () => {
    const throttle = new LoginThrottle(options);
    for (let i = 0; i < 5; i++) throttle.recordFailure('a', 0);
    expect(throttle.delayFor('b', 0)).toBe(0);
  });
});
