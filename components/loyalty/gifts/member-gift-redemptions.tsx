'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import type { MemberGiftRedemptionsQuery } from '@/graphql/generated/graphql';
import { TableScroll } from '@/components/ui/table-scroll';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import { requestError } from '@/lib/apollo/request-error';
import { GIFT_LIMITS } from '@/services/loyalty/gifts/gift-input.schema';
import { CancelGiftRedemptionMutation, MEMBER_REDEMPTIONS_PAGE_SIZE, MemberGiftRedemptionsQuery as Query } from './gift-documents';
import { RedeemGiftDialog } from './redeem-gift-dialog';
import styles from './gifts.module.css';

type Redemption = MemberGiftRedemptionsQuery['memberGiftRedemptions']['nodes'][number];

/** Asks why before a redemption is cancelled (its points and units go back). */
function CancelForm({ redemption, onCancelled, onClose }: { redemption: Redemption; onCancelled: (text: string) => void; onClose: () => void }) {
  const t = useTranslations('loyalty.gifts.redemptions');
  const id = useId();
  const [cancel, { loading }] = useMutation(CancelGiftRedemptionMutation);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const key = useRef(crypto.randomUUID());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) return setError(t('reasonRequired'));
    try {
      await cancel({ variables: { id: redemption.id, reason: reason.trim(), idempotencyKey: key.current } });
      onCancelled(t('cancelled', { name: redemption.gift.name, points: redemption.points }));
    } catch (failure) {
      setError(requestError(failure).message);
    }
  }

  return (
    <form className={`form ${styles.stockForm}`} onSubmit={(event) => void submit(event)} data-testid="cancel-redemption-form">
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('reason')}</label>
        <input
          id={`${id}-reason`}
          className="input"
          value={reason}
          maxLength={GIFT_LIMITS.reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          data-testid="cancel-redemption-reason"
        />
        {error ? (
          <p id={`${id}-error`} className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading} data-testid="cancel-redemption-confirm">
        {t('confirmCancel')}
      </button>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('keep')}
      </button>
    </form>
  );
}

/**
 * 積分兌換 on the member's page: her gift redemptions, newest first, and (with loyalty.redeemGifts)
 * the button that redeems a gift at the viewer's branch and a way to cancel a redemption. After a
 * change the page's other parts (the points balance and ledger) are asked again.
 */
export function MemberGiftRedemptions({ memberId, branchId, canRedeem }: { memberId: string; branchId: string; canRedeem: boolean }) {
  const t = useTranslations('loyalty.gifts.redemptions');
  const format = useFormatter();
  const client = useApolloClient();
  const router = useRouter();
  const first = useQuery(Query, { variables: { memberId, first: MEMBER_REDEMPTIONS_PAGE_SIZE, after: null }, fetchPolicy: 'cache-and-network' });
  // Pages after the first, asked for with "show more"; dropped when the first page is read again.
  const [later, setLater] = useState<{ nodes: Redemption[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [loading, setLoading] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);

  const firstPage = first.data?.memberGiftRedemptions;
  const rows = firstPage ? [...firstPage.nodes, ...(later?.nodes ?? [])] : null;
  const endCursor = later ? later.endCursor : (firstPage?.pageInfo.endCursor ?? null);
  const hasMore = later ? later.hasNextPage : Boolean(firstPage?.pageInfo.hasNextPage);
  const loadError = first.error ? requestError(first.error).message : null;

  async function more() {
    setLoading(true);
    try {
      const { data } = await client.query({ query: Query, variables: { memberId, first: MEMBER_REDEMPTIONS_PAGE_SIZE, after: endCursor }, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('The query returned no data');
      const page = data.memberGiftRedemptions;
      setLater((current) => ({ nodes: [...(current?.nodes ?? []), ...page.nodes], endCursor: page.pageInfo.endCursor, hasNextPage: page.pageInfo.hasNextPage }));
    } catch (failure) {
      setStatus({ kind: 'error', text: requestError(failure).message });
    }
    setLoading(false);
  }

  /** A redemption or cancellation moved points: this list, the page's Apollo queries and its server parts are read again. */
  async function changed(text: string) {
    setDialogOpen(false);
    setCancelling(null);
    setStatus({ kind: 'success', text });
    setLater(null);
    await client.refetchQueries({ include: 'active' });
    router.refresh();
    opener.current?.focus();
  }

  return (
    <section className="card" aria-labelledby="gift-redemptions-title" data-testid="gift-redemptions">
      <h2 id="gift-redemptions-title">{t('title')}</h2>
      <StatusMessage status={status ?? (loadError ? { kind: 'error', text: loadError } : null)} testId="gift-redemptions-status" />
      {canRedeem ? (
        <div className="button-row">
          <button type="button" ref={opener} className="button button--primary" onClick={() => { setStatus(null); setDialogOpen(true); }} data-testid="redeem-gift">
            {t('redeem')}
          </button>
        </div>
      ) : null}
      {rows === null ? null : rows.length === 0 ? (
        <p className="muted" data-testid="gift-redemptions-empty">
          {t('empty')}
        </p>
      ) : (
        <TableScroll label={t('caption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('gift')}</th>
                <th scope="col">{t('quantity')}</th>
                <th scope="col">{t('points')}</th>
                <th scope="col">{t('branch')}</th>
                <th scope="col">{t('staff')}</th>
                <th scope="col">{t('status')}</th>
                {canRedeem ? <th scope="col">{t('actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid="gift-redemption" data-status={row.status}>
                  <td>{format.dateTime(new Date(row.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td>
                    {row.gift.name} <span className="muted">({row.gift.code})</span>
                  </td>
                  <td>{row.quantity}</td>
                  <td>{format.number(row.points)}</td>
                  <td>{row.branch.name}</td>
                  <td>{row.staff?.displayName ?? ''}</td>
                  <td>
                    {row.status === 'CANCELLED' && row.cancelledAt
                      ? t('statusCancelledAt', { at: format.dateTime(new Date(row.cancelledAt), { dateStyle: 'medium', timeStyle: 'short' }) })
                      : t(`statusName.${row.status}`)}
                  </td>
                  {canRedeem ? (
                    <td>
                      {row.status === 'REDEEMED' ? (
                        cancelling === row.id ? (
                          <CancelForm redemption={row} onCancelled={(text) => void changed(text)} onClose={() => setCancelling(null)} />
                        ) : (
                          <button type="button" className="button button--secondary" onClick={() => setCancelling(row.id)} data-testid="cancel-redemption">
                            {t('cancel')}
                          </button>
                        )
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {hasMore ? (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => void more()} disabled={loading} aria-busy={loading} data-testid="gift-redemptions-more">
            {t('more')}
          </button>
        </div>
      ) : null}
      {dialogOpen ? (
        <RedeemGiftDialog memberId={memberId} branchId={branchId} onDone={(text) => void changed(text)} onCancel={() => { setDialogOpen(false); opener.current?.focus(); }} />
      ) : null}
    </section>
  );
}
