'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { FormField } from '@/components/members/form/form-field';
import { centsToMoneyText, parseMoneyToCents } from '@/components/settings/money';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import type { PackageTypeFieldsFragment } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { localDateIn } from '@/services/appointments/arrival-day';
import { dueNowCents, PACKAGE_SALE_LIMITS, sellPackageSchema } from '@/services/prepaid/package-sale-input.schema';
import { plainCents } from '@/services/prepaid/package-type-input.schema';
import { instalmentSchedule, packageValidTo } from '@/services/prepaid/prepaid-rules';
import { PackageTypesQuery, SellPackageMutation, SellPackageSetupQuery } from './package-documents';

type PaymentRow = { tenderTypeId: string; amount: string; reference: string };

/** Tenders that take money: a package is not paid from stored value or another package. */
const MONEY_KINDS = new Set(['CASH', 'CARD', 'BANK_TRANSFER', 'OTHER']);

/**
 * Selling a package to a member (計次 / discount package, `003_*`): pick a type and the form fills
 * itself (name, kind, treatments, sessions or value, price, validity and the last valid day);
 * choose paying at once or on 2–24 monthly instalments (the schedule is shown, the first paid
 * now) and the tenders. Checked with the service's own schema; one idempotency key per sale.
 */
export function SellPackageForm({ memberId, onDone }: { memberId: string; onDone?: () => void }) {
  const t = useTranslations('prepaid.packages.sell');
  const format = useFormatter();
  const issueText = useIssueText();
  const id = useId();
  const [search, setSearch] = useState('');
  const [type, setType] = useState<PackageTypeFieldsFragment | null>(null);
  const [price, setPrice] = useState('');
  const [count, setCount] = useState(1);
  const [payments, setPayments] = useState<PaymentRow[]>([{ tenderTypeId: '', amount: '', reference: '' }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const key = useRef(crypto.randomUUID());
  const setup = useQuery(SellPackageSetupQuery);
  const types = useQuery(PackageTypesQuery, { variables: { active: true, search: search.trim() || null, first: 20, after: null } });
  const [sell, { loading }] = useMutation(SellPackageMutation);

  const money = (cents: number) => format.number(cents / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const branch = setup.data?.viewer.branch ?? null;
  const tenders = (setup.data?.tenderTypes.nodes ?? []).filter((tender) => tender.active && MONEY_KINDS.has(tender.kind));
  const today = branch ? localDateIn(new Date(), branch.timeZone) : null;
  const priceCents = price.trim() === '' ? null : parseMoneyToCents(price.trim());
  const schedule = useMemo(() => (priceCents && count > 1 && today ? instalmentSchedule(priceCents, count, today) : null), [priceCents, count, today]);
  const due = priceCents ? dueNowCents(priceCents, schedule) : null;

  function choose(chosen: PackageTypeFieldsFragment) {
    setType(chosen);
    setPrice(centsToMoneyText(chosen.priceCents));
    setCount(1);
    setErrors({});
    setStatus(null);
    setPayments([{ tenderTypeId: tenders[0]?.id ?? '', amount: centsToMoneyText(chosen.priceCents), reference: '' }]);
  }

  function changeCount(next: number) {
    setCount(next);
    if (!priceCents) return;
    const nextDue = dueNowCents(priceCents, next > 1 && today ? instalmentSchedule(priceCents, next, today) : null);
    // One payment follows what is due now; with several the cashier splits it herself.
    if (payments.length === 1) setPayments([{ ...payments[0], amount: centsToMoneyText(nextDue) }]);
  }

  const setPayment = (index: number, change: Partial<PaymentRow>) => setPayments(payments.map((p, i) => (i === index ? { ...p, ...change } : p)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!type || !branch) return;
    setStatus(null);
    const input = {
      memberId: Number(memberId),
      branchId: Number(branch.id),
      packageTypeId: Number(type.id),
      priceCents: priceCents ?? (price.trim() === '' ? null : Number.NaN),
      instalmentCount: count,
      payments: payments.map((p) => ({ tenderTypeId: Number(p.tenderTypeId) || 0, amountCents: parseMoneyToCents(p.amount.trim()) ?? Number.NaN, reference: p.reference })),
    };
    const found: Record<string, string> = {};
    const checked = sellPackageSchema.safeParse(input);
    if (!checked.success) {
      for (const issue of checked.error.issues) found[issue.path.map(String).join('.')] ??= issueText(issue.path.map(String).join('.'), issue.message);
    } else {
      const values = checked.data;
      const finalPrice = values.priceCents ?? type.priceCents;
      if (type.kind === 'VALUE' && type.valueCents !== null && type.valueCents !== undefined && finalPrice >= type.valueCents) {
        found.priceCents = issueText('priceCents', `priceNotBelowValue?value=${plainCents(type.valueCents)}`);
      }
      const owed = dueNowCents(finalPrice, values.instalmentCount > 1 && today ? instalmentSchedule(finalPrice, values.instalmentCount, today) : null);
      if (values.payments.reduce((sum, p) => sum + p.amountCents, 0) !== owed) found.payments = issueText('payments', `paymentsNotDue?due=${plainCents(owed)}`);
    }
    setErrors(found);
    if (Object.keys(found).length || !checked.success) return;
    try {
      const { data } = await sell({
        variables: {
          input: {
            memberId,
            branchId: branch.id,
            packageTypeId: type.id,
            priceCents: checked.data.priceCents,
            instalmentCount: checked.data.instalmentCount,
            payments: checked.data.payments.map((p) => ({ tenderTypeId: String(p.tenderTypeId), amountCents: p.amountCents, reference: p.reference })),
            idempotencyKey: key.current,
          },
        },
      });
      key.current = crypto.randomUUID();
      setStatus({ kind: 'success', text: t('sold', { name: data?.sellPackage.name ?? type.name, number: data?.sellPackage.prepaidSale?.number ?? '', validTo: data?.sellPackage.validTo ?? '' }) });
      setType(null);
      onDone?.();
    } catch (failure) {
      const error = requestError(failure);
      if (error.field) setErrors({ [error.field]: error.message });
      else setStatus({ kind: 'error', text: error.message });
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="sell-package-form">
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <StatusMessage status={status} />
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('findType')}</label>
        <input id={`${id}-search`} className="input" type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder={t('findTypeHint')} data-testid="sell-package-search" />
      </div>
      <ul className="choice-list" aria-label={t('types')} data-testid="sell-package-types">
        {(types.data?.packageTypes.nodes ?? []).map((choice) => (
          <li key={choice.id}>
            <button type="button" className={`button ${type?.id === choice.id ? 'button--primary' : 'button--secondary'}`} aria-pressed={type?.id === choice.id} onClick={() => choose(choice)} data-testid="sell-package-type">
              {choice.name} ({choice.code}) · {money(choice.priceCents)}
            </button>
          </li>
        ))}
      </ul>
      {errors.packageTypeId ? <p className="alert alert--error" role="alert">{errors.packageTypeId}</p> : null}
      {type ? (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <dl className="summary-list" data-testid="sell-package-summary">
            <dt>{t('name')}</dt>
            <dd>{type.name}</dd>
            <dt>{t('kind')}</dt>
            <dd>{t(`kinds.${type.kind}`)}</dd>
            <dt>{t('treatments')}</dt>
            <dd data-testid="sell-package-treatments">{type.treatmentsAny ? t('anyTreatment') : type.treatments.map((tr) => `${tr.name} (${tr.code})`).join(', ')}</dd>
            {type.kind === 'SESSIONS' ? (
              <>
                <dt>{t('sessions')}</dt>
                <dd data-testid="sell-package-sessions">{type.sessions}</dd>
              </>
            ) : (
              <>
                <dt>{t('value')}</dt>
                <dd data-testid="sell-package-value">{money(type.valueCents ?? 0)}</dd>
              </>
            )}
            <dt>{t('validity')}</dt>
            <dd data-testid="sell-package-valid-to">{t('validTo', { months: type.validityMonths, date: today ? packageValidTo(today, type.validityMonths) : '' })}</dd>
          </dl>
          <FormField name="priceCents" label={t('price')} required error={errors.priceCents} hint={type.kind === 'VALUE' ? t('priceBelowValue', { value: money(type.valueCents ?? 0) }) : undefined}>
            {(control) => <input {...control} className="input" inputMode="decimal" value={price} onChange={(event) => setPrice(event.target.value)} data-testid="sell-package-price" />}
          </FormField>
          <FormField name="instalmentCount" label={t('instalments')} error={errors.instalmentCount}>
            {(control) => (
              <select {...control} className="input" value={count} onChange={(event) => changeCount(Number(event.target.value))} data-testid="sell-package-instalments">
                {Array.from({ length: PACKAGE_SALE_LIMITS.instalments }, (_, i) => i + 1).map((n) => (
                  <option key={n} value={n}>
                    {n === 1 ? t('atOnce') : t('instalmentCount', { count: n })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {schedule ? (
            <table className="data-table" data-testid="sell-package-schedule">
              <caption>{t('schedule')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sequence')}</th>
                  <th scope="col">{t('dueDate')}</th>
                  <th scope="col">{t('amount')}</th>
                </tr>
              </thead>
              <tbody>
                {schedule.map((part) => (
                  <tr key={part.sequence}>
                    <td>{part.sequence === 1 ? t('paidNow', { sequence: part.sequence }) : part.sequence}</td>
                    <td>{part.dueDate}</td>
                    <td>{money(part.amountCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <fieldset className="fieldset" data-testid="sell-package-payments">
            <legend>{due !== null ? t('payNow', { amount: money(due) }) : t('payments')}</legend>
            {payments.map((payment, i) => (
              <div key={i} className="button-row">
                <FormField name={`payments.${i}.tenderTypeId`} label={t('tender')} error={errors[`payments.${i}.tenderTypeId`]}>
                  {(control) => (
                    <select {...control} className="input" value={payment.tenderTypeId} onChange={(event) => setPayment(i, { tenderTypeId: event.target.value })} data-testid="sell-package-tender">
                      <option value="">{t('chooseTender')}</option>
                      {tenders.map((tender) => (
                        <option key={tender.id} value={tender.id}>
                          {tender.label}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                <FormField name={`payments.${i}.amountCents`} label={t('amount')} error={errors[`payments.${i}.amountCents`]}>
                  {(control) => <input {...control} className="input" inputMode="decimal" value={payment.amount} onChange={(event) => setPayment(i, { amount: event.target.value })} data-testid="sell-package-amount" />}
                </FormField>
                <FormField name={`payments.${i}.reference`} label={t('reference')} error={errors[`payments.${i}.reference`]}>
                  {(control) => <input {...control} className="input" value={payment.reference} onChange={(event) => setPayment(i, { reference: event.target.value })} />}
                </FormField>
                {payments.length > 1 ? (
                  <button type="button" className="button button--secondary" onClick={() => setPayments(payments.filter((_, j) => j !== i))}>
                    {t('removePayment')}
                  </button>
                ) : null}
              </div>
            ))}
            {errors.payments ? (
              <p className="field-error" role="alert" data-testid="sell-package-payments-error">
                {errors.payments}
              </p>
            ) : null}
            {payments.length < PACKAGE_SALE_LIMITS.payments ? (
              <button type="button" className="button button--secondary" onClick={() => setPayments([...payments, { tenderTypeId: tenders[0]?.id ?? '', amount: '', reference: '' }])} data-testid="sell-package-add-payment">
                {t('addPayment')}
              </button>
            ) : null}
          </fieldset>
          <button type="submit" className="button button--primary" disabled={loading || !branch} aria-busy={loading} data-testid="sell-package-submit">
            {t('submit')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
