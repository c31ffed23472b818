import { membersOutsideBranch } from '../../services/contacts/branch-reach';

describe('members outside a salesperson\'s branch', () => {
  const counts = [
    { branchId: 1, members: 7 },
    { branchId: 2, members: 3 },
  ];

  it.each([
    ['a salesperson of branch 1', [{ id: 11, branchId: 1 }], [{ salespersonId: 11, outsideBranch: 3 }]],
    ['a salesperson of branch 2', [{ id: 21, branchId: 2 }], [{ salespersonId: 21, outsideBranch: 7 }]],
    ['a salesperson of a branch with none of the members', [{ id: 31, branchId: 3 }], [{ salespersonId: 31, outsideBranch: 10 }]],
    [
      'salespeople of different branches, in the given order',
      [{ id: 21, branchId: 2 }, { id: 11, branchId: 1 }],
      [{ salespersonId: 21, outsideBranch: 7 }, { salespersonId: 11, outsideBranch: 3 }],
    ],
  ])('%s', (_name, salespeople, expected) => {
    expect(membersOutsideBranch(salespeople, counts)).toEqual(expected);
  });

  it('counts nothing when there is nothing to assign', () => {
    expect(membersOutsideBranch([{ id: 11, branchId: 1 }], [])).toEqual([{ salespersonId: 11, outsideBranch: 0 }]);
  });

  it('adds up a branch given twice', () => {
    expect(membersOutsideBranch([{ id: 11, branchId: 1 }], [...counts, { branchId: 1, members: 2 }])).toEqual([{ salespersonId: 11, outsideBranch: 3 }]);
  });
});
