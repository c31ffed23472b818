'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { CouponRowFragment } from '@/graphql/generated/graphql';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import { TableScroll } from '@/components/ui/table-scroll';
import { requestError } from '@/lib/apollo/request-error';
import { CouponTypesQuery, IssueCouponMutation, MemberCouponsQuery, VoidCouponMutation } from './coupon-documents';
import { discountText, plainMoney } from './coupon-labels';
import styles from './coupons.module.css';

const PAGE_SIZE = 20;

/** Picks an active type and issues her one coupon; one idempotency key per opening, so a double tap issues once. */
function IssueForm({ memberId, onIssued, onClose }: { memberId: string; onIssued: (coupon: CouponRowFragment) => void; onClose: () => void }) {
  const t = useTranslations('loyalty.coupons.member');
  const id = useId();
  const types = useQuery(CouponTypesQuery, { variables: { activeOnly: true, first: 100 }, fetchPolicy: 'network-only' });
  const [issue, { loading }] = useMutation(IssueCouponMutation);
  const [typeId, setTypeId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const key = useRef(crypto.randomUUID());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!typeId) return setError(t('typeRequired'));
    try {
      const { data } = await issue({ variables: { memberId, typeId, idempotencyKey: key.current } });
      if (data) onIssued(data.issueCoupon);
    } catch (failure) {
      setError(requestError(failure).message);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} data-testid="issue-coupon-form">
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('type')}</label>
        <select id={`${id}-type`} className="input" value={typeId} onChange={(event) => setTypeId(event.target.value)} aria-invalid={Boolean(error)} data-testid="issue-coupon-type">
          <option value="">{t('chooseType')}</option>
          {(types.data?.couponTypes.nodes ?? []).map((type) => (
            <option key={type.id} value={type.id}>
              {type.code} {type.name}
            </option>
          ))}
        </select>
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading} data-testid="issue-coupon-confirm">
          {t('issue')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </form>
  );
}

/** Asks why before an unused coupon is voided. */
function VoidForm({ coupon, onVoided, onClose }: { coupon: CouponRowFragment; onVoided: () => void; onClose: () => void }) {
  const t = useTranslations('loyalty.coupons.member');
  const id = useId();
  const [voidCoupon, { loading }] = useMutation(VoidCouponMutation);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const key = useRef(crypto.randomUUID());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) return setError(t('reasonRequired'));
    try {
      await voidCoupon({ variables: { id: coupon.id, reason: reason.trim(), idempotencyKey: key.current } });
      onVoided();
    } catch (failure) {
      setError(requestError(failure).message);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} data-testid="void-coupon-form">
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('voidReason', { code: coupon.code })}</label>
        <input id={`${id}-reason`} className="input" value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} aria-invalid={Boolean(error)} data-testid="void-coupon-reason" />
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button button--danger" disabled={loading} aria-busy={loading} data-testid="void-coupon-confirm">
          {t('void')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('keep')}
        </button>
      </div>
    </form>
  );
}

/**
 * 電子優惠券 on the member's page: her coupons, newest first, with their code, what they take off,
 * their days and where they are; with loyalty.issueCoupons a coupon is issued to her, with
 * loyalty.voidCoupons an unused one is voided.
 */
export function MemberCoupons({ memberId, canIssue, canVoid }: { memberId: string; canIssue: boolean; canVoid: boolean }) {
  const t = useTranslations('loyalty.coupons.member');
  const types = useTranslations('loyalty.coupons');
  const id = useId();
  const list = useQuery(MemberCouponsQuery, { variables: { memberId, first: PAGE_SIZE }, fetchPolicy: 'network-only' });
  const [issuing, setIssuing] = useState(false);
  const [voiding, setVoiding] = useState<CouponRowFragment | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const page = list.data?.memberCoupons;

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="member-coupons">
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <StatusMessage status={status} testId="member-coupons-status" />
      {list.error ? <StatusMessage status={{ kind: 'error', text: requestError(list.error).message }} /> : null}
      {canIssue && !issuing ? (
        <button type="button" className="button button--secondary" onClick={() => { setIssuing(true); setStatus(null); }} data-testid="issue-coupon">
          {t('issueOpen')}
        </button>
      ) : null}
      {issuing ? (
        <IssueForm
          memberId={memberId}
          onIssued={(coupon) => {
            setIssuing(false);
            setStatus({ kind: 'success', text: t('issued', { code: coupon.code, name: coupon.type.name }) });
            void list.refetch();
          }}
          onClose={() => setIssuing(false)}
        />
      ) : null}
      {voiding ? (
        <VoidForm
          coupon={voiding}
          onVoided={() => {
            setStatus({ kind: 'success', text: t('voided', { code: voiding.code }) });
            setVoiding(null);
            void list.refetch();
          }}
          onClose={() => setVoiding(null)}
        />
      ) : null}
      {page && page.nodes.length === 0 ? <p className="muted">{t('empty')}</p> : null}
      {page && page.nodes.length > 0 ? (
        <TableScroll label={t('title')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('code')}</th>
                <th scope="col">{t('type')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('valid')}</th>
                <th scope="col">{t('discount')}</th>
                {canVoid ? <th scope="col"><span className="visually-hidden">{t('actions')}</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {page.nodes.map((coupon) => (
                <tr key={coupon.id} data-testid="member-coupon" data-status={coupon.status} data-code={coupon.code}>
                  <td>
                    <code>{coupon.code}</code>
                  </td>
                  <td>
                    {coupon.type.name}
                    <br />
                    <span className="muted">{discountText(types, coupon.type, plainMoney)}</span>
                  </td>
                  <td>{types(`statuses.${coupon.status}`)}</td>
                  <td>{`${coupon.validFrom} – ${coupon.validTo}`}</td>
                  <td>{coupon.status === 'REDEEMED' ? plainMoney(coupon.discountCents) : ''}</td>
                  {canVoid ? (
                    <td>
                      {coupon.status === 'ISSUED' ? (
                        <button type="button" className="button button--secondary" onClick={() => { setVoiding(coupon); setStatus(null); }} data-testid="void-coupon">
                          {t('void')}
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {page && page.totalCount > page.nodes.length ? <p className="muted">{t('more', { shown: page.nodes.length, total: page.totalCount })}</p> : null}
    </section>
  );
}
