'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { graphqlFetch } from '@/lib/graphql-fetch';
import type { CommentItem, PageOf } from './types';

const MAX_COMMENT = 2000;

const ADD = `mutation AddMemberComment($memberId: ID!, $body: String!) {
  addMemberComment(memberId: $memberId, body: $body) { id body createdAt author { displayName } }
}`;

const MORE = `query MoreMemberComments($id: ID!, $after: String) {
  member(id: $id) { comments(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id body createdAt author { displayName } } } }
}`;

/** 評論: dated comments by staff, newest first, and a form to add one. */
export function CommentsPanel({ memberId, initial }: { memberId: string; initial: PageOf<CommentItem> }) {
  const t = useTranslations('members.profile.comments');
  const locale = useLocale();
  const format = useFormatter();
  const [comments, setComments] = useState(initial.nodes);
  const [total, setTotal] = useState(initial.totalCount);
  const [cursor, setCursor] = useState(initial.pageInfo.hasNextPage ? initial.pageInfo.endCursor : null);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = body.trim();
    if (!text) {
      setError(t('required'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const data = await graphqlFetch<{ addMemberComment: CommentItem }>(ADD, { memberId, body: text }, locale);
      setComments((previous) => [data.addMemberComment, ...previous]);
      setTotal((previous) => previous + 1);
      setBody('');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
    setPending(false);
  }

  async function more() {
    try {
      const data = await graphqlFetch<{ member: { comments: PageOf<CommentItem> } }>(MORE, { id: memberId, after: cursor }, locale);
      const page = data.member.comments;
      setComments((previous) => [...previous, ...page.nodes.filter((c) => !previous.some((p) => p.id === c.id))]);
      setCursor(page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <section className="card profile-section" aria-labelledby="comments-title" data-testid="member-comments">
      <h2 id="comments-title">
        {t('title')} <span className="muted">({total})</span>
      </h2>
      <form className="form" onSubmit={add} noValidate>
        <div className="field">
          <label htmlFor="comment-body">{t('label', { max: MAX_COMMENT })}</label>
          <textarea
            id="comment-body"
            className="input textarea"
            rows={3}
            maxLength={MAX_COMMENT}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            aria-invalid={error ? true : undefined}
            data-testid="comment-body"
          />
          {error ? (
            <p className="field__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="comment-add">
            {t('add')}
          </button>
        </div>
      </form>
      {comments.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <ol className="comment-list" data-testid="comment-list">
          {comments.map((comment) => (
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
      {cursor ? (
        <button type="button" className="button button--secondary" onClick={more}>
          {t('more')}
        </button>
      ) : null}
    </section>
  );
}
