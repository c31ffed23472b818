/**
 * What staff type as a comment on a member, shared by the member page's comment form and the
 * comment service. Its own module so the member page does not load the member form's phone and
 * identity-card rules (libphonenumber-js's metadata) to check a comment. Pure: zod only.
 */
import { z } from 'zod';
import { requiredText } from '../validation/text-fields';

/** The size of `member_comments.body`. */
export const COMMENT_MAX = 2000;

/** A comment on a member: 1–2,000 characters after trimming. */
export const commentSchema = z.object({ body: requiredText(COMMENT_MAX) });
