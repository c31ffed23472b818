import { MemberCardStatus } from '@/entities/member-card.entity';
import { issueCardSchema, lockCardSchema, normaliseCardNumber, replaceCardSchema, setPinSchema } from '@/services/prepaid/member-card-input.schema';
import { cardActionRefusal } from '@/services/prepaid/member-card-rules';
import { lookupCardNumber } from '@/services/members/quick-lookup-term';

const issueOf = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.success ? null : { field: result.error!.issues[0].path.join('.'), message: result.error!.issues[0].message };

describe('card numbers', () => {
  it('keeps 4–30 letters or digits, trimmed and in capitals', () => {
    expect(normaliseCardNumber(' ab12cd ')).toBe('AB12CD');
    expect(normaliseCardNumber('88001234')).toBe('88001234');
    expect(normaliseCardNumber('1234')).toBe('1234');
    expect(normaliseCardNumber('X'.repeat(30))).toBe('X'.repeat(30));
  });

  it.each(['123', 'X'.repeat(31), 'AB-1234', 'AB 1234', '卡1234', ''])('refuses %p', (raw) => expect(normaliseCardNumber(raw)).toBeNull());

  it('is matched by the lookup exactly as it is stored', () => {
    expect(lookupCardNumber(' 88001234 ')).toBe('88001234');
    expect(lookupCardNumber('vip0042')).toBe('VIP0042');
    expect(lookupCardNumber('Chan Tai Man')).toBeNull();
    expect(lookupCardNumber('912')).toBeNull();
  });
});

describe('card input schemas', () => {
  it('issues with a number and an optional PIN', () => {
    expect(issueCardSchema.parse({ cardNumber: ' c0001 ', pin: '' })).toEqual({ cardNumber: 'C0001', pin: null });
    expect(issueCardSchema.parse({ cardNumber: 'C0001', pin: ' 123456 ' })).toEqual({ cardNumber: 'C0001', pin: '123456' });
    expect(issueOf(issueCardSchema.safeParse({ cardNumber: '  ', pin: null }))).toEqual({ field: 'cardNumber', message: 'required' });
    expect(issueOf(issueCardSchema.safeParse({ cardNumber: 'C-1', pin: null }))).toEqual({ field: 'cardNumber', message: 'cardNumberInvalid?min=4&max=30' });
  });

  it.each(['123', '1234567', '12a4', 12345])('refuses the PIN %p', (pin) =>
    expect(issueOf(setPinSchema.safeParse({ pin }))).toEqual({ field: 'pin', message: 'pinInvalid?min=4&max=6' }));

  it('clears the PIN with null or blank', () => {
    expect(setPinSchema.parse({ pin: null })).toEqual({ pin: null });
    expect(setPinSchema.parse({ pin: ' ' })).toEqual({ pin: null });
    expect(setPinSchema.parse({ pin: '0042' })).toEqual({ pin: '0042' });
  });

  it('needs a reason to lock or replace', () => {
    expect(issueOf(lockCardSchema.safeParse({ reason: ' ' }))).toEqual({ field: 'reason', message: 'required' });
    expect(issueOf(replaceCardSchema.safeParse({ cardNumber: 'C0002', pin: null, reason: '' }))).toEqual({ field: 'reason', message: 'required' });
    expect(replaceCardSchema.parse({ cardNumber: 'c0002', reason: ' lost ' })).toEqual({ cardNumber: 'C0002', pin: null, reason: 'lost' });
  });
});

describe('card actions', () => {
  const active = { status: MemberCardStatus.ACTIVE };
  const locked = { status: MemberCardStatus.LOCKED };

  it('issues only to a member without a current card', () => {
    expect(cardActionRefusal(null, 'issue')).toBeNull();
    expect(cardActionRefusal(active, 'issue')).toBe('memberHasCard');
    expect(cardActionRefusal(locked, 'issue')).toBe('memberHasCard');
  });

  it('changes only a current card', () => {
    for (const action of ['setPin', 'lock', 'unlock', 'replace'] as const) expect(cardActionRefusal(null, action)).toBe('memberHasNoCard');
  });

  it('locks an active card, unlocks a locked one, replaces either', () => {
    expect(cardActionRefusal(active, 'lock')).toBeNull();
    expect(cardActionRefusal(locked, 'lock')).toBe('cardAlreadyLocked');
    expect(cardActionRefusal(locked, 'unlock')).toBeNull();
    expect(cardActionRefusal(active, 'unlock')).toBe('cardNotLocked');
    expect(cardActionRefusal(active, 'replace')).toBeNull();
    expect(cardActionRefusal(locked, 'replace')).toBeNull();
    expect(cardActionRefusal(locked, 'setPin')).toBeNull();
  });
});
