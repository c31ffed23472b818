/**
 * A sign-in refused before the password was checked: the account is locked, or too many attempts
 * came too fast. next-auth passes only an error string from the server to the sign-in form, so
 * the refusal travels as "SignInLocked:<epoch ms>" / "SignInThrottled:<epoch ms>".
 */
export type SignInRefusal = { reason: 'locked' | 'throttled'; retryAt: Date };

const PREFIX = { locked: 'SignInLocked', throttled: 'SignInThrottled' } as const;

export function encodeRefusal(refusal: SignInRefusal): string {
  return `${PREFIX[refusal.reason]}:${refusal.retryAt.getTime()}`;
}

export function parseRefusal(error: string | null | undefined): SignInRefusal | null {
  const match = /^(SignInLocked|SignInThrottled):(\d{1,15})$/.exec(error ?? '');
  if (!match) return null;
  return { reason: match[1] === PREFIX.locked ? 'locked' : 'throttled', retryAt: new Date(Number(match[2])) };
}

/** Thrown from next-auth's authorize(); its message is what the sign-in form receives. */
export class SignInRefused extends Error {
  constructor(readonly refusal: SignInRefusal) {
    super(encodeRefusal(refusal));
    this.name = 'SignInRefused';
  }
}
