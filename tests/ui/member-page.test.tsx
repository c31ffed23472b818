/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import * as pageDocuments from '@/components/members/profile/member-page-documents';
import { HistoryTabs } from '@/components/members/profile/history-tabs';
import { MemberActions } from '@/components/members/profile/member-actions';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { messages, renderWithIntl } from './render-with-intl';

const mockPush = jest.fn();
const mockRefresh = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ push: mockPush, replace: jest.fn(), refresh: mockRefresh }),
  Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => (
    <a href={href} {...rest}>
      {children}
    </a>
  ),
}));

const history = messages['zh-HK'].members.profile.history;
const profile = messages['zh-HK'].members.profile;

let calls: Call[];
let respond: (call: Call) => unknown;

beforeEach(() => {
  calls = [];
  mockPush.mockReset();
  mockRefresh.mockReset();
});

const operationName = (document: { definitions: readonly { kind: string; name?: { value: string } }[] }) =>
  document.definitions.find((d) => d.kind === 'OperationDefinition')!.name!.value;

/** Every document of the member page answered by `respond`. */
const renderWithApollo = (ui: ReactNode) =>
  renderWithIntl(
    <MockedApollo
      mocks={responders(
        Object.values(pageDocuments)
          .filter((d): d is Extract<(typeof pageDocuments)[keyof typeof pageDocuments], { definitions: unknown }> => typeof d === 'object' && d.definitions.some((def) => def.kind === 'OperationDefinition'))
          .map((document) => [document, (variables) => respond({ operation: operationName(document), variables })]),
        calls,
        '你沒有權限進行此操作。',
      )}
    >
      {ui}
    </MockedApollo>,
  );

const staff = { __typename: 'Staff', id: '5', displayName: 'Admin', code: 'ADM' } as const;


describe('HistoryTabs', () => {
  const entry = (n: number) => ({
    __typename: 'AuditLogEntry' as const,
    id: String(n),
    action: 'update',
    at: '2026-12-01T02:00:00.000Z',
    before: JSON.stringify({ email: `old${n}@example.com` }),
    after: JSON.stringify({ email: `new${n}@example.com` }),
    actor: staff,
  });
  const auditPage = (numbers: number[], hasNextPage: boolean, totalCount = 3) => ({
    __typename: 'AuditLogEntryConnection' as const,
    totalCount,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: `e${numbers.at(-1)}` },
    edges: numbers.map((n) => ({ __typename: 'AuditLogEntryEdge' as const, cursor: `e${n}`, node: entry(n) })),
  });
  const campaigns = {
    __typename: 'MemberCampaignConnection' as const,
    totalCount: 1,
    nodes: [
      {
        __typename: 'MemberCampaign' as const,
        campaign: { __typename: 'Campaign' as const, id: '4', code: 'Junebirth', name: '6月生日會員優惠' },
        salesperson: { __typename: 'Staff' as const, id: '12', displayName: 'Apple Yu', code: 'IS007' },
      },
    ],
  };

  it('shows the campaigns, then the audit entries with more appended after the first page', async () => {
    respond = (call) =>
      call.operation === 'MoreMemberAudit' ? { member: { __typename: 'Member', id: '1', auditLog: auditPage([3], false) } } : undefined;
    // With its __typename, as the server's answer comes, so the cache can keep it.
    const audit = { __typename: 'Member' as const, id: '1', auditLog: auditPage([1, 2], true) };
    renderWithApollo(<HistoryTabs campaigns={campaigns} audit={audit} />);
    expect(screen.getByTestId('contacts-table')).toHaveTextContent('Apple Yu (IS007)');
    fireEvent.click(screen.getByTestId('history-tab-audit'));
    expect(screen.getByTestId('history-tab-audit')).toHaveTextContent('(3)');
    const table = screen.getByTestId('audit-table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(table).toHaveTextContent('old1@example.com');
    fireEvent.click(screen.getByRole('button', { name: history.audit.more }));
    await waitFor(() => expect(within(screen.getByTestId('audit-table')).getAllByRole('row')).toHaveLength(4));
    expect(screen.getByTestId('audit-table')).toHaveTextContent('new3@example.com');
    expect(calls.map((c) => [c.operation, c.variables])).toEqual([['MoreMemberAudit', { id: '1', after: 'e2' }]]);
    expect(screen.queryByRole('button', { name: history.audit.more })).toBeNull();
  });
});

describe('MemberActions', () => {
  const actions = <MemberActions memberId="1" memberNo="A001" name="陳小麗" isWalkIn={false} canDelete />;

  it('deletes after confirming and goes to the search with the deleted notice', async () => {
    respond = (call) => (call.operation === 'DeleteMember' ? { deleteMember: { __typename: 'Member', id: '1', memberNo: 'A001' } } : undefined);
    renderWithApollo(actions);
    fireEvent.click(screen.getByTestId('member-delete'));
    fireEvent.click(screen.getByTestId('delete-confirm-yes'));
    await waitFor(() => expect(mockPush).toHaveBeenCalledWith({ pathname: '/members', query: { deleted: 'A001' } }));
    expect(calls.map((c) => [c.operation, c.variables])).toEqual([['DeleteMember', { id: '1' }]]);
  });

  it('shows the server\'s refusal and stays', async () => {
    respond = () => undefined;
    renderWithApollo(actions);
    fireEvent.click(screen.getByTestId('member-delete'));
    fireEvent.click(screen.getByTestId('delete-confirm-yes'));
    expect(await screen.findByRole('alert')).toHaveTextContent('你沒有權限進行此操作。');
    expect(mockPush).not.toHaveBeenCalled();
    expect(screen.getByTestId('delete-confirm')).toHaveTextContent(profile.deleteYes);
  });
});
