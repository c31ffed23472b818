import { DomainError } from '@/services/errors/domain-error';
import { defaultBranchSequence, formatMemberNumber, parseScope } from '@/services/numbering/member-number';
import { numberSequenceSchema } from '@/services/numbering/number-sequence-input.schema';
import { parseInput } from '@/services/validation/parse-input';

/** The number sequence service parses a sequence with its schema through parseInput, as this does. */
const validateSequence = (input: unknown) => parseInput(numberSequenceSchema, input);

describe('member numbers', () => {
  it('formats prefix + zero-padded value, growing past its digits', () => {
    expect(formatMemberNumber({ prefix: 'A', digits: 3 }, 1)).toBe('A001');
    expect(formatMemberNumber({ prefix: 'WeM-', digits: 5 }, 4)).toBe('WeM-00004');
    expect(formatMemberNumber({ prefix: 'K', digits: 6 }, 12)).toBe('K000012');
    expect(formatMemberNumber({ prefix: 'A', digits: 3 }, 1000)).toBe('A1000');
  });

  it('falls back to the branch code and 5 digits', () => {
    expect(defaultBranchSequence('TST')).toEqual({ prefix: 'TST', digits: 5 });
    expect(defaultBranchSequence('Causeway Bay Branch')).toEqual({ prefix: 'CausewayBa', digits: 5 });
  });

  it('reads scopes', () => {
    expect(parseScope('walk-in')).toEqual({ branchId: null });
    expect(parseScope('branch:12')).toEqual({ branchId: 12 });
    expect(() => parseScope('branch:0')).toThrow(DomainError);
    expect(() => parseScope('branch:x')).toThrow(DomainError);
  });

  it.each([
    [{ scope: 'shop' }, 'scope', 'invalidScope'],
    [{ prefix: 'A B' }, 'prefix', 'invalidPrefix'],
    [{ prefix: 'ABCDEFGHIJK' }, 'prefix', 'tooLong'],
    [{ digits: 0 }, 'digits', 'outOfRange'],
    [{ digits: 11 }, 'digits', 'outOfRange'],
    [{ nextValue: 0 }, 'nextValue', 'outOfRange'],
  ])('refuses a bad sequence (%#), naming %s', (over, field, key) => {
    try {
      validateSequence({ scope: 'walk-in', prefix: 'K', digits: 6, nextValue: 1, ...over });
      throw new Error('expected a DomainError');
    } catch (error) {
      expect(error).toMatchObject({ field, messageKey: key });
    }
  });
});
