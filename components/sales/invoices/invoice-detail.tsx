import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { InvoiceDetailFragment as Invoice } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { InvoiceReturns } from '@/components/sales/returns/invoice-returns';
import { TableScroll } from '@/components/ui/table-scroll';
import { VoidInvoice } from './void-invoice';
import styles from './invoices.module.css';

/** An invoice's page body (a Server Component): who, when and where, the lines, the totals, the payments, its returns, and what can be done with it. */
export async function InvoiceDetailView({ invoice, canVoid, canReturn }: { invoice: Invoice; canVoid: boolean; canReturn: boolean }) {
  const t = await getTranslations('sales.invoices.detail');
  const list = await getTranslations('sales.invoices');
  const points = await getTranslations('loyalty.earning');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, { style: 'currency', currency: invoice.branch.currency });
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone: invoice.branch.timeZone });
  const item = (label: string, value: ReactNode, testId?: string) => (
    <div className="detail">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value ?? t('none')}</dd>
    </div>
  );
  const voided = invoice.status === 'VOIDED';

  return (
    <div className={styles.page} data-testid="invoice-detail">
      <div className={styles.actions}>
        <Link className="button button--secondary" href="/sales/invoices" data-testid="invoice-back">
          {t('back')}
        </Link>
        <Link className="button button--primary" href={`/sales/invoices/${invoice.id}/receipt?paper=80mm`} data-testid="invoice-print-80mm">
          {t('print80')}
        </Link>
        <Link className="button button--secondary" href={`/sales/invoices/${invoice.id}/receipt?paper=a4`} data-testid="invoice-print-a4">
          {t('printA4')}
        </Link>
        {canVoid && !voided ? <VoidInvoice invoiceId={invoice.id} number={invoice.number} /> : null}
      </div>

      <section className="card" aria-labelledby="invoice-header-title">
        <h2 id="invoice-header-title">{t('header')}</h2>
        <dl className={styles.summary} data-testid="invoice-summary">
          {item(t('number'), invoice.number, 'invoice-number')}
          {item(t('status'), <span className={voided ? 'tag tag--warning' : 'tag'}>{list(`status.${invoice.status}`)}</span>, 'invoice-status')}
          {item(t('date'), invoice.businessDate)}
          {item(t('issuedAt'), when(invoice.issuedAt))}
          {item(t('branch'), invoice.branch.label)}
          {item(t('cashier'), invoice.cashier.displayName)}
          {item(
            t('customer'),
            invoice.member ? (
              <Link href={`/members/${invoice.member.id}`} className={styles.number} data-testid="invoice-member">
                {invoice.member.memberNo} {invoice.member.displayName}
              </Link>
            ) : (
              invoice.customerName || list('walkIn')
            ),
            'invoice-customer',
          )}
          {invoice.appointmentId ? item(t('appointment'), `#${invoice.appointmentId}`) : null}
          {invoice.offer || invoice.analysisCode ? item(t('offer'), invoice.offer ? `${invoice.offer.code} ${invoice.offer.name}` : null, 'invoice-offer') : null}
          {invoice.analysisCode ? item(t('analysisCode'), invoice.analysisCode, 'invoice-analysis-code') : null}
          {invoice.note ? item(t('note'), invoice.note) : null}
        </dl>
        {voided && invoice.voidedAt ? (
          <p className="alert alert--warning" data-testid="invoice-voided">
            {t('voided', { when: when(invoice.voidedAt), name: invoice.voidedBy?.displayName ?? '', reason: invoice.voidReason ?? '' })}
          </p>
        ) : null}
      </section>

      <section className="card" aria-labelledby="invoice-lines-title">
        <h2 id="invoice-lines-title">{t('lines')}</h2>
        <TableScroll label={t('linesCaption', { number: invoice.number })}>
          <table className="data-table" data-testid="invoice-lines">
            <caption className="visually-hidden">{t('linesCaption', { number: invoice.number })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('code')}</th>
                <th scope="col">{t('item')}</th>
                <th scope="col">{t('department')}</th>
                <th scope="col">{t('staff')}</th>
                <th scope="col" className={styles.amount}>{t('quantity')}</th>
                <th scope="col" className={styles.amount}>{t('unitPrice')}</th>
                <th scope="col" className={styles.amount}>{t('discount')}</th>
                <th scope="col" className={styles.amount}>{t('lineTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {invoice.lines.map((line) => (
                <tr key={line.id} data-testid={`invoice-line-${line.position}`}>
                  <td>{line.code}</td>
                  <td>
                    {line.description} <span className="muted">{t(`kind.${line.kind}`)}</span>
                    {line.returnedQuantity > 0 ? <span className="tag tag--warning">{t('returned', { count: line.returnedQuantity })}</span> : null}
                  </td>
                  <td>{line.department?.label ?? t('none')}</td>
                  <td>{line.staff?.displayName ?? t('none')}</td>
                  <td className={styles.amount}>{line.quantity}</td>
                  <td className={styles.amount}>{money(line.unitPriceCents)}</td>
                  <td className={styles.amount}>{line.lineDiscountCents + line.memberDiscountCents ? money(-(line.lineDiscountCents + line.memberDiscountCents)) : t('none')}</td>
                  <td className={styles.amount}>{money(line.totalCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <dl className={styles.totals} aria-label={t('totals')} data-testid="invoice-totals">
          <dt>{t('subtotal')}</dt>
          <dd>{money(invoice.subtotalCents)}</dd>
          <dt>{t('discounts')}</dt>
          <dd>{money(-invoice.discountCents)}</dd>
          {invoice.offerDiscountCents ? (
            <>
              <dt>{t('offerDiscount')}</dt>
              <dd data-testid="invoice-offer-discount">{money(-invoice.offerDiscountCents)}</dd>
            </>
          ) : null}
          <dt>{t('tax')}</dt>
          <dd>{money(invoice.taxCents)}</dd>
          {invoice.roundingCents ? (
            <>
              <dt>{t('rounding')}</dt>
              <dd>{money(invoice.roundingCents)}</dd>
            </>
          ) : null}
          <dt className={styles.grandTotal}>{t('total')}</dt>
          <dd className={styles.grandTotal} data-testid="invoice-total-amount">
            {money(invoice.totalCents)}
          </dd>
          {invoice.refundedCents ? (
            <>
              <dt>{t('refunded')}</dt>
              <dd>{money(invoice.refundedCents)}</dd>
            </>
          ) : null}
          {invoice.pointsEarned ? (
            <>
              <dt>{points('invoicePoints')}</dt>
              <dd data-testid="invoice-points-earned">{points('pointsValue', { points: invoice.pointsEarned })}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section className="card" aria-labelledby="invoice-payments-title">
        <h2 id="invoice-payments-title">{t('payments')}</h2>
        <TableScroll label={t('paymentsCaption', { number: invoice.number })}>
          <table className="data-table" data-testid="invoice-payments">
            <caption className="visually-hidden">{t('paymentsCaption', { number: invoice.number })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tender')}</th>
                <th scope="col" className={styles.amount}>{t('amount')}</th>
                <th scope="col" className={styles.amount}>{t('tendered')}</th>
                <th scope="col">{t('reference')}</th>
              </tr>
            </thead>
            <tbody>
              {invoice.payments.map((payment) => (
                <tr key={payment.id}>
                  <td>{payment.tenderType.label}</td>
                  <td className={styles.amount}>{money(payment.amountCents)}</td>
                  <td className={styles.amount}>{money(payment.tenderedCents)}</td>
                  <td>{payment.reference ?? t('none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        {invoice.changeCents ? (
          <p data-testid="invoice-change">
            {t('change')}: {money(invoice.changeCents)}
          </p>
        ) : null}
      </section>

      <InvoiceReturns invoiceId={invoice.id} canReturn={canReturn} />
    </div>
  );
}
