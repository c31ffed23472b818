import { salesDrillHref } from '@/components/reports/sales/sales-drill';
import { filterFromForm, formFromParams } from '@/components/sales/invoices/invoice-filter-params';

const period = { from: '2030-01-01', to: '2030-02-28', branchIds: ['3', '4'] };
const filterOf = (href: string | null) => filterFromForm(formFromParams(new URLSearchParams(href!.split('?')[1])));

describe('統計分析 drill-through to the invoice list', () => {
  it('the totals open the period, the branches and issued invoices', () => {
    expect(filterOf(salesDrillHref('STAFF', period, null))).toEqual({ from: '2030-01-01', to: '2030-02-28', branchIds: ['3', '4'], status: 'ISSUED' });
    // Product totals sum product lines only: they open the invoices with one.
    expect(filterOf(salesDrillHref('PRODUCT', period, null))).toMatchObject({ kind: 'PRODUCT' });
  });

  it.each([
    ['WEEK', { key: '2030-W01', from: '2030-01-01', to: '2030-01-06' }, { from: '2030-01-01', to: '2030-01-06' }],
    ['BRANCH', { key: '4' }, { branchIds: ['4'] }],
    ['STAFF', { key: '7' }, { staffId: '7' }],
    ['PRODUCT', { key: '8' }, { productId: '8' }],
    ['TREATMENT', { key: '9' }, { treatmentId: '9' }],
    ['KIND', { key: 'TREATMENT' }, { kind: 'TREATMENT' }],
    ['CATEGORY', { key: '5' }, { categoryId: '5' }],
    ['CATEGORY', { key: 'TREATMENT' }, { kind: 'TREATMENT' }],
    ['DEPARTMENT', { key: '6' }, { departmentId: '6' }],
    ['TENDER', { key: '2' }, { tenderTypeId: '2' }],
  ] as const)('%s %o adds its own filter', (grouping, row, own) => {
    expect(filterOf(salesDrillHref(grouping, period, row))).toEqual({ from: '2030-01-01', to: '2030-02-28', branchIds: ['3', '4'], status: 'ISSUED', ...own });
  });

  it('a group no filter names opens nothing', () => {
    expect(salesDrillHref('STAFF', period, { key: 'none' })).toBeNull();
    expect(salesDrillHref('CATEGORY', period, { key: 'none' })).toBeNull();
  });
});

describe('the invoice list address', () => {
  it('keeps the line filters and drops what cannot be one', () => {
    const form = formFromParams(new URLSearchParams('branch=1,2&kind=PRODUCT&product=3&treatment=x&category=4&department=5'));
    expect(filterFromForm(form)).toEqual({ branchIds: ['1', '2'], kind: 'PRODUCT', productId: '3', categoryId: '4', departmentId: '5' });
    expect(formFromParams(new URLSearchParams('branch=1,,2&kind=OTHER'))).toMatchObject({ branch: '', kind: '' });
  });
});
