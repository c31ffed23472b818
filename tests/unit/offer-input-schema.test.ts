import { offerSchema } from '../../services/offers/offer-input.schema';
import { readIssue } from '../../services/validation/schema-issues';

const issues = (input: Record<string, unknown>) => {
  const result = offerSchema.safeParse({ code: 'AP', name: 'Birthday', ...input });
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), readIssue(issue.message).key]);
};

describe('offerSchema', () => {
  it('fills the defaults of a bare offer: active, invoice discount of 0, no conditions', () => {
    expect(offerSchema.parse({ code: 'AP', name: 'Birthday' })).toEqual({
      code: 'AP', name: 'Birthday', altCode: null, analysisCode: null, isMarketing: false, active: true, branchIds: null, memberGroupIds: null, interestGroupIds: null,
      departmentIds: null, birthdayMonthsBefore: null, birthdayMonthsAfter: null, validFrom: null, validTo: null, perMemberLimit: null,
      discountType: 'INVOICE_PERCENT', discountBasisPoints: 0, fixedPriceCents: null, prepaidExpiryMonths: null,
    });
  });

  it('takes ids as GraphQL sends them, sorted and without repeats; an empty list is all', () => {
    expect(offerSchema.parse({ code: 'AP', name: 'x', branchIds: ['3', '1', '3'], departmentIds: [] })).toMatchObject({ branchIds: [1, 3], departmentIds: null });
    expect(issues({ memberGroupIds: ['x'] })).toEqual([['memberGroupIds', 'invalidId']]);
  });

  it('keeps only the figure its discount type uses', () => {
    expect(offerSchema.parse({ code: 'AP', name: 'x', discountType: 'FIXED_PRICE', fixedPriceCents: 30_000, discountBasisPoints: 500 })).toMatchObject({ discountBasisPoints: 0, fixedPriceCents: 30_000 });
    expect(offerSchema.parse({ code: 'AP', name: 'x', discountType: 'ITEM_PERCENT', fixedPriceCents: 30_000, discountBasisPoints: 500 })).toMatchObject({ discountBasisPoints: 500, fixedPriceCents: null });
  });

  it.each([
    [{ altCode: 'ABCD' }, 'altCode', 'tooLong'],
    [{ altCode: 'A*' }, 'altCode', 'invalidOfferCode'],
    [{ birthdayMonthsAfter: -1 }, 'birthdayMonthsAfter', 'outOfRange'],
    [{ birthdayMonthsBefore: 12 }, 'birthdayMonthsBefore', 'outOfRange'],
    [{ perMemberLimit: 0 }, 'perMemberLimit', 'outOfRange'],
    [{ discountBasisPoints: Number.NaN }, 'discountBasisPoints', 'outOfRange'],
    [{ discountType: 'HALF' }, 'discountType', 'notAnOption'],
    [{ discountType: 'FIXED_PRICE' }, 'fixedPriceCents', 'required'],
    [{ validFrom: '2026-13-01' }, 'validFrom', 'invalidDate'],
    [{ validFrom: '2026-06-02', validTo: '2026-06-01' }, 'validTo', 'dateRangeReversed'],
    [{ prepaidExpiryMonths: 121 }, 'prepaidExpiryMonths', 'outOfRange'],
  ])('refuses %j on %s (%s)', (input, field, key) => {
    expect(issues(input)).toEqual([[field, key]]);
  });

  it('names every problem at once, the period with the rest', () => {
    expect(issues({ code: ' ', validFrom: '2026-06-02', validTo: '2026-06-01', discountType: 'FIXED_PRICE' }).map(([field]) => field)).toEqual(['code', 'validTo', 'fixedPriceCents']);
  });
});
