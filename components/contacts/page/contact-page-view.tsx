'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { ContactBooking } from '@/components/appointments/booking/contact-booking';
import { graphqlFetch } from '@/lib/graphql-fetch';
import { ContactLogForm, type ContactLogFormValues } from './contact-log-form';
import { ContactLogList } from './contact-log-list';
import {
  ADD_CONTACT_LOG, CONTACT_STATE_QUERY, DELETE_CONTACT_LOG, END_FOLLOW_UP, LOGS_PAGE_SIZE, MORE_LOGS_QUERY, UPDATE_CONTACT_LOG,
  type ContactLogItem, type ContactPageData, type ContactPageOptions, type ContactState, type PageOf,
} from './contact-page-data';
import { FollowUpPanel } from './follow-up-panel';
import { MemberNotes } from './member-notes';
import styles from './contact-page.module.css';

type Props = { data: ContactPageData; options: ContactPageOptions };

/**
 * The contact page (聯絡會員): campaign and member, current status and follow-up, the member's
 * remarks and comments, the contact history and the form to log a contact. Every change reloads
 * the contact member's state, so the header and history show what the contact list shows.
 */
export function ContactPageView({ data, options }: Props) {
  const t = useTranslations('contactPage');
  const locale = useLocale();
  const format = useFormatter();
  const [state, setState] = useState<ContactState>(data);
  const [notice, setNotice] = useState<string | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const id = data.id;
  const { campaign, member } = data;

  async function reload(count: number) {
    const result = await graphqlFetch<{ contactMember: ContactState }>(CONTACT_STATE_QUERY, { id, first: Math.min(100, Math.max(LOGS_PAGE_SIZE, count)) }, locale);
    setState(result.contactMember);
  }

  async function add(values: ContactLogFormValues) {
    await graphqlFetch(ADD_CONTACT_LOG, { input: { contactMemberId: id, ...values } }, locale);
    await reload(state.logs.nodes.length + 1);
    setNotice(t('logs.saved'));
  }

  async function update(log: ContactLogItem, values: ContactLogFormValues) {
    await graphqlFetch(UPDATE_CONTACT_LOG, { id: log.id, input: values }, locale);
    await reload(state.logs.nodes.length);
    setNotice(t('logs.saved'));
  }

  async function remove(log: ContactLogItem) {
    await graphqlFetch(DELETE_CONTACT_LOG, { id: log.id }, locale);
    await reload(state.logs.nodes.length);
    setNotice(t('logs.deleted'));
  }

  async function endFollowUp(closingNote: string) {
    await graphqlFetch(END_FOLLOW_UP, { contactMemberId: id, closingNote }, locale);
    await reload(state.logs.nodes.length);
    setNotice(t('followUp.ended'));
  }

  async function more() {
    setMoreError(null);
    try {
      const result = await graphqlFetch<{ contactMember: { logs: PageOf<ContactLogItem> } }>(MORE_LOGS_QUERY, { id, after: state.logs.pageInfo.endCursor }, locale);
      const page = result.contactMember.logs;
      setState((previous) => ({
        ...previous,
        logs: { ...page, nodes: [...previous.logs.nodes, ...page.nodes.filter((log) => !previous.logs.nodes.some((p) => p.id === log.id))] },
      }));
    } catch (failure) {
      setMoreError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  const codes = [
    campaign.offerCode ? t('offerCode', { code: campaign.offerCode }) : null,
    campaign.analysisCode ? t('analysisCode', { code: campaign.analysisCode }) : null,
  ].filter(Boolean);
  const phones = [member.phone, member.phone2].filter(Boolean).join(', ');

  return (
    <div className={styles.sections}>
      <section className={`card ${styles.header}`} aria-labelledby="contact-campaign" data-testid="contact-header">
        <p id="contact-campaign" className={styles.campaign} data-testid="contact-campaign">
          {`${campaign.name} (${campaign.code})`}
          {codes.length ? `, ${codes.join(', ')}` : ''}
        </p>
        <dl className={styles.facts}>
          <div>
            <dt>{t('member')}:</dt>
            <dd data-testid="contact-member">{`${member.displayName} (${member.memberNo})`}</dd>
          </div>
          <div>
            <dt>{t('phones')}:</dt>
            <dd data-testid="contact-phones">{phones || '—'}</dd>
          </div>
          <div>
            <dt>{t('status')}:</dt>
            <dd data-testid="contact-status">{state.status.label}</dd>
          </div>
          <div>
            <dt>{t('salesperson')}:</dt>
            <dd data-testid="contact-salesperson">{`${data.salesperson.displayName} (${data.salesperson.code})`}</dd>
          </div>
          {state.lastContactAt ? (
            <div>
              <dt>{t('lastContact')}:</dt>
              <dd data-testid="contact-last-contact">
                {format.dateTime(new Date(state.lastContactAt), { dateStyle: 'long', timeStyle: 'short', timeZone: options.timeZone })}
              </dd>
            </div>
          ) : null}
        </dl>
        <FollowUpPanel state={state} timeZone={options.timeZone} onEnd={endFollowUp} />
      </section>

      {notice ? (
        <p className="alert alert--success" role="status" data-testid="contact-notice">
          {notice}
        </p>
      ) : null}

      <ContactBooking
        contactMemberId={id}
        member={{ id: member.id, memberNo: member.memberNo, displayName: member.displayName, phones }}
        onBooked={() => reload(state.logs.nodes.length + 1)}
      />

      <MemberNotes contactMemberId={id} remarks={data.memberRemarks} comments={data.memberComments} />

      <section className="card" aria-labelledby="contact-logs-title" data-testid="contact-logs">
        <h2 id="contact-logs-title">
          {t('logs.title')} <span className="muted">({state.logs.totalCount})</span>
        </h2>
        <ContactLogList
          logs={state.logs.nodes}
          campaignName={campaign.name}
          timeZone={options.timeZone}
          methods={options.methods}
          statuses={options.statuses}
          presetNotes={options.presetNotes}
          onUpdate={update}
          onDelete={remove}
        />
        {state.logs.pageInfo.hasNextPage ? (
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={more} data-testid="log-more">
              {t('logs.more')}
            </button>
          </div>
        ) : null}
        {moreError ? (
          <p className="alert alert--error" role="alert">
            {moreError}
          </p>
        ) : null}
      </section>

      <section className="card" aria-labelledby="contact-add-title" data-testid="contact-add">
        <h2 id="contact-add-title">{t('form.addTitle')}</h2>
        <ContactLogForm
          // A new status after saving becomes the next log's default.
          key={state.status.id}
          timeZone={options.timeZone}
          methods={options.methods}
          statuses={options.statuses}
          presetNotes={options.presetNotes}
          currentStatusId={state.status.id}
          onSubmit={add}
        />
      </section>
    </div>
  );
}
