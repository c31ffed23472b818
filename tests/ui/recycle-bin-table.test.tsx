/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import * as binDocuments from '@/components/admin/recycle-bin/recycle-bin-documents';
import { RecycleBinTable } from '@/components/admin/recycle-bin/recycle-bin-table';
import type { RecycleBinRowFragment } from '@/graphql/generated/graphql';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { messages, renderWithIntl } from './render-with-intl';

const mockRefresh = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: mockRefresh }),
  Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => (
    <a href={href} {...rest}>
      {children}
    </a>
  ),
}));

const bin = messages['zh-HK'].admin.recycleBin;

let calls: Call[];
let respond: (call: Call) => unknown;

beforeEach(() => {
  calls = [];
  mockRefresh.mockReset();
});

const operationName = (document: { definitions: readonly { kind: string; name?: { value: string } }[] }) =>
  document.definitions.find((d) => d.kind === 'OperationDefinition')!.name!.value;

const renderWithApollo = (ui: ReactNode) =>
  renderWithIntl(
    <MockedApollo
      mocks={responders(
        Object.values(binDocuments)
          .filter((d): d is typeof binDocuments.RestoreRecycleBinItemMutation => typeof d === 'object' && d.definitions.some((def) => def.kind === 'OperationDefinition'))
          .map((document) => [document, (variables) => respond({ operation: operationName(document), variables })]),
        calls,
        '你沒有權限進行此操作。',
      )}
    >
      {ui}
    </MockedApollo>,
  );

const item = (id: string, type: RecycleBinRowFragment['type'], label: string): RecycleBinRowFragment => ({
  id, type, entityId: `1${id}`, label,
  deletedAt: '2026-05-01T02:00:00.000Z', purgeAt: '2026-07-30T02:00:00.000Z', daysUntilPurge: 12,
  deletedBy: { id: '5', displayName: 'Admin', code: 'ADM' },
});

const ITEMS = [item('1', 'Member', '陳小麗 (A001)'), item('2', 'PresetNote', '免費試做')];

describe('RecycleBinTable', () => {
  it('shows each entry\'s kind, who deleted it and the days left before it is purged', () => {
    respond = () => undefined;
    renderWithApollo(<RecycleBinTable items={ITEMS} type={null} canRestore canPurge />);
    const row = screen.getByTestId('recycled-1');
    expect(row).toHaveTextContent(bin.type.member);
    expect(row).toHaveTextContent('陳小麗 (A001)');
    expect(row).toHaveTextContent('Admin (ADM)');
    expect(row).toHaveTextContent('尚餘 12 日');
    expect(screen.getByTestId('recycled-2')).toHaveTextContent(bin.type.presetNote);
    expect(calls).toEqual([]);
  });

  it('restores an entry, says so with a link to a restored member, and reads the page again', async () => {
    respond = (call) => ({ restoreRecycleBinItem: { __typename: 'RecycleBinItem', id: call.variables.id, type: 'Member', entityId: '11', label: '陳小麗 (A001)' } });
    renderWithApollo(<RecycleBinTable items={ITEMS} type={null} canRestore canPurge />);
    fireEvent.click(screen.getByTestId('restore-1'));
    expect(await screen.findByTestId('recycle-bin-notice')).toHaveTextContent('「陳小麗 (A001)」已還原。');
    expect(within(screen.getByTestId('recycle-bin-notice')).getByText(bin.openMember)).toHaveAttribute('href', '/members/11');
    expect(screen.queryByTestId('recycled-1')).toBeNull();
    expect(calls.map((c) => [c.operation, c.variables])).toEqual([['RestoreRecycleBinItem', { id: '1' }]]);
    expect(mockRefresh).toHaveBeenCalled();
  });

  it('purges only after confirming, offers nothing it may not do, and shows the server\'s refusal', async () => {
    respond = () => undefined;
    renderWithApollo(<RecycleBinTable items={ITEMS} type="PresetNote" canRestore={false} canPurge />);
    expect(screen.queryByTestId('restore-2')).toBeNull();
    expect(screen.getByTestId('recycled-2')).not.toHaveTextContent(bin.type.presetNote);
    fireEvent.click(screen.getByTestId('purge-2'));
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByTestId('purge-yes-2'));
    expect(await screen.findByTestId('recycle-bin-notice')).toHaveTextContent('你沒有權限進行此操作。');
    expect(calls.map((c) => c.operation)).toEqual(['PurgeRecycleBinItem']);
    expect(screen.getByTestId('recycled-2')).toBeInTheDocument();
  });

  it('offers no purge without recycleBin.purge', () => {
    respond = () => undefined;
    renderWithApollo(<RecycleBinTable items={ITEMS} type={null} canRestore canPurge={false} />);
    expect(screen.queryByTestId('purge-1')).toBeNull();
    expect(screen.getByTestId('restore-1')).toBeInTheDocument();
  });
});
