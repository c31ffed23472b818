import { decodeCursor, encodeCursor, sliceWithLookahead } from '../../services/pagination/cursor';
import { DomainError } from '../../services/errors/domain-error';

describe('cursor', () => {
  it.each([[[1]], [['TKO', 3]], [['陳小麗', 42]]])('round-trips %j', (values) => {
    expect(decodeCursor(encodeCursor(values), values.length)).toEqual(values);
  });

  it.each(['', 'abc', encodeCursor([1, 2]), Buffer.from('{"a":1}').toString('base64url'), encodeCursor([{} as never])])(
    'refuses %j naming the `after` field',
    (cursor) => {
      expect(() => decodeCursor(cursor, 1)).toThrow(DomainError);
      try {
        decodeCursor(cursor, 1);
      } catch (error) {
        expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', messageKey: 'invalidCursor' });
      }
    },
  );

  it('slices a lookahead page', () => {
    expect(sliceWithLookahead([1, 2, 3], 2)).toEqual({ nodes: [1, 2], hasNextPage: true });
    expect(sliceWithLookahead([1, 2], 2)).toEqual({ nodes: [1, 2], hasNextPage: false });
    expect(sliceWithLookahead([], 2)).toEqual({ nodes: [], hasNextPage: false });
  });
});
