/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { LOOKUP_SIZE, QuickLookup } from '@/components/quick-lookup';
import { QuickLookupQuery } from '@/components/quick-lookup-documents';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { messages, renderWithIntl as renderPlain } from './render-with-intl';

const mockPush = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ push: mockPush, replace: jest.fn(), refresh: jest.fn() }),
}));

const t = messages['zh-HK'].lookup;

const member = (id: number, memberNo: string, displayName: string, phone: string) => ({
  __typename: 'Member',
  id: String(id),
  memberNo,
  displayName,
  phone,
  phone2: null,
  isWalkIn: memberNo.startsWith('K'),
  branch: { __typename: 'Branch', id: '1', code: 'TKO', name: 'TKO' },
});

const PEOPLE = [member(1, 'A001', '陳小麗', '11223344'), member(3, 'A003', '陳大文', '11335577'), member(9, 'K00001', '散客', '11229999')];

let calls: Call[] = [];

beforeEach(() => {
  calls = [];
  mockPush.mockClear();
});

/** The API's lookup over PEOPLE: phone, member number or name starting with the term. */
const mocks = () =>
  responders(
    [
      [
        QuickLookupQuery,
        ({ term }) => ({
          quickLookup: {
            __typename: 'MemberConnection',
            nodes: PEOPLE.filter((p) => p.phone?.startsWith(term) || p.memberNo.startsWith(term) || p.displayName.startsWith(term)),
          },
        }),
      ],
    ],
    calls,
  );

const renderWithIntl = (ui: ReactElement) => renderPlain(<MockedApollo mocks={mocks()}>{ui}</MockedApollo>);

function input(): HTMLInputElement {
  return screen.getByRole('combobox', { name: t.label });
}

describe('QuickLookup', () => {
  it('lists the matches after a pause in typing, with number, name, phone and branch', async () => {
    renderWithIntl(<QuickLookup />);
    expect(input()).toHaveAttribute('placeholder', '電話 / 編號 / 名稱');
    fireEvent.focus(input());
    fireEvent.change(input(), { target: { value: '1' } });
    fireEvent.change(input(), { target: { value: '11' } });
    fireEvent.change(input(), { target: { value: '1122' } });

    const options = await screen.findAllByRole('option');
    // Debounced: one request for the last term only.
    expect(calls.map((c) => c.variables)).toEqual([{ term: '1122', first: LOOKUP_SIZE }]);
    expect(options).toHaveLength(2);
    expect(options[0]).toHaveTextContent('A001');
    expect(options[0]).toHaveTextContent('陳小麗');
    expect(options[0]).toHaveTextContent('11223344');
    expect(options[0]).toHaveTextContent('TKO');
    expect(options[1]).toHaveTextContent(t.walkIn);
    expect(input()).toHaveAttribute('aria-expanded', 'true');
  });

  it('opens the single match on Enter, even before the pause is over', async () => {
    renderWithIntl(<QuickLookup />);
    fireEvent.change(input(), { target: { value: '11223344' } });
    fireEvent.keyDown(input(), { key: 'Enter' });
    await waitFor(() => expect(mockPush).toHaveBeenCalledWith('/members/1'));
    expect(input()).toHaveValue('');
  });

  it('opens the single match already listed on Enter', async () => {
    renderWithIntl(<QuickLookup />);
    fireEvent.change(input(), { target: { value: 'A003' } });
    await screen.findByRole('option');
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(mockPush).toHaveBeenCalledWith('/members/3');
  });

  it('does not guess among several matches on Enter; arrows choose one', async () => {
    renderWithIntl(<QuickLookup />);
    fireEvent.focus(input());
    fireEvent.change(input(), { target: { value: '陳' } });
    await screen.findAllByRole('option');
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(mockPush).not.toHaveBeenCalled();

    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    const options = screen.getAllByRole('option');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(input()).toHaveAttribute('aria-activedescendant', options[1].id);
    fireEvent.keyDown(input(), { key: 'ArrowUp' });
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(input(), { key: 'ArrowUp' });
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(mockPush).toHaveBeenCalledWith('/members/3');
  });

  it('opens a result on tap or click', async () => {
    renderWithIntl(<QuickLookup />);
    fireEvent.focus(input());
    fireEvent.change(input(), { target: { value: '陳' } });
    const options = await screen.findAllByRole('option');
    fireEvent.click(options[0]);
    expect(mockPush).toHaveBeenCalledWith('/members/1');
  });

  it('says so when nothing matches, and Escape closes the list', async () => {
    renderWithIntl(<QuickLookup />);
    fireEvent.focus(input());
    fireEvent.change(input(), { target: { value: '999' } });
    expect(await screen.findByText(t.noResults)).toBeInTheDocument();
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(screen.queryByText(t.noResults)).not.toBeInTheDocument();
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(input()).toHaveValue('');
  });

  it('focuses on "/" from the page, but not while typing elsewhere', () => {
    renderWithIntl(
      <>
        <input aria-label="other" />
        <QuickLookup />
      </>,
    );
    fireEvent.keyDown(document.body, { key: '/' });
    expect(input()).toHaveFocus();

    const other = screen.getByRole('textbox', { name: 'other' });
    other.focus();
    fireEvent.keyDown(other, { key: '/' });
    expect(other).toHaveFocus();
  });
});
