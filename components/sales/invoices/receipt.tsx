import { getTranslations } from 'next-intl/server';
import type { InvoiceDetailFragment as Invoice, InvoiceReceiptQuery } from '@/graphql/generated/graphql';
import { formatMoney } from '@/services/admin/display-format';
import type { CurrencyDisplay } from '@/services/admin/system-settings.schema';
import styles from './receipt.module.css';

export type ReceiptPaper = '80mm' | 'a4';

type Settings = InvoiceReceiptQuery['systemSettings'];

/** The paper's page box and, on paper, nothing of the page but the receipt (the shell's parts are global). */
export function ReceiptPrintRules({ paper }: { paper: ReceiptPaper }) {
  const page = paper === 'a4' ? '@page { size: A4; margin: 0; }' : '@page { size: 80mm auto; margin: 0; }';
  return <style>{`${page} @media print { body * { visibility: hidden; } }`}</style>;
}

/**
 * A printed receipt (80 mm thermal roll) or invoice (A4): the company and branch, number, date and
 * time in the branch's time zone, cashier, member or walk-in, the lines with their discounts,
 * subtotal, discounts, tax, rounding, total, payments and change. A voided invoice says so.
 */
export async function Receipt({ invoice, settings, paper, locale }: { invoice: Invoice; settings: Settings; paper: ReceiptPaper; locale: string }) {
  const t = await getTranslations('sales.invoices.receipt');
  const list = await getTranslations('sales.invoices');
  const points = await getTranslations('loyalty.earning');
  const format = { currency: invoice.branch.currency, currencyDisplay: settings.currencyDisplay as CurrencyDisplay, currencyDecimals: settings.currencyDecimals };
  const money = (cents: number) => formatMoney(cents, format, locale);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: invoice.branch.timeZone }).format(new Date(invoice.issuedAt));
  const customer = invoice.member ? `${invoice.member.memberNo} ${invoice.member.displayName}` : invoice.customerName || list('walkIn');

  return (
    <article className={`${styles.receipt} ${paper === 'a4' ? styles.paperA4 : styles.paper80mm}`} aria-label={t('title', { number: invoice.number })} data-testid="receipt">
      <header className={styles.head}>
        {settings.logoUrl ? (
          // The logo is served by the app itself at its own size limit; next/image adds nothing on paper.
          // eslint-disable-next-line @next/next/no-img-element
          <img className={styles.logo} src={settings.logoUrl} alt="" />
        ) : null}
        {settings.companyName ? <p className={styles.company} data-testid="receipt-company">{settings.companyName}</p> : null}
        <p className={styles.branch} data-testid="receipt-branch">{invoice.branch.label}</p>
        {invoice.branch.address ? <p className={styles.branch}>{invoice.branch.address}</p> : null}
        {invoice.branch.phone ? <p className={styles.branch}>{t('phone')} {invoice.branch.phone}</p> : null}
      </header>
      {invoice.status === 'VOIDED' ? <p className={styles.stamp} data-testid="receipt-voided">{t('voided')}</p> : null}
      <dl className={styles.meta}>
        <dt>{t('invoiceNo')}</dt>
        <dd data-testid="receipt-number">{invoice.number}</dd>
        <dt>{t('date')}</dt>
        <dd data-testid="receipt-date">{when}</dd>
        <dt>{t('cashier')}</dt>
        <dd>{invoice.cashier.displayName}</dd>
        <dt>{invoice.member ? t('member') : t('customer')}</dt>
        <dd data-testid="receipt-customer">{customer}</dd>
        {invoice.offer ? (
          <>
            <dt>{t('offer')}</dt>
            <dd data-testid="receipt-offer">
              {invoice.offer.code} {invoice.offer.name}
              {invoice.analysisCode ? ` (${invoice.analysisCode})` : null}
            </dd>
          </>
        ) : null}
      </dl>
      <table className={styles.lines}>
        <thead>
          <tr>
            <th scope="col">{t('item')}</th>
            <th scope="col" className={styles.num}>{t('quantity')}</th>
            {paper === 'a4' ? <th scope="col" className={styles.num}>{t('price')}</th> : null}
            <th scope="col" className={styles.num}>{t('amount')}</th>
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((line) => (
            <tr key={line.id} data-testid={`receipt-line-${line.position}`}>
              <td>
                {line.description}
                <div className={styles.sub}>
                  {line.code}
                  {paper === '80mm' ? ` @ ${money(line.unitPriceCents)}` : ''}
                </div>
                {line.lineDiscountCents ? <div className={styles.sub}>{t('lineDiscount')} {money(-line.lineDiscountCents)}</div> : null}
                {line.memberDiscountCents ? <div className={styles.sub}>{t('memberDiscount')} {money(-line.memberDiscountCents)}</div> : null}
              </td>
              <td className={styles.num}>{line.quantity}</td>
              {paper === 'a4' ? <td className={styles.num}>{money(line.unitPriceCents)}</td> : null}
              <td className={styles.num}>{money(line.totalCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className={styles.totals}>
        <dt>{t('subtotal')}</dt>
        <dd>{money(invoice.subtotalCents)}</dd>
        {invoice.discountCents ? (
          <>
            <dt>{t('discounts')}</dt>
            <dd>{money(-invoice.discountCents)}</dd>
          </>
        ) : null}
        {invoice.offerDiscountCents ? (
          <>
            <dt>{t('offerDiscount')}</dt>
            <dd data-testid="receipt-offer-discount">{money(-invoice.offerDiscountCents)}</dd>
          </>
        ) : null}
        {invoice.taxCents ? (
          <>
            <dt>{t('tax')}</dt>
            <dd>{money(invoice.taxCents)}</dd>
          </>
        ) : null}
        {invoice.roundingCents ? (
          <>
            <dt>{t('rounding')}</dt>
            <dd>{money(invoice.roundingCents)}</dd>
          </>
        ) : null}
        <dt className={styles.grand}>{t('total')}</dt>
        <dd className={styles.grand} data-testid="receipt-total">{money(invoice.totalCents)}</dd>
        {invoice.pointsEarned ? (
          <>
            <dt>{points('invoicePoints')}</dt>
            <dd data-testid="receipt-points-earned">{points('pointsValue', { points: invoice.pointsEarned })}</dd>
          </>
        ) : null}
        {invoice.payments.map((payment) => (
          <PaymentRow key={payment.id} label={payment.tenderType.label} amount={money(payment.tenderedCents)} />
        ))}
        {invoice.changeCents ? (
          <>
            <dt>{t('change')}</dt>
            <dd data-testid="receipt-change">{money(invoice.changeCents)}</dd>
          </>
        ) : null}
      </dl>
      {invoice.note ? <p className={styles.sub}>{invoice.note}</p> : null}
      <p className={styles.thanks}>{t('thanks')}</p>
    </article>
  );
}

function PaymentRow({ label, amount }: { label: string; amount: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{amount}</dd>
    </>
  );
}
