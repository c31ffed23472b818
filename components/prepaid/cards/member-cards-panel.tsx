'use client';

import { useApolloClient, useQuery } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { FormField } from '@/components/members/form/form-field';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import { TableScroll } from '@/components/ui/table-scroll';
import type { MemberCardRowFragment } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { CARD_LIMITS, issueCardSchema, lockCardSchema, replaceCardSchema, setPinSchema } from '@/services/prepaid/member-card-input.schema';
import {
  IssueMemberCardMutation, LockMemberCardMutation, MemberCardsQuery, ReplaceMemberCardMutation, SetMemberCardPinMutation, UnlockMemberCardMutation,
} from './member-cards-documents';

type Mode = 'issue' | 'lock' | 'replace' | 'pin';

/** What a change shows elsewhere on the member's page: her cards and her account (我的戶口). */
const REFETCH = ['MemberCards', 'MemberAccount'];

/** The fields each form has, so a refusal naming one is shown next to it and any other above the form. */
const FORM_FIELDS: Record<Mode, readonly string[]> = {
  issue: ['cardNumber', 'pin'],
  lock: ['reason'],
  replace: ['cardNumber', 'pin', 'reason'],
  pin: ['pin'],
};

/**
 * 會員卡 on the member's account: her current card (number, status, whether it has a PIN) with
 * what can be done to it — issue one when she has none, report it lost (掛失鎖定), unlock it,
 * replace it with a new number, set or clear the PIN — and the cards it replaced. Forms check with
 * the server's schemas; each submission carries its own idempotency key, so a double tap changes
 * the card once.
 */
export function MemberCardsPanel({ memberId }: { memberId: string }) {
  const t = useTranslations('prepaid.cards');
  const format = useFormatter();
  const client = useApolloClient();
  const issueText = useIssueText();
  const { data, error, loading } = useQuery(MemberCardsQuery, { variables: { memberId }, fetchPolicy: 'cache-and-network' });
  const [mode, setMode] = useState<Mode | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(crypto.randomUUID());

  const cards = data?.memberCards ?? [];
  const current = cards.find((card) => card.status !== 'REPLACED') ?? null;
  const replaced = cards.filter((card) => card.status === 'REPLACED');
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium' });

  function open(next: Mode | null) {
    setMode(next);
    setValues({});
    setErrors({});
    setStatus(null);
    key.current = crypto.randomUUID();
  }

  const set = (name: string) => (value: string) => setValues((before) => ({ ...before, [name]: value }));

  /** Checks the form with the server's schema; the first issue of each field is shown next to it. */
  function checked<S extends z.ZodType>(schema: S, input: Record<string, unknown>): z.output<S> | null {
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    const found: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.');
      found[field] ??= issueText(field, issue.message);
    }
    setErrors(found);
    return null;
  }

  /** Sends one change; a refusal naming a field of the open form goes next to it, any other above. */
  async function send(run: () => Promise<unknown>, done: string, fields: readonly string[] = []) {
    setBusy(true);
    setStatus(null);
    try {
      await run();
      key.current = crypto.randomUUID();
      setMode(null);
      setValues({});
      setErrors({});
      setStatus({ kind: 'success', text: done });
    } catch (failure) {
      const refusal = requestError(failure);
      if (refusal.field && fields.includes(refusal.field)) setErrors({ [refusal.field]: refusal.message });
      else setStatus({ kind: 'error', text: refusal.message });
    }
    setBusy(false);
  }

  const options = { refetchQueries: REFETCH, awaitRefetchQueries: true };
  const idempotencyKey = () => key.current;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!mode) return;
    setErrors({});
    const fields = FORM_FIELDS[mode];
    if (mode === 'issue') {
      const input = checked(issueCardSchema, { cardNumber: values.cardNumber ?? '', pin: values.pin ?? '' });
      if (input) await send(() => client.mutate({ mutation: IssueMemberCardMutation, variables: { input: { memberId, ...input, idempotencyKey: idempotencyKey() } }, ...options }), t('issued', { number: input.cardNumber }), fields);
    } else if (mode === 'lock') {
      const input = checked(lockCardSchema, { reason: values.reason ?? '' });
      if (input) await send(() => client.mutate({ mutation: LockMemberCardMutation, variables: { input: { memberId, ...input, idempotencyKey: idempotencyKey() } }, ...options }), t('lockedDone'), fields);
    } else if (mode === 'replace') {
      const input = checked(replaceCardSchema, { cardNumber: values.cardNumber ?? '', pin: values.pin ?? '', reason: values.reason ?? '' });
      if (input) await send(() => client.mutate({ mutation: ReplaceMemberCardMutation, variables: { input: { memberId, ...input, idempotencyKey: idempotencyKey() } }, ...options }), t('replacedDone', { number: input.cardNumber }), fields);
    } else {
      const input = checked(setPinSchema, { pin: values.pin ?? '' });
      // Blank here is a slip, not "clear": clearing has its own button.
      if (input && input.pin === null) setErrors({ pin: issueText('pin', 'required') });
      else if (input) await send(() => client.mutate({ mutation: SetMemberCardPinMutation, variables: { input: { memberId, pin: input.pin, idempotencyKey: idempotencyKey() } }, ...options }), t('pinSaved'), fields);
    }
  }

  function unlock() {
    void send(() => client.mutate({ mutation: UnlockMemberCardMutation, variables: { input: { memberId, idempotencyKey: idempotencyKey() } }, ...options }), t('unlockedDone'));
  }

  function clearPin() {
    void send(() => client.mutate({ mutation: SetMemberCardPinMutation, variables: { input: { memberId, pin: null, idempotencyKey: idempotencyKey() } }, ...options }), t('pinCleared'));
  }

  const field = (name: 'cardNumber' | 'pin' | 'reason', required: boolean) => {
    const props = {
      cardNumber: { maxLength: CARD_LIMITS.cardNumberMax, autoComplete: 'off', hint: t('cardNumberHint', { min: CARD_LIMITS.cardNumberMin, max: CARD_LIMITS.cardNumberMax }) },
      pin: { maxLength: CARD_LIMITS.pinMax, autoComplete: 'off', inputMode: 'numeric' as const, hint: t('pinHint', { min: CARD_LIMITS.pinMin, max: CARD_LIMITS.pinMax }) },
      reason: { maxLength: CARD_LIMITS.reason, autoComplete: 'off', hint: undefined },
    }[name];
    const { hint, ...input } = props;
    return (
      <FormField name={name} label={t(name === 'pin' && mode !== 'pin' ? 'pinOptional' : name)} required={required} hint={hint} error={errors[name]}>
        {(control) => (
          <input {...control} {...input} className="input" type={name === 'pin' ? 'password' : 'text'} value={values[name] ?? ''} onChange={(event) => set(name)(event.target.value)} data-testid={`member-card-${name}`} />
        )}
      </FormField>
    );
  };

  return (
    <section className="card" aria-labelledby="member-cards-title" data-testid="member-cards">
      <h2 id="member-cards-title">{t('title')}</h2>
      {error ? <StatusMessage status={{ kind: 'error', text: requestError(error).message }} /> : null}
      <StatusMessage status={status} testId="member-cards-status" />
      {!data && loading ? <p className="muted">{t('loading')}</p> : null}
      {data && !current ? (
        <p className="muted" data-testid="member-card-none">
          {t('none')}
        </p>
      ) : null}
      {current ? (
        <dl className="details" data-testid="member-card-current" data-status={current.status}>
          <div className="detail">
            <dt>{t('cardNumber')}</dt>
            <dd data-testid="member-card-number">{current.cardNumber}</dd>
          </div>
          <div className="detail">
            <dt>{t('status')}</dt>
            <dd data-testid="member-card-status">
              {t(`statusName.${current.status}`)}
              {current.status === 'LOCKED' && current.lockedAt ? ` · ${t('lockedOn', { date: date(current.lockedAt), reason: current.reason ?? '' })}` : null}
            </dd>
          </div>
          <div className="detail">
            <dt>{t('pin')}</dt>
            <dd data-testid="member-card-has-pin">{current.hasPin ? t('pinSet') : t('pinNone')}</dd>
          </div>
          <div className="detail">
            <dt>{t('issuedAt')}</dt>
            <dd>{date(current.issuedAt)}</dd>
          </div>
        </dl>
      ) : null}
      {data && mode === null ? (
        <div className="button-row">
          {!current ? <Action label={t('issue')} onClick={() => open('issue')} testId="member-card-issue" /> : null}
          {current?.status === 'ACTIVE' ? <Action label={t('lock')} onClick={() => open('lock')} testId="member-card-lock" /> : null}
          {current?.status === 'LOCKED' ? <Action label={t('unlock')} onClick={unlock} busy={busy} testId="member-card-unlock" /> : null}
          {current ? <Action label={t('replace')} onClick={() => open('replace')} testId="member-card-replace" /> : null}
          {current ? <Action label={current.hasPin ? t('changePin') : t('setPin')} onClick={() => open('pin')} testId="member-card-set-pin" /> : null}
          {current?.hasPin ? <Action label={t('clearPin')} onClick={clearPin} busy={busy} testId="member-card-clear-pin" /> : null}
        </div>
      ) : null}
      {mode ? (
        <form className="form" onSubmit={(event) => void submit(event)} aria-label={t(`formTitle.${mode}`)} data-testid={`member-card-form-${mode}`} noValidate>
          <h3>{t(`formTitle.${mode}`)}</h3>
          {mode === 'issue' || mode === 'replace' ? field('cardNumber', true) : null}
          {mode === 'lock' || mode === 'replace' ? field('reason', true) : null}
          {mode !== 'lock' ? field('pin', mode === 'pin') : null}
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy} data-testid="member-card-submit">
              {t(`submit.${mode}`)}
            </button>
            <button type="button" className="button button--secondary" onClick={() => open(null)} data-testid="member-card-cancel">
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {replaced.length > 0 ? <ReplacedCards cards={replaced} date={date} /> : null}
    </section>
  );
}

function Action({ label, onClick, busy = false, testId }: { label: string; onClick: () => void; busy?: boolean; testId: string }) {
  return (
    <button type="button" className="button button--secondary" onClick={onClick} disabled={busy} aria-busy={busy} data-testid={testId}>
      {label}
    </button>
  );
}

/** The cards she held before, newest first: when each was replaced, by which number and why. */
function ReplacedCards({ cards, date }: { cards: MemberCardRowFragment[]; date: (iso: string) => string }) {
  const t = useTranslations('prepaid.cards');
  return (
    <TableScroll label={t('history')}>
      <table className="data-table" data-testid="member-card-history">
        <caption>{t('history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cardNumber')}</th>
            <th scope="col">{t('issuedAt')}</th>
            <th scope="col">{t('replacedAt')}</th>
            <th scope="col">{t('replacedBy')}</th>
            <th scope="col">{t('reason')}</th>
          </tr>
        </thead>
        <tbody>
          {cards.map((card) => (
            <tr key={card.id} data-testid="member-card-replaced">
              <td>{card.cardNumber}</td>
              <td>{date(card.issuedAt)}</td>
              <td>{date(card.updatedAt)}</td>
              <td>{card.replacedBy?.cardNumber ?? ''}</td>
              <td>{card.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
