import { displayPrefix, hashTokenSecret, looksLikeTokenSecret, newTokenSecret } from '../../services/api-tokens/api-token-secret';

describe('API token secrets', () => {
  it('are random, recognisable and hash deterministically', () => {
    const a = newTokenSecret();
    const b = newTokenSecret();
    expect(a).not.toBe(b);
    expect(looksLikeTokenSecret(a)).toBe(true);
    expect(hashTokenSecret(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTokenSecret(a)).toBe(hashTokenSecret(a));
    expect(hashTokenSecret(a)).not.toBe(hashTokenSecret(b));
    expect(a.startsWith(displayPrefix(a))).toBe(true);
    expect(displayPrefix(a).length).toBeLessThan(16);
  });

  it.each(['', 'sct_short', 'Bearer x', 'x'.repeat(60)])('reject %j as a secret', (value) => {
    expect(looksLikeTokenSecret(value)).toBe(false);
  });
});
