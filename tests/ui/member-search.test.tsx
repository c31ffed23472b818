/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactElement, ReactNode } from 'react';
import { MemberSearch } from '@/components/members/search/member-search';
import * as documents from '@/components/members/search/member-search-documents';
import { SearchForm } from '@/components/members/search/search-form';
import { EMPTY_OPTIONS, type SearchOptions } from '@/components/members/search/use-search-options';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { messages, renderWithIntl } from './render-with-intl';

const mockPush = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ push: mockPush, replace: jest.fn(), refresh: jest.fn() }),
  Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => (
    <a href={href} {...rest}>
      {children}
    </a>
  ),
}));

const t = messages['zh-HK'].members.search;

const options: SearchOptions = {
  ...EMPTY_OPTIONS,
  branches: [
    { id: '1', label: 'TKO' },
    { id: '2', label: 'TST' },
  ],
  groups: [
    { id: '1', label: 'Trial' },
    { id: '7', label: 'Deleted' },
  ],
  campaigns: [
    { id: '4', label: '5月生日會員優惠 (Maybirth)' },
    { id: '5', label: '6月生日會員優惠 (Junebirth)' },
  ],
  salespeople: [{ id: '12', label: 'Apple Yu (IS007)' }],
  consultants: [{ id: '12', label: 'Apple Yu (IS007)' }],
  interestGroups: [{ id: '3', label: 'Facial' }],
  customFields: [
    { id: '9', label: '膚質', type: 'SELECT', options: ['乾性', '油性'] },
    { id: '10', label: '備註碼', type: 'TEXT', options: [] },
  ],
};

function row(n: number) {
  const no = `A${String(n).padStart(3, '0')}`;
  return {
    __typename: 'Member',
    id: String(n),
    memberNo: no,
    displayName: `會員${n}`,
    phone: `1122${String(n).padStart(4, '0')}`,
    phone2: null,
    email: null,
    isWalkIn: false,
    createdAt: '2020-06-10T05:05:00.000Z',
    group: { __typename: 'MemberGroup', id: '1', name: 'Trial' },
    branch: { __typename: 'Branch', id: '1', code: 'TKO', name: 'TKO' },
  };
}

let calls: Call[] = [];
let respond: (call: Call) => unknown;

const list = <T,>(field: string, typename: string, nodes: T[]) => ({ [field]: { __typename: `${typename}Connection`, nodes } });

function listsResponse(call: Call): unknown {
  switch (call.operation) {
    case 'SearchBranches':
      return list('branches', 'Branch', [{ __typename: 'Branch', id: '1', code: 'TKO', name: 'TKO' }]);
    case 'SearchGroups':
      return list('memberGroups', 'MemberGroup', [{ __typename: 'MemberGroup', id: '1', name: 'Trial' }, { __typename: 'MemberGroup', id: '2', name: 'VIP Silver' }]);
    case 'SearchCampaigns':
      return list('campaigns', 'Campaign', []);
    case 'SearchSalespeople':
    case 'SearchManagers':
      return list('staffMembers', 'Staff', []);
    case 'SearchInterestGroups':
      return list('interestGroups', 'InterestGroup', []);
    case 'SearchCustomFields':
      return list('customFields', 'CustomField', []);
  }
  return undefined;
}

/** A page of the result as the API gives it: rows with their cursors, the last one the page's end. */
function searchPage(totalCount: number, rows: ReturnType<typeof row>[], endCursor: string, hasNextPage: boolean) {
  return {
    memberSearch: {
      __typename: 'MemberConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      edges: rows.map((node, i) => ({ __typename: 'MemberEdge', cursor: i === rows.length - 1 ? endCursor : `m${node.id}`, node })),
    },
  };
}

/** Two pages: A001–A003, then A004. */
function searchResponse(call: Call): unknown {
  if (call.operation !== 'MemberSearchPage') return undefined;
  const second = call.variables.after === 'c1';
  return second ? searchPage(4, [row(4)], 'c2', false) : searchPage(4, [row(1), row(2), row(3)], 'c1', true);
}

const job = (fields: { id: string; status: string; total: number; processed: number; skipped?: number; error: string | null }) => ({
  __typename: 'BulkJob', skipped: 0, ...fields,
});

const mocks = () =>
  responders(
    Object.values(documents)
      .filter((d): d is typeof documents.MemberSearchQuery => typeof d === 'object' && d.definitions.some((def) => def.kind === 'OperationDefinition'))
      .map((document) => [document, (variables) => respond({ operation: (document.definitions[0] as { name: { value: string } }).name.value, variables })]),
    calls,
  );

beforeEach(() => {
  calls = [];
  mockPush.mockClear();
  window.sessionStorage.clear();
  respond = (call) => listsResponse(call) ?? searchResponse(call);
});

/** rerender replaces the whole tree, so it needs the provider again. */
const withIntl = (ui: ReactElement) => (
  <NextIntlClientProvider locale="zh-HK" messages={messages['zh-HK']} timeZone="Asia/Hong_Kong">
    <MockedApollo mocks={mocks()}>{ui}</MockedApollo>
  </NextIntlClientProvider>
);

const renderSearch = (ui: ReactElement) => renderWithIntl(<MockedApollo mocks={mocks()}>{ui}</MockedApollo>);

/** The first call of an operation, once the component has sent it (the mocks answer asynchronously). */
const called = (operation: string) =>
  waitFor(() => {
    const call = calls.find((c) => c.operation === operation);
    expect(call).toBeDefined();
    return call!;
  });

const rowOf = (memberNo: string) => screen.getByTestId(`select-${memberNo}`).closest('tr')!;

describe('SearchForm', () => {
  it('builds the MemberFilterInput of every filter the user sets', async () => {
    const onSearch = jest.fn();
    renderWithIntl(<SearchForm filter={{}} options={options} onSearch={onSearch} onReset={jest.fn()} />);

    const branches = within(screen.getByRole('group', { name: t.branch }));
    expect(branches.getByLabelText(t.all)).toBeChecked();
    fireEvent.click(branches.getByLabelText('TST'));
    fireEvent.click(branches.getByLabelText('TKO'));
    expect(branches.getByLabelText(t.all)).not.toBeChecked();
    fireEvent.click(within(screen.getByRole('group', { name: t.group })).getByLabelText('Deleted'));
    fireEvent.change(screen.getByLabelText(t.memberNo), { target: { value: ' a00 ' } });
    fireEvent.change(screen.getByLabelText(t.name), { target: { value: '陳小' } });
    fireEvent.change(screen.getByLabelText(t.idCard), { target: { value: 'Y12' } });
    fireEvent.change(screen.getByLabelText(t.phone), { target: { value: '9123' } });
    fireEvent.change(screen.getByLabelText(t.gender), { target: { value: 'FEMALE' } });
    fireEvent.change(screen.getByLabelText(t.inCampaign), { target: { value: '5' } });
    fireEvent.change(screen.getByLabelText(t.notInCampaign), { target: { value: 'ANY' } });
    fireEvent.change(screen.getByLabelText(t.salesperson), { target: { value: '12' } });
    fireEvent.change(screen.getByLabelText(t.birthMonth), { target: { value: '6' } });
    fireEvent.change(screen.getByLabelText(t.joinedFrom), { target: { value: '2020-01-01' } });
    fireEvent.change(screen.getByLabelText(t.joinedTo), { target: { value: '2020-12-31' } });
    fireEvent.change(screen.getByLabelText(t.kind), { target: { value: 'MEMBERS' } });
    fireEvent.click(within(screen.getByRole('group', { name: t.interestGroup })).getByLabelText('Facial'));
    fireEvent.change(screen.getByLabelText('膚質'), { target: { value: '乾性' } });
    fireEvent.change(screen.getByLabelText('備註碼'), { target: { value: 'X1' } });
    fireEvent.click(screen.getByRole('button', { name: t.submit }));

    expect(onSearch).toHaveBeenCalledWith({
      branchIds: ['1', '2'],
      groupIds: ['7'],
      memberNo: 'a00',
      name: '陳小',
      idCard: 'Y12',
      gender: 'FEMALE',
      phone: '9123',
      birthMonth: 6,
      joinedFrom: '2020-01-01',
      joinedTo: '2020-12-31',
      interestGroupIds: ['3'],
      inCampaign: { kind: 'CAMPAIGN', campaignId: '5' },
      notInCampaign: { kind: 'ANY' },
      campaignSalespersonId: '12',
      kind: 'MEMBERS',
      customFields: [
        { fieldId: '9', value: '乾性' },
        { fieldId: '10', value: 'X1' },
      ],
    });
  });

  it('offers the seed\'s campaign choices, worded for 會員在 and for 會員不在', () => {
    renderWithIntl(<SearchForm filter={{}} options={options} onSearch={jest.fn()} onReset={jest.fn()} />);
    const labels = (name: string) => within(screen.getByLabelText(name)).getAllByRole('option').map((o) => [(o as HTMLOptionElement).value, o.textContent]);
    expect(labels(t.inCampaign)).toEqual([
      ['', t.allMembers], ['ANY', t.inAnyCampaign], ['NONE', t.inNoCampaign], ['4', '5月生日會員優惠 (Maybirth)'], ['5', '6月生日會員優惠 (Junebirth)'],
    ]);
    // "Not in any" is ANY negated; "in some" is NONE negated.
    expect(labels(t.notInCampaign).slice(0, 3)).toEqual([['', t.allMembers], ['ANY', t.inNoCampaign], ['NONE', t.inAnyCampaign]]);
    expect(screen.getByText(t.deletedNote)).toBeInTheDocument();
  });

  it('starts from the filter in the URL, and 重設 empties it', () => {
    const onSearch = jest.fn();
    const onReset = jest.fn();
    renderWithIntl(<SearchForm filter={{ name: '陳', gender: 'MALE', branchIds: ['2'] }} options={options} onSearch={onSearch} onReset={onReset} />);
    expect(screen.getByLabelText(t.name)).toHaveValue('陳');
    expect(screen.getByLabelText(t.gender)).toHaveValue('MALE');
    expect(within(screen.getByRole('group', { name: t.branch })).getByLabelText('TST')).toBeChecked();
    fireEvent.click(screen.getByRole('button', { name: t.reset }));
    expect(onReset).toHaveBeenCalled();
    expect(screen.getByLabelText(t.name)).toHaveValue('');
    fireEvent.click(screen.getByRole('button', { name: t.submit }));
    expect(onSearch).toHaveBeenLastCalledWith({});
  });
});

describe('MemberSearch', () => {
  it('searches with the URL\'s filter and puts a new search in the URL', async () => {
    renderSearch(<MemberSearch query={{ phone: '1122', sort: 'NAME', dir: 'DESC' }} />);
    expect(await screen.findByText('A001')).toBeInTheDocument();
    const search = calls.find((c) => c.operation === 'MemberSearchPage')!;
    expect(search.variables).toEqual({ filter: { phone: '1122' }, sort: { field: 'NAME', direction: 'DESC' }, after: null, first: 50 });
    expect(screen.getByTestId('members-total')).toHaveTextContent('共 4 位會員');

    fireEvent.change(screen.getByLabelText(t.name), { target: { value: '陳' } });
    fireEvent.click(screen.getByRole('button', { name: t.submit }));
    expect(mockPush).toHaveBeenLastCalledWith('/members?name=%E9%99%B3&phone=1122&sort=NAME&dir=DESC');
  });

  it('uses the pickers\' lists the page read on the server as they are, without asking for them again', async () => {
    const answer = (operation: string) => listsResponse({ operation, variables: {} }) as never;
    const optionAnswers = {
      branches: answer('SearchBranches'), groups: answer('SearchGroups'), campaigns: answer('SearchCampaigns'), salespeople: answer('SearchSalespeople'),
      managers: answer('SearchManagers'), interestGroups: answer('SearchInterestGroups'), customFields: answer('SearchCustomFields'),
    };
    renderSearch(<MemberSearch query={{}} optionAnswers={optionAnswers} />);
    expect(await screen.findByText('A001')).toBeInTheDocument();
    expect(screen.getAllByText('VIP Silver').length).toBeGreaterThan(0);
    expect(calls.map((c) => c.operation)).toEqual(['MemberSearchPage']);
  });

  it('keeps unticked rows across a page change; 全選 and 還原 clear and restore them', async () => {
    const { rerender } = renderSearch(<MemberSearch query={{}} />);
    await screen.findByText('A002');
    expect(screen.getByTestId('members-selected')).toHaveTextContent('已選取 4 / 4 位');

    fireEvent.click(screen.getByTestId('select-A002'));
    expect(screen.getByTestId('select-A002')).not.toBeChecked();
    expect(rowOf('A002')).toHaveAttribute('data-excluded', 'true');
    expect(screen.getByTestId('members-selected')).toHaveTextContent('已選取 3 / 4 位');

    fireEvent.click(screen.getByRole('button', { name: t.nextPage }));
    expect(mockPush).toHaveBeenLastCalledWith('/members?prev=&after=c1');
    // The page re-renders with the new query string, as Next.js does after router.push.
    rerender(withIntl(<MemberSearch query={{ prev: '', after: 'c1' }} />));
    await screen.findByText('A004');
    expect(screen.getByTestId('members-selected')).toHaveTextContent('已選取 3 / 4 位');

    fireEvent.click(screen.getByRole('button', { name: t.previousPage }));
    expect(mockPush).toHaveBeenLastCalledWith('/members');
    rerender(withIntl(<MemberSearch query={{}} />));
    await screen.findByText('A002');
    expect(screen.getByTestId('select-A002')).not.toBeChecked();

    fireEvent.click(screen.getByRole('button', { name: t.selectAll }));
    expect(screen.getByTestId('select-A002')).toBeChecked();
    expect(rowOf('A002')).not.toHaveAttribute('data-excluded');
    expect(screen.getByTestId('members-selected')).toHaveTextContent('已選取 4 / 4 位');

    fireEvent.click(screen.getByRole('button', { name: t.restore }));
    expect(screen.getByTestId('select-A002')).not.toBeChecked();
    expect(screen.getByTestId('members-selected')).toHaveTextContent('已選取 3 / 4 位');

    // Another filter is another selection.
    rerender(withIntl(<MemberSearch query={{ phone: '1122' }} />));
    await waitFor(() => expect(screen.getByTestId('select-A002')).toBeChecked());
  });

  it('opened on a later page (a reload), steps back to the page before it and shows only that page', async () => {
    respond = (call) => {
      if (call.operation !== 'MemberSearchPage') return listsResponse(call);
      if (call.variables.after === 'c2') return searchPage(5, [row(5)], 'c3', false);
      return call.variables.after === 'c1' ? searchPage(5, [row(4)], 'c2', true) : searchPage(5, [row(1), row(2), row(3)], 'c1', true);
    };
    const { rerender } = renderSearch(<MemberSearch query={{ prev: ['', 'c1'], after: 'c2' }} />);
    await screen.findByText('A005');
    fireEvent.click(screen.getByRole('button', { name: t.previousPage }));
    expect(mockPush).toHaveBeenLastCalledWith('/members?prev=&after=c1');
    rerender(withIntl(<MemberSearch query={{ prev: '', after: 'c1' }} />));
    await screen.findByText('A004');
    expect(screen.queryByText('A005')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: t.nextPage }));
    expect(mockPush).toHaveBeenLastCalledWith('/members?prev=&prev=c1&after=c2');
  });

  it('changes the group of the selection and follows the job to the end', async () => {
    let polls = 0;
    respond = (call) => {
      if (call.operation === 'SaveMemberSelection') return { saveMemberSelection: { __typename: 'MemberSelectionInfo', id: '31', count: 3 } };
      if (call.operation === 'StartBulkMemberAction') {
        return { startBulkMemberAction: job({ id: '8', status: 'RUNNING', total: 3, processed: 0, error: null }) };
      }
      if (call.operation === 'BulkJobProgress') {
        polls += 1;
        return { bulkJob: job({ id: '8', status: polls > 1 ? 'DONE' : 'RUNNING', total: 3, processed: polls > 1 ? 3 : 2, error: null }) };
      }
      return listsResponse(call) ?? searchResponse(call);
    };
    renderSearch(<MemberSearch query={{ phone: '1122' }} />);
    await screen.findByText('A002');
    fireEvent.click(screen.getByTestId('select-A002'));
    await waitFor(() => expect(screen.getByRole('button', { name: t.changeGroup })).toBeEnabled());
    // The pickers are loaded with the page.
    await waitFor(() => expect(calls.some((c) => c.operation === 'SearchGroups')).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: t.changeGroup }));

    const dialog = screen.getByRole('dialog', { name: t.changeGroup });
    expect(within(dialog).getByRole('button', { name: t.confirm })).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText(t.target.changeGroup), { target: { value: '2' } });
    const searchesBefore = calls.filter((c) => c.operation === 'MemberSearchPage').length;
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: t.confirm }));
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    const saved = await called('SaveMemberSelection');
    expect(saved.variables).toEqual({ input: { filter: { phone: '1122' }, excludedIds: ['2'] } });
    const started = await called('StartBulkMemberAction');
    expect(started.variables).toEqual({ input: { selectionId: '31', action: 'CHANGE_GROUP', targetId: '2' } });

    await waitFor(() => expect(screen.getByTestId('bulk-progress')).toHaveAttribute('data-status', 'DONE'), { timeout: 4000 });
    expect(screen.getByTestId('bulk-progress-text')).toHaveTextContent('已處理 3 / 3');
    expect(calls.filter((c) => c.operation === 'BulkJobProgress').every((c) => c.variables.id === '8')).toBe(true);
    // The results are fetched again to show the new group.
    await waitFor(() => expect(calls.filter((c) => c.operation === 'MemberSearchPage').length).toBeGreaterThan(searchesBefore));
  });

  it('shows a FAILED job with its reason and skipped members, and Retry follows the job again to the end', async () => {
    const reason = '資料庫暫時無法使用，工作已停止。';
    let retried = false;
    respond = (call) => {
      if (call.operation === 'SaveMemberSelection') return { saveMemberSelection: { __typename: 'MemberSelectionInfo', id: '31', count: 3 } };
      if (call.operation === 'StartBulkMemberAction') {
        return { startBulkMemberAction: job({ id: '8', status: 'FAILED', total: 3, processed: 2, skipped: 1, error: reason }) };
      }
      if (call.operation === 'RetryBulkJob') {
        retried = true;
        return { retryBulkJob: job({ id: '8', status: 'PENDING', total: 3, processed: 2, skipped: 1, error: null }) };
      }
      if (call.operation === 'BulkJobProgress') return { bulkJob: job({ id: '8', status: retried ? 'DONE' : 'FAILED', total: 3, processed: 3, skipped: 1, error: null }) };
      return listsResponse(call) ?? searchResponse(call);
    };
    renderSearch(<MemberSearch query={{}} />);
    await screen.findByText('A001');
    await waitFor(() => expect(calls.some((c) => c.operation === 'SearchGroups')).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: t.changeGroup }));
    fireEvent.change(screen.getByLabelText(t.target.changeGroup), { target: { value: '2' } });
    await act(async () => {
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: t.confirm }));
    });

    await waitFor(() => expect(screen.getByTestId('bulk-progress')).toHaveAttribute('data-status', 'FAILED'));
    expect(screen.getByTestId('bulk-progress')).toHaveTextContent(reason);
    expect(screen.getByTestId('bulk-skipped')).toHaveTextContent('1 位會員你不可更改，已略過。');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: t.retry }));
    });
    expect((await called('RetryBulkJob')).variables).toEqual({ id: '8' });
    await waitFor(() => expect(screen.getByTestId('bulk-progress')).toHaveAttribute('data-status', 'DONE'), { timeout: 4000 });
    expect(screen.queryByRole('button', { name: t.retry })).not.toBeInTheDocument();
  });

  it('shows the server\'s message when a bulk action is refused', async () => {
    respond = (call) => {
      if (call.operation === 'SaveMemberSelection') return { saveMemberSelection: { __typename: 'MemberSelectionInfo', id: '31', count: 3 } };
      if (call.operation === 'StartBulkMemberAction') return undefined;
      return listsResponse(call) ?? searchResponse(call);
    };
    renderSearch(<MemberSearch query={{}} />);
    await screen.findByText('A001');
    await waitFor(() => expect(calls.some((c) => c.operation === 'SearchGroups')).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: t.changeBranch }));
    fireEvent.change(screen.getByLabelText(t.target.changeBranch), { target: { value: '1' } });
    await act(async () => {
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: t.confirm }));
    });
    expect(await screen.findByTestId('bulk-error')).toHaveTextContent('unknown');
  });

  it('offers 聯絡活動 (assign to a campaign) only to those allowed to assign', async () => {
    const { rerender } = renderSearch(<MemberSearch query={{}} />);
    await screen.findByText('A001');
    expect(screen.queryByTestId('bulk-assign-campaign')).toBeNull();
    rerender(withIntl(<MemberSearch query={{}} canAssignCampaigns />));
    expect(await screen.findByTestId('bulk-assign-campaign')).toHaveTextContent(t.assignCampaign);
  });

  it('lets 更改顧問 clear the consultant', async () => {
    respond = (call) => {
      if (call.operation === 'SaveMemberSelection') return { saveMemberSelection: { __typename: 'MemberSelectionInfo', id: '31', count: 4 } };
      if (call.operation === 'StartBulkMemberAction') {
        return { startBulkMemberAction: job({ id: '9', status: 'DONE', total: 4, processed: 4, error: null }) };
      }
      return listsResponse(call) ?? searchResponse(call);
    };
    renderSearch(<MemberSearch query={{}} />);
    await screen.findByText('A001');
    fireEvent.click(screen.getByRole('button', { name: t.changeConsultant }));
    await act(async () => {
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: t.confirm }));
    });
    const started = await called('StartBulkMemberAction');
    expect(started.variables.input).toEqual({ selectionId: '31', action: 'CHANGE_CONSULTANT', targetId: null });
  });

  it('closes the picker on Escape and gives the focus back to its button', async () => {
    renderSearch(<MemberSearch query={{}} />);
    await screen.findByText('A001');
    const opener = screen.getByRole('button', { name: t.changeBranch });
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: t.changeBranch });
    expect(within(dialog).getByLabelText(t.target.changeBranch)).toHaveFocus();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(calls.some((c) => c.operation === 'SaveMemberSelection')).toBe(false);
  });

  it('disables the bulk actions when every row is unticked', async () => {
    respond = (call) =>
      call.operation === 'MemberSearchPage'
        ? searchPage(1, [row(1)], 'c1', false)
        : listsResponse(call);
    renderSearch(<MemberSearch query={{}} />);
    await screen.findByText('A001');
    expect(screen.getByRole('button', { name: t.printLabels })).toBeEnabled();
    fireEvent.click(screen.getByTestId('select-A001'));
    expect(screen.getByRole('button', { name: t.printLabels })).toBeDisabled();
    expect(screen.getByRole('button', { name: t.exportExcel })).toBeDisabled();
  });
});
