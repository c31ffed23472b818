import { expect } from '@jest/globals';
import { addItem, customerInput, emptyBill, exceedsStock, lineInputs, removeLine, totalsLines, updateLine, type BillItem } from '@/components/sales/checkout/bill-draft';
import { remainingDue, summarisePayments, type TenderChoice } from '@/components/sales/checkout/payment-draft';

const cream: BillItem = { kind: 'PRODUCT', itemId: '7', code: 'P007', label: 'Cream', priceCents: 12000, taxRateBasisPoints: 0, onHand: 2, allowNegativeStock: false, departmentId: null };
const facial: BillItem = { kind: 'TREATMENT', itemId: '3', code: 'T03', label: 'Facial', priceCents: 68000, taxRateBasisPoints: 0, onHand: null, allowNegativeStock: true, departmentId: '4' };
const cash: TenderChoice = { id: '1', label: 'Cash', givesChange: true };
const card: TenderChoice = { id: '2', label: 'Card', givesChange: false };

describe('the bill draft', () => {
  it('adds a new item as a line at the catalogue price, crediting the staff given', () => {
    const bill = addItem(emptyBill('1'), cream, '9');
    expect(bill.lines).toHaveLength(1);
    expect(bill.lines[0]).toMatchObject({ quantity: 1, unitPriceCents: 12000, lineDiscountCents: 0, staffId: '9' });
  });

  it('bumps the line when the same item is scanned again, and keeps a repriced line apart', () => {
    let bill = addItem(addItem(emptyBill('1'), cream, '9'), cream, '9');
    expect(bill.lines).toHaveLength(1);
    expect(bill.lines[0].quantity).toBe(2);
    bill = updateLine(bill, bill.lines[0].key, { unitPriceCents: 10000 });
    bill = addItem(bill, cream, '9');
    expect(bill.lines.map((line) => [line.quantity, line.unitPriceCents])).toEqual([
      [2, 10000],
      [1, 12000],
    ]);
  });

  it('sends the unit price only when the cashier changed it, and the customer as member or walk-in name', () => {
    let bill = addItem(addItem(emptyBill('1'), cream, '9'), facial, '4');
    bill = updateLine(bill, bill.lines[1].key, { unitPriceCents: 60000, lineDiscountCents: 500 });
    expect(lineInputs(bill)).toEqual([
      { kind: 'PRODUCT', itemId: '7', quantity: 1, unitPriceCents: null, lineDiscountCents: 0, staffId: '9' },
      { kind: 'TREATMENT', itemId: '3', quantity: 1, unitPriceCents: 60000, lineDiscountCents: 500, staffId: '4' },
    ]);
    expect(totalsLines(bill).map((line) => line.kind)).toEqual(['PRODUCT', 'TREATMENT']);
    expect(customerInput({ ...bill, customer: { kind: 'walkIn', name: '  ' } })).toEqual({ memberId: null, customerName: null });
    expect(customerInput({ ...bill, customer: { kind: 'walkIn', name: ' Ms Lee ' } })).toEqual({ memberId: null, customerName: 'Ms Lee' });
    expect(removeLine(bill, bill.lines[0].key).lines.map((line) => line.item.code)).toEqual(['T03']);
  });

  it('warns of a product line asking for more than on hand, never of a treatment', () => {
    const bill = addItem(addItem(emptyBill('1'), cream, null, 3), facial, null, 5);
    expect(bill.lines.map(exceedsStock)).toEqual([true, false]);
  });
});

describe('the payments', () => {
  it('is covered only when the tenders reach the total; cash beyond it is change', () => {
    const card100 = { key: 'a', tenderTypeId: '2', amountText: '100' };
    expect(summarisePayments([card100], [cash, card], 15000)).toMatchObject({ covered: false, dueCents: 5000, changeCents: 0 });
    const cash100 = { key: 'b', tenderTypeId: '1', amountText: '100' };
    expect(summarisePayments([card100, cash100], [cash, card], 15000)).toMatchObject({ covered: true, dueCents: 0, changeCents: 5000 });
  });

  it('refuses a card paying more than is due, and marks an unreadable amount', () => {
    const over = summarisePayments([{ key: 'a', tenderTypeId: '2', amountText: '200' }], [cash, card], 15000);
    expect(over).toMatchObject({ covered: false, refused: { key: 'a', reason: 'overpaidNoChange', dueCents: 15000 } });
    const unreadable = summarisePayments([{ key: 'a', tenderTypeId: '1', amountText: '1x' }], [cash, card], 15000);
    expect(unreadable).toMatchObject({ covered: false, invalid: ['a'] });
  });

  it('offers a new tender what is still due', () => {
    expect(remainingDue([], [cash, card], 15000)).toBe(15000);
    expect(remainingDue([{ key: 'a', tenderTypeId: '2', amountText: '100' }], [cash, card], 15000)).toBe(5000);
    expect(remainingDue([{ key: 'a', tenderTypeId: '1', amountText: '200' }], [cash, card], 15000)).toBe(0);
  });
});
