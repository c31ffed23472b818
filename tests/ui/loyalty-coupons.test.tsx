/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { CheckoutCouponPanel } from '@/components/loyalty/coupons/checkout-coupon-panel';
import { CouponTypesQuery, IssueCouponMutation, MemberCouponsQuery, VoidCouponMutation } from '@/components/loyalty/coupons/coupon-documents';
import { MemberCoupons } from '@/components/loyalty/coupons/member-coupons';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { renderWithIntl } from './render-with-intl';

jest.mock('@/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: unknown; children: ReactNode }) => (
    <a href={String(href)} {...rest}>
      {children}
    </a>
  ),
}));

const TYPE = { __typename: 'CouponType', id: '4', code: 'NEW100', name: 'HK$100 off', discountKind: 'AMOUNT', amountCents: 10_000, percentBasisPoints: null, maxDiscountCents: null, minSpendCents: 50_000 };
const TYPE_FIELDS = { ...TYPE, productIds: null, treatmentIds: null, categoryIds: null, departmentIds: null, validDays: 90, validFrom: null, validTo: null, active: true };
const coupon = (id: string, code: string, status = 'ISSUED') => ({
  __typename: 'Coupon', id, code, status, validFrom: '2026-12-01', validTo: '2027-02-28', issuedAt: '2026-12-01T02:00:00.000Z', redeemedAt: null,
  discountCents: 0, voidReason: null, invoiceId: null, type: TYPE, member: { __typename: 'Member', id: '12', memberNo: 'TKO-0012', displayName: 'Chan Mei' },
});
const page = (nodes: unknown[]) => ({ memberCoupons: { __typename: 'CouponConnection', totalCount: nodes.length, nodes, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } });

describe('the member page\'s e-coupons', () => {
  it('issues a coupon of the chosen type once and lists it', async () => {
    const calls: Call[] = [];
    let held = [coupon('1', 'ACDEFGHJKM')];
    const mocks = responders(
      [
        [MemberCouponsQuery, () => page(held)],
        [CouponTypesQuery, () => ({ couponTypes: { __typename: 'CouponTypeConnection', nodes: [TYPE_FIELDS] } })],
        [IssueCouponMutation, () => {
          held = [coupon('2', 'PQRTUVWXY3'), ...held];
          return { issueCoupon: held[0] };
        }],
      ],
      calls,
    );
    renderWithIntl(<MockedApollo mocks={mocks}><MemberCoupons memberId="12" canIssue canVoid={false} /></MockedApollo>, 'en');
    expect(await screen.findAllByTestId('member-coupon')).toHaveLength(1);
    expect(screen.queryByTestId('void-coupon')).toBeNull();

    fireEvent.click(screen.getByTestId('issue-coupon'));
    fireEvent.click(screen.getByTestId('issue-coupon-confirm'));
    expect(await screen.findByText('Choose a coupon type.')).toBeTruthy();
    await screen.findByRole('option', { name: 'NEW100 HK$100 off' });
    fireEvent.change(screen.getByTestId('issue-coupon-type'), { target: { value: '4' } });
    fireEvent.click(screen.getByTestId('issue-coupon-confirm'));
    expect((await screen.findByTestId('member-coupons-status')).textContent).toBe('Issued coupon PQRTUVWXY3 (HK$100 off).');
    await waitFor(() => expect(screen.getAllByTestId('member-coupon')).toHaveLength(2));
    const issued = calls.filter((c) => c.operation === 'IssueCoupon');
    expect(issued).toHaveLength(1);
    expect(issued[0].variables).toMatchObject({ memberId: '12', typeId: '4' });
    expect(issued[0].variables.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('voids an unused coupon only with a reason', async () => {
    const calls: Call[] = [];
    let status = 'ISSUED';
    const mocks = responders(
      [
        [MemberCouponsQuery, () => page([coupon('1', 'ACDEFGHJKM', status)])],
        [VoidCouponMutation, () => {
          status = 'VOIDED';
          return { voidCoupon: coupon('1', 'ACDEFGHJKM', status) };
        }],
      ],
      calls,
    );
    renderWithIntl(<MockedApollo mocks={mocks}><MemberCoupons memberId="12" canIssue={false} canVoid /></MockedApollo>, 'en');
    fireEvent.click(await screen.findByTestId('void-coupon'));
    fireEvent.click(screen.getByTestId('void-coupon-confirm'));
    expect(await screen.findByText('Enter a reason.')).toBeTruthy();
    expect(calls.some((c) => c.operation === 'VoidCoupon')).toBe(false);
    fireEvent.change(screen.getByTestId('void-coupon-reason'), { target: { value: 'sent twice' } });
    fireEvent.click(screen.getByTestId('void-coupon-confirm'));
    await waitFor(() => expect(screen.getByTestId('member-coupon').getAttribute('data-status')).toBe('VOIDED'));
    expect(calls.find((c) => c.operation === 'VoidCoupon')!.variables).toMatchObject({ id: '1', reason: 'sent twice' });
    expect(screen.getByTestId('member-coupons-status').textContent).toBe('Coupon ACDEFGHJKM voided.');
  });
});

describe('the cashier\'s coupon panel', () => {
  it('offers the member\'s unused coupons and takes a typed code in capitals', async () => {
    const calls: Call[] = [];
    const applied: Array<string | null> = [];
    const mocks = responders([[MemberCouponsQuery, () => page([coupon('1', 'ACDEFGHJKM')])]], calls);
    renderWithIntl(
      <MockedApollo mocks={mocks}>
        <CheckoutCouponPanel memberId="12" couponCode={null} couponDiscountCents={0} error={null} onApply={(code) => applied.push(code)} formatMoney={(c) => `$${c / 100}`} />
      </MockedApollo>,
      'en',
    );
    const offered = await screen.findByTestId('checkout-coupon-ACDEFGHJKM');
    expect(within(offered).getByText('valid until 2027-02-28')).toBeTruthy();
    fireEvent.click(screen.getByTestId('checkout-coupon-use-ACDEFGHJKM'));
    fireEvent.change(screen.getByTestId('checkout-coupon-code'), { target: { value: ' pqrt-uvwxy3 ' } });
    fireEvent.click(screen.getByTestId('checkout-coupon-apply'));
    expect(applied).toEqual(['ACDEFGHJKM', 'PQRT-UVWXY3']);
    expect(calls[0]).toMatchObject({ operation: 'MemberCoupons', variables: { memberId: '12', statuses: ['ISSUED'] } });
  });

  it('shows the discount of the applied coupon and the server\'s refusal', () => {
    renderWithIntl(
      <MockedApollo mocks={[]}>
        <CheckoutCouponPanel memberId={null} couponCode="ACDEFGHJKM" couponDiscountCents={10_000} error="Coupon ACDEFGHJKM has already been used" onApply={() => undefined} formatMoney={(c) => `$${c / 100}`} />
      </MockedApollo>,
      'en',
    );
    expect(screen.getByTestId('checkout-coupon-discount').textContent).toBe('Coupon discount $-100');
    expect(screen.getByTestId('checkout-coupon-error').textContent).toBe('Coupon ACDEFGHJKM has already been used');
  });
});
