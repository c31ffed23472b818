'use client';

import { useApolloClient, useQuery } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ContactMemberCommentsQuery as CommentsData } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { useServerData } from '@/lib/apollo/use-server-data';
import { ContactMemberCommentsQuery } from './contact-page-documents';

type Props = {
  /** Null when the contact settings hide remarks (or there are none). */
  remarks: string | null;
  /** The first page of comments as the server rendered it; memberComments is null when the contact settings hide them. */
  initial: CommentsData['contactMember'];
};

/** 會員備註 and 評論 as the contact settings allow (顯示會員備註 / 顯示會員評註); nothing when both are hidden. */
export function MemberNotes({ remarks, initial }: Props) {
  const t = useTranslations('contactPage');
  const format = useFormatter();
  const client = useApolloClient();
  const contactMemberId = initial.id;
  // Hidden comments stay out of the cache: relay-style pagination would keep an empty list for null.
  const hidden = initial.memberComments === null;
  const variables = { id: contactMemberId, after: null };
  useServerData(ContactMemberCommentsQuery, variables, hidden ? null : { contactMember: initial });
  const cached = useQuery(ContactMemberCommentsQuery, { variables, fetchPolicy: 'cache-only', skip: hidden }).data;
  const comments = hidden ? null : (cached?.contactMember.memberComments ?? initial.memberComments);
  const [error, setError] = useState<string | null>(null);

  async function more() {
    if (!comments) return;
    setError(null);
    try {
      // The cache appends the page to the comments the contact page shows (relay-style pagination).
      await client.query({ query: ContactMemberCommentsQuery, variables: { id: contactMemberId, after: comments.pageInfo.endCursor }, fetchPolicy: 'network-only' });
    } catch (failure) {
      setError(requestError(failure).message);
    }
  }

  if (remarks === null && comments === null) return null;
  return (
    <section className="card profile-section" aria-labelledby="contact-member-notes" data-testid="contact-member-notes">
      {remarks !== null ? (
        <>
          <h2 id="contact-member-notes">{t('remarks')}</h2>
          <p className="remarks" data-testid="contact-member-remarks">
            {remarks}
          </p>
        </>
      ) : null}
      {comments ? (
        <>
          <h2 id={remarks === null ? 'contact-member-notes' : undefined}>
            {t('comments.title')} <span className="muted">({comments.totalCount})</span>
          </h2>
          {comments.edges.length === 0 ? (
            <p className="muted">{t('comments.empty')}</p>
          ) : (
            <ol className="comment-list" data-testid="contact-member-comments">
              {comments.edges.map(({ node: comment }) => (
                <li key={comment.id} className="comment">
                  <p className="comment__meta muted">
                    {format.dateTime(new Date(comment.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}
                    {comment.author ? ` · ${comment.author.displayName}` : ''}
                  </p>
                  <p className="comment__body">{comment.body}</p>
                </li>
              ))}
            </ol>
          )}
          {comments.pageInfo.hasNextPage ? (
            <button type="button" className="button button--secondary" onClick={more}>
              {t('comments.more')}
            </button>
          ) : null}
          {error ? (
            <p className="alert alert--error" role="alert">
              {error}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
