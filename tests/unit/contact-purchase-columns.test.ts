import { filterChips, withoutChip } from '../../components/contacts/list/filter-chips';
import { listQueryString, parseListQuery } from '../../components/contacts/list/filter-params';
import { availableColumns, OPTIONAL_COLUMNS } from '../../components/contacts/list/table-columns';

const everything = { showInvoicePurchases: true, showProductPurchases: true, showTreatmentPurchases: true, successRuleEnabled: true };

describe('the contact list\'s purchase block', () => {
  it('offers every column until the settings are read, and all of them when every part is shown', () => {
    expect(availableColumns(undefined)).toEqual([...OPTIONAL_COLUMNS]);
    expect(availableColumns(everything)).toEqual([...OPTIONAL_COLUMNS]);
  });

  it('hides the parts the contact settings turn off, keeping the purchase note', () => {
    const columns = availableColumns({ showInvoicePurchases: false, showProductPurchases: true, showTreatmentPurchases: false, successRuleEnabled: false });
    for (const hidden of ['successfulPurchase', 'invoiceDate', 'invoiceNumbers', 'invoiceAmount', 'treatments', 'treatmentAmount']) expect(columns).not.toContain(hidden);
    for (const kept of ['products', 'productAmount', 'purchaseNote', 'bookingAt']) expect(columns).toContain(kept);
  });

  it('keeps the 成功購買 filter in the URL and as a removable chip', () => {
    const state = parseListQuery({ success: 'yes', invoice: 'TREATMENT_AT_LEAST' });
    expect(state.filter).toEqual({ successfulPurchase: true, sameDayInvoice: 'TREATMENT_AT_LEAST' });
    expect(listQueryString(state)).toBe('invoice=TREATMENT_AT_LEAST&success=yes');
    expect(parseListQuery({ success: 'no' }).filter).toEqual({ successfulPurchase: false });
    expect(parseListQuery({ success: 'maybe' }).filter).toEqual({});
    const chip = filterChips(state.filter).find((c) => c.field === 'successfulPurchase')!;
    expect(chip).toEqual({ field: 'successfulPurchase', value: true });
    expect(withoutChip(state.filter, chip)).toEqual({ sameDayInvoice: 'TREATMENT_AT_LEAST' });
  });
});
