/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CreateGiftMutation, GiftsQuery, GiftStockMovementsQuery, MoveGiftStockMutation, UpdateGiftMutation } from '@/components/loyalty/gifts/gift-documents';
import { GiftsEditor, type GiftRow } from '@/components/loyalty/gifts/gifts-editor';
import type { Locale } from '@/i18n/locales';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { messages, renderWithIntl } from './render-with-intl';

const TST = { __typename: 'Branch' as const, id: '1', code: 'TST', name: 'Tsim Sha Tsui' };
const TKO = { __typename: 'Branch' as const, id: '2', code: 'TKO', name: 'Tseung Kwan O' };
const SKINCARE = { __typename: 'GiftCategory' as const, id: '7', name: 'Skincare' };
const level = (branch: typeof TST, onHand: number) => ({ __typename: 'GiftStockLevel' as const, onHand, branch });
const gift = (id: string, code: string, name: string, pointsPrice: number, stock: ReturnType<typeof level>[], active = true) =>
  ({ __typename: 'Gift', id, code, name, categoryId: stock.length ? SKINCARE.id : null, category: stock.length ? SKINCARE : null, pointsPrice, description: null, active, stock }) as GiftRow;

const type = (name: string, value: string) => fireEvent.change(document.getElementById(`member-field-${name}`)!, { target: { value } });
const click = (testId: string) =>
  act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
const rows = () => within(screen.getByTestId('gifts-editor')).getAllByRole('row').slice(1).map((row) => Array.from(row.querySelectorAll('td')).slice(0, 6).map((td) => td.textContent));

function renderEditor(locale: Locale, calls: Call[], server: { gifts: GiftRow[] }) {
  const mocks = responders(
    [
      [CreateGiftMutation, ({ input }) => {
        const created = { ...gift('9', input.code, input.name, input.pointsPrice, []), categoryId: input.categoryId, category: input.categoryId ? SKINCARE : null, description: input.description, active: input.active };
        server.gifts.push(created);
        return { createGift: created };
      }],
      [UpdateGiftMutation, ({ id, input }) => {
        const updated = { ...server.gifts.find((g) => g.id === id)!, ...input };
        server.gifts = server.gifts.map((g) => (g.id === id ? updated : g));
        return { updateGift: updated };
      }],
      [GiftStockMovementsQuery, () => ({ giftStockMovements: { __typename: 'GiftStockMovementConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes: [] } })],
      [MoveGiftStockMutation, ({ input }) => {
        const target = server.gifts.find((g) => g.id === input.giftId)!;
        const held = target.stock.find((s) => s.branch.id === input.branchId);
        const onHand = (held?.onHand ?? 0) + input.quantity;
        target.stock = held ? target.stock.map((s) => (s === held ? { ...s, onHand } : s)) : [...target.stock, level(input.branchId === '1' ? TST : TKO, onHand)];
        return { moveGiftStock: { __typename: 'GiftStockLevel', onHand, branch: { __typename: 'Branch', id: input.branchId } } };
      }],
      [GiftsQuery, () => ({ gifts: { __typename: 'GiftConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes: server.gifts } })],
    ],
    calls,
  );
  renderWithIntl(
    <MockedApollo mocks={mocks}>
      <GiftsEditor rows={server.gifts} categories={[{ value: '7', label: 'Skincare' }]} branches={[{ value: '1', label: 'Tsim Sha Tsui' }, { value: '2', label: 'Tseung Kwan O' }]} defaultBranchId="2" />
    </MockedApollo>,
    locale,
  );
}

const HAND_CREAM = () => gift('1', 'G01', 'Hand cream', 200, [level(TST, 5), level(TKO, 0)]);
const TOTE = () => gift('2', 'G02', 'Tote bag', 1_500, [], false);

describe('GiftsEditor', () => {
  it('lists the gifts with their price, category, stock per branch and whether they are active', () => {
    renderEditor('en', [], { gifts: [HAND_CREAM(), TOTE()] });
    expect(rows()).toEqual([
      ['G01', 'Hand cream', 'Skincare', '200 points', 'TST: 5 · TKO: 0', 'Yes'],
      ['G02', 'Tote bag', '', '1,500 points', 'None received', 'No'],
    ]);
  });

  it('adds a gift from the form and lists it in code order', async () => {
    const calls: Call[] = [];
    renderEditor('en', calls, { gifts: [HAND_CREAM(), TOTE()] });
    await click('config-new');
    type('code', 'G00');
    type('name', 'Spa voucher');
    type('categoryId', '7');
    type('pointsPrice', '1000');
    await click('config-save');
    await waitFor(() => expect(rows()[0]).toEqual(['G00', 'Spa voucher', 'Skincare', '1,000 points', 'None received', 'Yes']));
    expect(calls.filter((c) => c.operation === 'CreateGift').map((c) => c.variables)).toEqual([
      { input: { code: 'G00', name: 'Spa voucher', categoryId: '7', pointsPrice: 1_000, description: null, active: true } },
    ]);
    expect(screen.getByRole('status').textContent).toBe('Saved.');
  });

  it('checks the gift before sending, naming the fields in the page\'s language', async () => {
    const calls: Call[] = [];
    renderEditor('zh-HK', calls, { gifts: [HAND_CREAM()] });
    const errors = messages['zh-HK'].errors;
    await click('config-new');
    type('code', 'G05');
    type('pointsPrice', '0');
    await click('config-save');
    expect(screen.getByTestId('error-name').textContent).toBe(`「${errors.fields.name}」無效：${errors.required}`);
    expect(screen.getByTestId('error-pointsPrice').textContent).toMatch(/^「所需積分」無效：必須介乎 1 至 /);
    expect(calls).toEqual([]);
  });

  it('changes a gift\'s price from its row\'s form', async () => {
    const calls: Call[] = [];
    renderEditor('en', calls, { gifts: [HAND_CREAM()] });
    await click('edit-1');
    expect((document.getElementById('member-field-pointsPrice') as HTMLInputElement).value).toBe('200');
    type('pointsPrice', '250');
    await click('config-save');
    await waitFor(() => expect(rows()[0][3]).toBe('250 points'));
    expect(calls.find((c) => c.operation === 'UpdateGift')!.variables).toEqual({
      id: '1', input: { code: 'G01', name: 'Hand cream', categoryId: '7', pointsPrice: 250, description: null, active: true },
    });
  });

  it('receives stock at a branch and shows the levels read again in the list', async () => {
    const calls: Call[] = [];
    renderEditor('en', calls, { gifts: [HAND_CREAM(), TOTE()] });
    await click('gift-stock-G02');
    const panel = screen.getByRole('region', { name: 'Stock of Tote bag (G02)' });
    expect(within(panel).getByTestId('gift-stock-summary').textContent).toBe('No stock received yet.');
    expect(within(panel).getByRole('combobox', { name: 'Branch' })).toHaveValue('2');
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Units received' }), { target: { value: '12' } });
    await click('gift-stock-save');
    expect((await within(panel).findByRole('status')).textContent).toBe('Saved: Tseung Kwan O now has 12 on hand.');
    await waitFor(() => expect(rows()[1][4]).toBe('TKO: 12'));
    const moved = calls.find((c) => c.operation === 'MoveGiftStock')!.variables.input;
    expect(moved).toEqual({ giftId: '2', branchId: '2', kind: 'RECEIVE', quantity: 12, note: null, idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(calls.filter((c) => c.operation === 'Gifts').map((c) => c.variables)).toEqual([{ after: null }]);
  });
});
