'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useIssueText } from '@/lib/forms/issue-text';
import { AddMemberCommentMutation, MoreMemberCommentsQuery } from '@/components/members/form/member-form-documents';
import type { MemberCommentsPageFragment } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { COMMENT_MAX, commentSchema } from '@/services/members/member-comment-input.schema';

type CommentInput = z.input<typeof commentSchema>;
type Comment = z.output<typeof commentSchema>;

/** 評論: dated comments by staff, newest first, and a form to add one, checked with the server's schema. */
export function CommentsPanel({ memberId, initial }: { memberId: string; initial: MemberCommentsPageFragment }) {
  const t = useTranslations('members.profile.comments');
  const issueText = useIssueText();
  const format = useFormatter();
  const client = useApolloClient();
  const [addComment] = useMutation(AddMemberCommentMutation);
  const { register, handleSubmit, reset, setError, formState } = useForm<CommentInput, unknown, Comment>({
    resolver: zodResolver(commentSchema),
    defaultValues: { body: '' },
  });
  const [comments, setComments] = useState(initial.nodes);
  const [total, setTotal] = useState(initial.totalCount);
  const [cursor, setCursor] = useState(initial.pageInfo.hasNextPage ? initial.pageInfo.endCursor : null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const bodyError = formState.errors.body;
  const error = bodyError?.message ? (bodyError.type === 'server' ? bodyError.message : issueText('body', bodyError.message)) : loadError;

  async function add({ body }: Comment) {
    try {
      const { data } = await addComment({ variables: { memberId, body } });
      if (!data) return;
      setComments((previous) => [data.addMemberComment, ...previous]);
      setTotal((previous) => previous + 1);
      reset({ body: '' });
    } catch (failure) {
      setError('body', { type: 'server', message: requestError(failure).message });
    }
  }

  async function more() {
    try {
      const { data } = await client.query({ query: MoreMemberCommentsQuery, variables: { id: memberId, after: cursor }, fetchPolicy: 'no-cache' });
      const page = data?.member.comments;
      if (!page) return;
      setComments((previous) => [...previous, ...page.nodes.filter((c) => !previous.some((p) => p.id === c.id))]);
      setCursor(page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null);
    } catch (failure) {
      setLoadError(requestError(failure).message);
    }
  }

  return (
    <section className="card profile-section" aria-labelledby="comments-title" data-testid="member-comments">
      <h2 id="comments-title">
        {t('title')} <span className="muted">({total})</span>
      </h2>
      <form className="form" onSubmit={handleSubmit(add)} noValidate>
        <div className="field">
          <label htmlFor="comment-body">{t('label', { max: COMMENT_MAX })}</label>
          <textarea
            id="comment-body"
            className="input textarea"
            rows={3}
            maxLength={COMMENT_MAX}
            {...register('body')}
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
          <button type="submit" className="button button--primary" disabled={formState.isSubmitting} aria-busy={formState.isSubmitting} data-testid="comment-add">
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
