'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphqlFetch } from '@/lib/graphql-fetch';
import { MORE_MEMBER_COMMENTS_QUERY, type CommentItem, type PageOf } from './contact-page-data';

type Props = {
  contactMemberId: string;
  /** Null when the contact settings hide remarks (or there are none). */
  remarks: string | null;
  /** Null when the contact settings hide comments. */
  comments: PageOf<CommentItem> | null;
};

/** 會員備註 and 評論 as the contact settings allow (顯示會員備註 / 顯示會員評註); nothing when both are hidden. */
export function MemberNotes({ contactMemberId, remarks, comments: initial }: Props) {
  const t = useTranslations('contactPage');
  const locale = useLocale();
  const format = useFormatter();
  const [comments, setComments] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  async function more() {
    if (!comments) return;
    setError(null);
    try {
      const data = await graphqlFetch<{ contactMember: { memberComments: PageOf<CommentItem> | null } }>(
        MORE_MEMBER_COMMENTS_QUERY,
        { id: contactMemberId, after: comments.pageInfo.endCursor },
        locale,
      );
      const page = data.contactMember.memberComments;
      if (page) setComments({ ...page, nodes: [...comments.nodes, ...page.nodes.filter((c) => !comments.nodes.some((p) => p.id === c.id))] });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
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
          {comments.nodes.length === 0 ? (
            <p className="muted">{t('comments.empty')}</p>
          ) : (
            <ol className="comment-list" data-testid="contact-member-comments">
              {comments.nodes.map((comment) => (
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
