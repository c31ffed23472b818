/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { StaffAccessList } from '@/components/staff/staff-access-list';
import type { StaffAccessPage, StaffAccessRow } from '@/components/staff/staff-access-queries';
import { renderWithIntl } from './render-with-intl';

const hk = { id: '1', name: 'TKO', timeZone: 'Asia/Hong_Kong' };
const bangkok = { id: '3', name: 'Siam', timeZone: 'Asia/Bangkok' };

// Apple Yu is locked until 02:05 UTC: 10:05 in Hong Kong. Noi's lock ends at the same instant, 09:05 in Bangkok.
const apple: StaffAccessRow = {
  id: '11', code: 'IS007', login: 'is007', displayName: 'Apple Yu', branch: hk, signInLockedUntil: '2026-12-06T02:05:00.000Z', liveSessionCount: 2,
};
const noi: StaffAccessRow = {
  id: '31', code: 'TH001', login: 'noi', displayName: 'Noi Srisuk', branch: bangkok, signInLockedUntil: '2026-12-06T02:05:00.000Z', liveSessionCount: 0,
};
const candy: StaffAccessRow = {
  id: '12', code: 'IS003', login: 'is003', displayName: 'Candy Chan', branch: hk, signInLockedUntil: null, liveSessionCount: 0,
};
const initial: StaffAccessPage = { nodes: [apple, noi, candy], pageInfo: { hasNextPage: false, endCursor: null } };

type Call = { query: string; variables: Record<string, any> };
let calls: Call[];
let respond: (call: Call) => { data?: unknown; errors?: unknown[] };

beforeEach(() => {
  calls = [];
  respond = () => ({ errors: [{ message: 'unexpected call' }] });
  global.fetch = jest.fn(async (_url: unknown, init?: { body?: unknown }) => {
    const call = JSON.parse(String(init?.body)) as Call;
    calls.push(call);
    const body = respond(call);
    return { ok: true, status: 200, statusText: 'OK', json: async () => body };
  }) as unknown as typeof fetch;
});

const row = (code: string) => screen.getByTestId(`staff-access-row-${code}`);

describe('StaffAccessList', () => {
  it('shows a locked row\'s lock end in the branch\'s time zone and offers unlocking it; unlocked rows offer nothing to unlock', () => {
    renderWithIntl(<StaffAccessList initial={initial} />, 'zh-HK');
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
    renderWithIntl(<StaffAccessList initial={initial} />, 'en');
    expect(screen.getByTestId('staff-access-status-IS007')).toHaveTextContent('Locked until Dec 6, 2026, 10:05 AM');
  });

  it('unlocks after confirming, then shows the row as the server answers it', async () => {
    respond = () => ({ data: { unlockStaffSignIn: { ...apple, signInLockedUntil: null } } });
    renderWithIntl(<StaffAccessList initial={initial} />, 'zh-HK');
    fireEvent.click(screen.getByTestId('staff-access-unlock-IS007'));
    expect(calls).toEqual([]);
    const dialog = within(row('IS007')).getByRole('alertdialog');
    expect(dialog).toHaveTextContent('解除 Apple Yu 的登入鎖定？');
    fireEvent.click(within(dialog).getByRole('button', { name: '解鎖' }));

    expect(await screen.findByRole('status')).toHaveTextContent('已解除 Apple Yu 的登入鎖定。');
    expect(calls).toHaveLength(1);
    expect(calls[0].query).toContain('unlockStaffSignIn(staffId: $staffId)');
    expect(calls[0].variables).toEqual({ staffId: '11' });
    expect(screen.getByTestId('staff-access-status-IS007')).toHaveTextContent('未鎖定');
    expect(screen.queryByTestId('staff-access-unlock-IS007')).toBeNull();
    expect(screen.getByTestId('staff-access-end-IS007')).toBeInTheDocument();
  });

  it('ends all sessions after confirming, and the row shows none left', async () => {
    respond = () => ({ data: { endStaffSessions: { staff: { ...apple, liveSessionCount: 0 }, endedSessions: 2 } } });
    renderWithIntl(<StaffAccessList initial={initial} />, 'zh-HK');
    fireEvent.click(screen.getByTestId('staff-access-end-IS007'));
    expect(within(row('IS007')).getByRole('alertdialog')).toHaveTextContent('結束 Apple Yu 在所有裝置的登入（2 個）？');
    fireEvent.click(screen.getByTestId('staff-access-confirm-IS007'));

    expect(await screen.findByRole('status')).toHaveTextContent('已結束 Apple Yu 的 2 個登入。');
    expect(calls.map((c) => [c.query.includes('endStaffSessions(staffId: $staffId)'), c.variables])).toEqual([[true, { staffId: '11' }]]);
    expect(screen.getByTestId('staff-access-sessions-IS007')).toHaveTextContent('0');
    expect(screen.queryByTestId('staff-access-end-IS007')).toBeNull();
  });

  it('cancelling asks nothing of the server', () => {
    renderWithIntl(<StaffAccessList initial={initial} />, 'zh-HK');
    fireEvent.click(screen.getByTestId('staff-access-unlock-IS007'));
    fireEvent.click(within(row('IS007')).getByRole('button', { name: '取消' }));
    expect(within(row('IS007')).queryByRole('alertdialog')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('tells a refusal and leaves the row as it was', async () => {
    respond = () => ({ errors: [{ message: '你沒有權限進行此操作。', extensions: { code: 'FORBIDDEN' } }] });
    renderWithIntl(<StaffAccessList initial={initial} />, 'zh-HK');
    fireEvent.click(screen.getByTestId('staff-access-unlock-IS007'));
    fireEvent.click(screen.getByTestId('staff-access-confirm-IS007'));
    expect(await screen.findByRole('alert')).toHaveTextContent('未能處理 Apple Yu：你沒有權限進行此操作。');
    expect(screen.getByTestId('staff-access-status-IS007')).toHaveTextContent('鎖定至');
    expect(within(row('IS007')).getByRole('alertdialog')).toBeInTheDocument();
  });

  it('searches by what was typed and lists only the matches', async () => {
    respond = () => ({ data: { staffMembers: { nodes: [candy], pageInfo: { hasNextPage: false, endCursor: null } } } });
    renderWithIntl(<StaffAccessList initial={initial} />, 'zh-HK');
    fireEvent.change(screen.getByRole('searchbox', { name: '搜尋員工' }), { target: { value: ' candy ' } });
    fireEvent.click(screen.getByRole('button', { name: '搜尋' }));
    await waitFor(() => expect(screen.queryByTestId('staff-access-row-IS007')).toBeNull());
    expect(screen.getByTestId('staff-access-row-IS003')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(calls[0].query).toContain('staffMembers(search: $search');
    expect(calls[0].variables).toMatchObject({ search: 'candy', after: null });
  });
});
