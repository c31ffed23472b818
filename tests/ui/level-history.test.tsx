/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LevelHistory } from '@/components/member-levels/level-history';
import { MemberLevelChangesQuery } from '@/components/member-levels/level-history-documents';
import type { LevelChangeRowFragment as Row } from '@/graphql/generated/graphql';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { messages, renderWithIntl } from './render-with-intl';

const group = (id: string, name: string, upgradeWithinMonths = 12) => ({ __typename: 'MemberGroup' as const, id, name, upgradeWithinMonths });
const upgrade = {
  __typename: 'MemberLevelChange', id: '6', reason: 'UPGRADE', spendCents: 500_000, createdAt: '2030-06-10T05:00:01.000Z',
  fromGroup: group('1', 'New'), toGroup: group('4', 'VIP Silver'),
  invoice: { __typename: 'Invoice', id: '11', number: 'TKOSI-00011' }, staff: { __typename: 'Staff', id: '3', displayName: 'Ling' },
} as Row;
const review = {
  __typename: 'MemberLevelChange', id: '9', reason: 'DOWNGRADE', spendCents: 120_000, createdAt: '2031-07-01T00:10:00.000Z',
  fromGroup: group('5', 'VIP Gold', 3), toGroup: group('4', 'VIP Silver'), invoice: null, staff: null,
} as Row;
const manual = {
  __typename: 'MemberLevelChange', id: '2', reason: 'MANUAL', spendCents: null, createdAt: '2030-01-02T03:00:00.000Z',
  fromGroup: null, toGroup: group('1', 'New'), invoice: null, staff: { __typename: 'Staff', id: '1', displayName: 'HKB2B Support' },
} as Row;
const page = (nodes: Row[], hasNextPage: boolean, totalCount: number) => ({
  __typename: 'MemberLevelChangeConnection' as const,
  totalCount,
  nodes,
  pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: hasNextPage ? `after-${nodes.at(-1)!.id}` : null },
});

describe('LevelHistory', () => {
  it('says why each change happened, and appends the next page after the last cursor', async () => {
    const calls: Call[] = [];
    renderWithIntl(
      <MockedApollo mocks={responders([[MemberLevelChangesQuery, (v) => (v.after === 'after-6' ? { memberLevelChanges: page([manual], false, 3) } : undefined)]], calls, '')}>
        <LevelHistory memberId="42" initial={page([review, upgrade], true, 3)} currency="HKD" />
      </MockedApollo>,
    );
    const t = messages['zh-HK'].loyalty.levels.history;
    expect(screen.getByRole('heading', { name: `${t.title} (3)` })).toBeTruthy();
    const rows = () => screen.getAllByTestId('level-change');
    expect(rows().map((r) => r.getAttribute('data-reason'))).toEqual(['DOWNGRADE', 'UPGRADE']);
    expect(within(rows()[0]).getByTestId('level-change-why').textContent).toBe('每月檢討：3 個月內只消費 HK$1,200');
    expect(within(rows()[0]).getByText(new RegExp(t.system))).toBeTruthy();
    expect(within(rows()[1]).getByTestId('level-change-groups').textContent).toBe('New → VIP Silver');
    expect(within(rows()[1]).getByTestId('level-change-why').textContent).toBe('自動升級：12 個月內消費 HK$5,000 · 發票 TKOSI-00011');

    fireEvent.click(screen.getByTestId('level-history-more'));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(calls.at(-1)).toEqual({ operation: 'MemberLevelChanges', variables: expect.objectContaining({ memberId: '42', after: 'after-6' }) });
    expect(within(rows()[2]).getByTestId('level-change-groups').textContent).toBe('（無） → New');
    expect(within(rows()[2]).getByTestId('level-change-why').textContent).toBe(t.why.MANUAL);
    expect(screen.queryByTestId('level-history-more')).toBeNull();
  });

  it.each(['en', 'zh-CN', 'th'] as const)('speaks %s', (locale) => {
    renderWithIntl(
      <MockedApollo mocks={[]}>
        <LevelHistory memberId="42" initial={page([], false, 0)} currency="HKD" />
      </MockedApollo>,
      locale,
    );
    expect(screen.getByText(messages[locale].loyalty.levels.history.empty)).toBeTruthy();
  });
});
