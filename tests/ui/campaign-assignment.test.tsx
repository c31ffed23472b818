/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import * as documents from '@/components/contacts/assignment/assignment-documents';
import { CampaignAssignment } from '@/components/contacts/assignment/campaign-assignment';
import type { AssignableCampaignFragment as AssignableCampaign } from '@/graphql/generated/graphql';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { renderWithIntl } from './render-with-intl';

jest.mock('@/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: { href: string | { pathname: string; query: Record<string, string> }; children: ReactNode }) => (
    <a href={typeof href === 'string' ? href : `${href.pathname}?${new URLSearchParams(href.query).toString()}`} {...rest}>
      {children}
    </a>
  ),
}));

const campaigns: AssignableCampaign[] = [
  { id: '4', code: 'Maybirth', name: '5月生日會員優惠', offerCode: '6SCS1', analysisCode: null },
  { id: '5', code: 'Junebirth', name: '6月生日會員優惠', offerCode: 'AP', analysisCode: 'K11' },
  { id: '6', code: 'Roadshow', name: '流動車推廣計劃', offerCode: null, analysisCode: null },
];
const branches = [
  { __typename: 'Branch', id: '1', code: 'TKO', name: 'TKO' },
  { __typename: 'Branch', id: '2', code: 'TST', name: 'TST' },
];
const tkoSales = [
  { __typename: 'Staff', id: '11', code: 'IS001', displayName: 'Yuki Cheng' },
  { __typename: 'Staff', id: '12', code: 'IS003', displayName: 'Candy Chan' },
  { __typename: 'Staff', id: '13', code: 'IS007', displayName: 'Apple Yu' },
];

let calls: Call[];
let respond: (call: Call) => unknown;
let polls: number;

function defaultResponse(call: Call): unknown {
  if (call.operation === 'AssignSalespeople') return { staffMembers: { __typename: 'StaffConnection', nodes: call.variables.branchId === '1' ? tkoSales : [] } };
  if (call.operation === 'AssignPreview') {
    const ids: string[] = call.variables.input.salespersonIds;
    const n = ids.length;
    // Candy (12) is given a member of another branch, as a manager may; the others none.
    const outsideBranch = ids.map((id) => ({ __typename: 'AssignmentBranchReach', outsideBranch: id === '12' ? 2 : 0, salesperson: tkoSales.find((s) => s.id === id) }));
    return {
      previewCampaignAssignment: { __typename: 'CampaignAssignmentPreview', total: 4, alreadyInCampaign: 1, toAssign: 3, minPerSalesperson: Math.floor(3 / n), maxPerSalesperson: Math.ceil(3 / n), outsideBranch },
    };
  }
  if (call.operation === 'AssignToCampaign') return { assignToCampaign: { __typename: 'BulkJob', id: '77', status: 'PENDING', total: 4, processed: 0, error: null } };
  if (call.operation === 'AssignmentProgress') {
    polls += 1;
    return { bulkJob: { __typename: 'BulkJob', id: '77', status: polls > 1 ? 'DONE' : 'RUNNING', total: 4, processed: polls > 1 ? 4 : 2, error: null } };
  }
  return undefined;
}

beforeEach(() => {
  calls = [];
  polls = 0;
  respond = defaultResponse;
});

/** Each of the page's documents answered by `respond`; a refusal carries the server's message. */
const mocks = () =>
  responders(
    Object.values(documents)
      .filter((d): d is typeof documents.AssignPreviewQuery => typeof d === 'object' && d.definitions.some((def) => def.kind === 'OperationDefinition'))
      .map((document) => [document, (variables) => respond({ operation: (document.definitions[0] as { name: { value: string } }).name.value, variables })]),
    calls,
    '你沒有權限進行此操作。',
  );

const renderPage = () =>
  renderWithIntl(
    <MockedApollo mocks={mocks()}>
      <CampaignAssignment selectionId="31" campaigns={campaigns} branches={branches} defaultBranchId="1" />
    </MockedApollo>,
  );

async function chooseJunebirth() {
  renderPage();
  expect(screen.getByTestId('assign-campaign-confirm')).toBeDisabled();
  fireEvent.click(screen.getByTestId('assign-campaign-Junebirth'));
  fireEvent.click(screen.getByTestId('assign-campaign-confirm'));
  await screen.findByTestId('assign-salesperson-IS003');
}

describe('CampaignAssignment', () => {
  it('lists each campaign as "name (code) - 優惠編號：X, 分析編號：Y"', () => {
    renderPage();
    const step = screen.getByTestId('assign-campaign-step');
    expect(within(step).getByLabelText('6月生日會員優惠 (Junebirth) - 優惠編號：AP, 分析編號：K11')).toBeInTheDocument();
    expect(within(step).getByLabelText('5月生日會員優惠 (Maybirth) - 優惠編號：6SCS1')).toBeInTheDocument();
    expect(within(step).getByLabelText('流動車推廣計劃 (Roadshow)')).toBeInTheDocument();
  });

  it('shows the campaign, the viewer\'s branch and its salespeople, and previews the ticked ones', async () => {
    await chooseJunebirth();
    expect(screen.getByTestId('assign-heading')).toHaveTextContent('選擇銷售員給 6月生日會員優惠 (Junebirth), 優惠編號：AP, 分析編號：K11');
    expect(screen.getByLabelText('分店')).toHaveValue('1');
    expect(screen.getByLabelText('Candy Chan (IS003)')).not.toBeChecked();
    expect(screen.getByTestId('assign-preview')).toHaveTextContent('請選擇最少一位銷售員。');
    expect(screen.getByTestId('assign-confirm')).toBeDisabled();

    fireEvent.click(screen.getByLabelText('Candy Chan (IS003)'));
    fireEvent.click(screen.getByLabelText('Apple Yu (IS007)'));
    expect(await screen.findByTestId('assign-preview-line')).toHaveTextContent('總會員人數作分配：3, 平均每個銷售員可分配 1 至 2 會員');
    expect(screen.getByTestId('assign-preview-already-in')).toHaveTextContent('已在活動中：1 (略過)');
    // Said per salesperson before the start, only for those given members of another branch.
    expect(screen.getAllByTestId('assign-preview-outside-branch').map((e) => e.textContent)).toEqual([
      'Candy Chan (IS003)：2 位會員不屬於其分店（可在聯絡會員中跟進及預約，但不能開啟會員資料）',
    ]);
    // Ticking two in a row asks once, for both, in list order.
    const previews = calls.filter((c) => c.operation === 'AssignPreview');
    expect(previews.map((c) => c.variables.input)).toEqual([{ selectionId: '31', campaignId: '5', salespersonIds: ['12', '13'] }]);

    fireEvent.click(screen.getByLabelText('全選'));
    expect(screen.getByLabelText('Yuki Cheng (IS001)')).toBeChecked();
    expect(await screen.findByText('總會員人數作分配：3, 平均每個銷售員可分配 1 至 1 會員')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('全選'));
    expect(screen.getByLabelText('Apple Yu (IS007)')).not.toBeChecked();

    // Another branch lists its own salespeople, with nothing ticked.
    fireEvent.change(screen.getByLabelText('分店'), { target: { value: '2' } });
    expect(await screen.findByTestId('assign-no-salespeople')).toBeInTheDocument();
    expect(calls.filter((c) => c.operation === 'AssignSalespeople').map((c) => c.variables.branchId)).toEqual(['1', '2']);
  });

  it('starts the assignment, shows its progress and then the way to the contact list', async () => {
    await chooseJunebirth();
    fireEvent.click(screen.getByLabelText('Candy Chan (IS003)'));
    await screen.findByTestId('assign-preview-line');
    await act(async () => {
      fireEvent.click(screen.getByTestId('assign-confirm'));
    });
    await waitFor(() => expect(calls.some((c) => c.operation === 'AssignToCampaign')).toBe(true));
    expect(calls.find((c) => c.operation === 'AssignToCampaign')!.variables).toEqual({ input: { selectionId: '31', campaignId: '5', salespersonIds: ['12'] } });
    await waitFor(() => expect(screen.getByTestId('assign-progress')).toHaveAttribute('data-status', 'DONE'), { timeout: 4000 });
    expect(screen.getByTestId('assign-progress-text')).toHaveTextContent('已處理 4 / 4');
    expect(screen.getByTestId('assign-view-contacts')).toHaveAttribute('href', '/contacts?campaign=5');
    expect(screen.getByLabelText('Candy Chan (IS003)')).toBeDisabled();
  });

  it('shows the server\'s message when the preview is refused, and goes back to the campaigns', async () => {
    respond = (call) => (call.operation === 'AssignPreview' ? undefined : defaultResponse(call));
    await chooseJunebirth();
    fireEvent.click(screen.getByLabelText('Yuki Cheng (IS001)'));
    expect(await screen.findByTestId('assign-error')).toHaveTextContent('你沒有權限進行此操作。');
    expect(screen.getByTestId('assign-confirm')).toBeDisabled();
    fireEvent.click(screen.getByTestId('assign-change-campaign'));
    expect(screen.getByTestId('assign-campaign-Junebirth')).toBeChecked();
  });
});
