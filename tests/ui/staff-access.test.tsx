/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { ReactElement } from 'react';
import { StaffAccessList } from '@/components/staff/staff-access-list';
import { EndStaffSessionsMutation, StaffAccessQuery, UnlockStaffSignInMutation } from '@/components/staff/staff-access-documents';
import type { StaffAccessQuery as StaffAccessData, StaffAccessRowFragment } from '@/graphql/generated/graphql';
import type { Locale } from '@/i18n/locales';
import { typePolicies } from '@/lib/apollo/type-policies';
import { renderWithIntl } from './render-with-intl';

const hk = { __typename: 'Branch', id: '1', name: 'TKO', timeZone: 'Asia/Hong_Kong' } as const;
const bangkok = { __typename: 'Branch', id: '3', name: 'Siam', timeZone: 'Asia/Bangkok' } as const;

// Apple Yu is locked until 02:05 UTC: 10:05 in Hong Kong. Noi's lock ends at the same instant, 09:05 in Bangkok.
const apple = {
  __typename: 'Staff', id: '11', code: 'IS007', login: 'is007', displayName: 'Apple Yu', branch: hk, signInLockedUntil: '2026-12-06T02:05:00.000Z', liveSessionCount: 2,
};
const noi = {
  __typename: 'Staff', id: '31', code: 'TH001', login: 'noi', displayName: 'Noi Srisuk', branch: bangkok, signInLockedUntil: '2026-12-06T02:05:00.000Z', liveSessionCount: 0,
};
const candy = {
  __typename: 'Staff', id: '12', code: 'IS003', login: 'is003', displayName: 'Candy Chan', branch: hk, signInLockedUntil: null, liveSessionCount: 0,
};

function connection(rows: StaffAccessRowFragment[]): StaffAccessData['staffMembers'] {
  return {
    __typename: 'StaffConnection',
    edges: rows.map((node) => ({ __typename: 'StaffEdge', cursor: `c${node.id}`, node })),
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  } as StaffAccessData['staffMembers'];
}

const initial = connection([apple, noi, candy]);

/** Every request the list makes, so a test can say it made none, or which. */
let asked: string[];

function renderList(ui: ReactElement, locale: Locale, mocks: MockedProviderProps['mocks'] = []) {
  const counted = mocks!.map((mock) => ({
    ...mock,
    result: () => {
      asked.push(JSON.stringify(mock.request.variables));
      return mock.result as never;
    },
  }));
  renderWithIntl(
    <MockedProvider mocks={counted} cache={new InMemoryCache({ typePolicies })}>
      {ui}
    </MockedProvider>,
    locale,
  );
}

beforeEach(() => {
  asked = [];
});

const row = (code: string) => screen.getByTestId(`staff-access-row-${code}`);

describe('StaffAccessList', () => {
  it('shows a locked row\'s lock end in the branch\'s time zone and offers unlocking it; unlocked rows offer nothing to unlock', () => {
    renderList(<StaffAccessList initial={initial} />, 'zh-HK');
    expect(within(row('IS007')).getByTestId('staff-access-status-IS007')).toHaveTextContent('鎖定至 2026年12月6日 上午10:05');
    expect(within(row('TH001')).getByTestId('staff-access-status-TH001')).toHaveTextContent('鎖定至 2026年12月6日 上午9:05');
    expect(within(row('IS007')).getByRole('button', { name: '解鎖：Apple Yu' })).toBeInTheDocument();
    expect(within(row('IS007')).getByTestId('staff-access-sessions-IS007')).toHaveTextContent('2');
    expect(within(row('IS007')).getByRole('button', { name: '結束所有登入：Apple Yu' })).toBeInTheDocument();

    expect(within(row('IS003')).getByTestId('staff-access-status-IS003')).toHaveTextContent('未鎖定');
    expect(within(row('IS003')).queryByRole('button')).toBeNull();
    expect(within(row('TH001')).queryByTestId('staff-access-end-TH001')).toBeNull();
  });

  it('shows the lock end in the viewer\'s language', () => {
    renderList(<StaffAccessList initial={initial} />, 'en');
    expect(screen.getByTestId('staff-access-status-IS007')).toHaveTextContent('Locked until Dec 6, 2026, 10:05 AM');
  });

  it('unlocks after confirming, then shows the row as the server answers it', async () => {
    renderList(<StaffAccessList initial={initial} />, 'zh-HK', [
      { request: { query: UnlockStaffSignInMutation, variables: { staffId: '11' } }, result: { data: { unlockStaffSignIn: { ...apple, signInLockedUntil: null } } } },
    ]);
    fireEvent.click(screen.getByTestId('staff-access-unlock-IS007'));
    expect(asked).toEqual([]);
    const dialog = within(row('IS007')).getByRole('alertdialog');
    expect(dialog).toHaveTextContent('解除 Apple Yu 的登入鎖定？');
    fireEvent.click(within(dialog).getByRole('button', { name: '解鎖' }));

    expect(await screen.findByRole('status')).toHaveTextContent('已解除 Apple Yu 的登入鎖定。');
    expect(asked).toEqual([JSON.stringify({ staffId: '11' })]);
    expect(screen.getByTestId('staff-access-status-IS007')).toHaveTextContent('未鎖定');
    expect(screen.queryByTestId('staff-access-unlock-IS007')).toBeNull();
    expect(screen.getByTestId('staff-access-end-IS007')).toBeInTheDocument();
  });

  it('ends all sessions after confirming, and the row shows none left', async () => {
    renderList(<StaffAccessList initial={initial} />, 'zh-HK', [
      {
        request: { query: EndStaffSessionsMutation, variables: { staffId: '11' } },
        result: { data: { endStaffSessions: { __typename: 'EndStaffSessionsPayload', staff: { ...apple, liveSessionCount: 0 }, endedSessions: 2 } } },
      },
    ]);
    fireEvent.click(screen.getByTestId('staff-access-end-IS007'));
    expect(within(row('IS007')).getByRole('alertdialog')).toHaveTextContent('結束 Apple Yu 在所有裝置的登入（2 個）？');
    fireEvent.click(screen.getByTestId('staff-access-confirm-IS007'));

    expect(await screen.findByRole('status')).toHaveTextContent('已結束 Apple Yu 的 2 個登入。');
    expect(asked).toEqual([JSON.stringify({ staffId: '11' })]);
    expect(screen.getByTestId('staff-access-sessions-IS007')).toHaveTextContent('0');
    expect(screen.queryByTestId('staff-access-end-IS007')).toBeNull();
  });

  it('cancelling asks nothing of the server', () => {
    renderList(<StaffAccessList initial={initial} />, 'zh-HK');
    fireEvent.click(screen.getByTestId('staff-access-unlock-IS007'));
    fireEvent.click(within(row('IS007')).getByRole('button', { name: '取消' }));
    expect(within(row('IS007')).queryByRole('alertdialog')).toBeNull();
    expect(asked).toEqual([]);
  });

  it('tells a refusal and leaves the row as it was', async () => {
    renderList(<StaffAccessList initial={initial} />, 'zh-HK', [
      {
        request: { query: UnlockStaffSignInMutation, variables: { staffId: '11' } },
        result: { errors: [new GraphQLError('你沒有權限進行此操作。', { extensions: { code: 'FORBIDDEN' } })] },
      },
    ]);
    fireEvent.click(screen.getByTestId('staff-access-unlock-IS007'));
    fireEvent.click(screen.getByTestId('staff-access-confirm-IS007'));
    expect(await screen.findByRole('alert')).toHaveTextContent('未能處理 Apple Yu：你沒有權限進行此操作。');
    expect(screen.getByTestId('staff-access-status-IS007')).toHaveTextContent('鎖定至');
    expect(within(row('IS007')).getByRole('alertdialog')).toBeInTheDocument();
  });

  it('searches by what was typed and lists only the matches', async () => {
    renderList(<StaffAccessList initial={initial} />, 'zh-HK', [
      { request: { query: StaffAccessQuery, variables: { search: 'candy', first: 50, after: null } }, result: { data: { staffMembers: connection([candy]) } } },
    ]);
    fireEvent.change(screen.getByRole('searchbox', { name: '搜尋員工' }), { target: { value: ' candy ' } });
    fireEvent.click(screen.getByRole('button', { name: '搜尋' }));
    await waitFor(() => expect(screen.queryByTestId('staff-access-row-IS007')).toBeNull());
    expect(screen.getByTestId('staff-access-row-IS003')).toBeInTheDocument();
    expect(asked).toEqual([JSON.stringify({ search: 'candy', first: 50, after: null })]);
  });
});
