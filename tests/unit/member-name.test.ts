import { formatMemberName } from '../../services/members/member-name';

describe('formatMemberName', () => {
  it.each([
    [{ lastName: '陳', firstName: '小麗' }, '陳小麗'],
    [{ lastName: 'Chan', firstName: 'Susan' }, 'Chan Susan'],
    [{ lastName: ' 黃 ', firstName: ' 美君 ' }, '黃美君'],
    [{ lastName: 'Lee', firstName: '' }, 'Lee'],
  ])('%j → %s', (member, expected) => {
    expect(formatMemberName(member)).toBe(expected);
  });
});
