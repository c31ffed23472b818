'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { ContactBooking } from '@/components/appointments/booking/contact-booking';
import { ContactAccountTabs } from '@/components/prepaid/account/contact-account-tabs';
import type { AccountPermissions } from '@/components/prepaid/account/account-permissions';
import type {
  ContactLogItemFragment, ContactMemberCommentsQuery as CommentsData, ContactPageOptionsQuery as Options, ContactPageQuery as PageData,
} from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { useServerData } from '@/lib/apollo/use-server-data';
import { ContactLogForm, type ContactLogFormValues } from './contact-log-form';
import { ContactLogList } from './contact-log-list';
import {
  AddContactLogMutation, ContactPageQuery, ContactPageStateQuery, DeleteContactLogMutation, EndFollowUpMutation, LOGS_PAGE_SIZE, MoreContactLogsQuery,
  UpdateContactLogMutation, type Choice,
} from './contact-page-documents';
import { FollowUpPanel } from './follow-up-panel';
import { MemberNotes } from './member-notes';
import styles from './contact-page.module.css';

export type ContactPageOptions = {
  timeZone: string;
  methods: Choice[];
  statuses: Choice[];
  presetNotes: Options['presetNotes']['nodes'];
};

type Props = {
  data: PageData['contactMember'];
  /** The first page of the member's comments (null when the contact settings hide them). */
  comments: CommentsData['contactMember'];
  options: ContactPageOptions;
  /** What the viewer may do from the member's account tab. */
  accountPermissions: AccountPermissions;
};

/**
 * The contact page (聯絡會員): campaign and member, current status and follow-up, the member's
 * remarks and comments, the contact history and the form to log a contact. The server's answer
 * seeds the Apollo cache, and the page reads the contact member from there: every change reloads
 * its state and the logs shown, and more logs append, so the header and history show what the
 * contact list shows.
 */
export function ContactPageView({ data: initial, comments, options, accountPermissions }: Props) {
  const t = useTranslations('contactPage');
  const format = useFormatter();
  const client = useApolloClient();
  const id = initial.id;
  useServerData(ContactPageQuery, { id }, { contactMember: initial });
  const data = useQuery(ContactPageQuery, { variables: { id }, fetchPolicy: 'cache-only' }).data?.contactMember ?? initial;
  const [addLog] = useMutation(AddContactLogMutation);
  const [updateLog] = useMutation(UpdateContactLogMutation);
  const [deleteLog] = useMutation(DeleteContactLogMutation);
  const [endFollowUpOf] = useMutation(EndFollowUpMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const { campaign, member, logs } = data;

  async function reload(count: number) {
    await client.query({ query: ContactPageStateQuery, variables: { id, first: Math.min(100, Math.max(LOGS_PAGE_SIZE, count)) }, fetchPolicy: 'network-only' });
  }

  async function add(values: ContactLogFormValues) {
    await addLog({ variables: { input: { contactMemberId: id, ...values } } });
    await reload(logs.edges.length + 1);
    setNotice(t('logs.saved'));
  }

  async function update(log: ContactLogItemFragment, values: ContactLogFormValues) {
    await updateLog({ variables: { id: log.id, input: values } });
    await reload(logs.edges.length);
    setNotice(t('logs.saved'));
  }

  async function remove(log: ContactLogItemFragment) {
    await deleteLog({ variables: { id: log.id } });
    await reload(logs.edges.length);
    setNotice(t('logs.deleted'));
  }

  async function endFollowUp(closingNote: string) {
    await endFollowUpOf({ variables: { contactMemberId: id, closingNote } });
    await reload(logs.edges.length);
    setNotice(t('followUp.ended'));
  }

  async function more() {
    setMoreError(null);
    try {
      // The cache appends the page to the logs shown (relay-style pagination).
      await client.query({ query: MoreContactLogsQuery, variables: { id, after: logs.pageInfo.endCursor }, fetchPolicy: 'network-only' });
    } catch (failure) {
      setMoreError(requestError(failure).message);
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
            <dd data-testid="contact-status">{data.status.label}</dd>
          </div>
          <div>
            <dt>{t('salesperson')}:</dt>
            <dd data-testid="contact-salesperson">{`${data.salesperson.displayName} (${data.salesperson.code})`}</dd>
          </div>
          {data.lastContactAt ? (
            <div>
              <dt>{t('lastContact')}:</dt>
              <dd data-testid="contact-last-contact">
                {format.dateTime(new Date(data.lastContactAt), { dateStyle: 'long', timeStyle: 'short', timeZone: options.timeZone })}
              </dd>
            </div>
          ) : null}
        </dl>
        <FollowUpPanel state={data} timeZone={options.timeZone} onEnd={endFollowUp} />
      </section>

      {notice ? (
        <p className="alert alert--success" role="status" data-testid="contact-notice">
          {notice}
        </p>
      ) : null}

      <ContactBooking
        contactMemberId={id}
        member={{ id: member.id, memberNo: member.memberNo, displayName: member.displayName, phones }}
        onBooked={() => reload(logs.edges.length + 1)}
      />

      <MemberNotes remarks={data.memberRemarks} initial={comments} />

      <ContactAccountTabs memberId={member.id} allowed={accountPermissions} />

      <section className="card" aria-labelledby="contact-logs-title" data-testid="contact-logs">
        <h2 id="contact-logs-title">
          {t('logs.title')} <span className="muted">({logs.totalCount})</span>
        </h2>
        <ContactLogList
          logs={logs.edges.map((edge) => edge.node)}
          campaignName={campaign.name}
          timeZone={options.timeZone}
          methods={options.methods}
          statuses={options.statuses}
          presetNotes={options.presetNotes}
          onUpdate={update}
          onDelete={remove}
        />
        {logs.pageInfo.hasNextPage ? (
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
          key={data.status.id}
          timeZone={options.timeZone}
          methods={options.methods}
          statuses={options.statuses}
          presetNotes={options.presetNotes}
          currentStatusId={data.status.id}
          onSubmit={add}
        />
      </section>
    </div>
  );
}
