import { arrivalCountsByBranch, branchesByTimeZone } from '../../services/home/branch-arrivals';

describe('today\'s arrivals per branch', () => {
  it('reads grouped rows as numbers, a SUM over nothing as 0', () => {
    expect(arrivalCountsByBranch([
      { branchId: '1', booked: '4', arrived: '2', verified: 1, noShow: null },
    ])).toEqual(new Map([[1, { booked: 4, arrived: 2, verified: 1, noShow: 0 }]]));
  });

  it('groups branches by time zone, keeping their order, so each is counted over its own day', () => {
    const tko = { id: 1, code: 'TKO', timeZone: 'Asia/Hong_Kong' };
    const bkk = { id: 2, code: 'BKK', timeZone: 'Asia/Bangkok' };
    const tst = { id: 3, code: 'TST', timeZone: 'Asia/Hong_Kong' };
    expect([...branchesByTimeZone([tko, bkk, tst])]).toEqual([
      ['Asia/Hong_Kong', [tko, tst]],
      ['Asia/Bangkok', [bkk]],
    ]);
  });
});
