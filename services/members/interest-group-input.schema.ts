/**
 * The one set of rules for an interest group (會員興趣組別) as an admin types it: the interest
 * groups editor checks with this schema and the interest group service parses with it
 * (parseInput), so both refuse the same values with the same message. Pure: zod only.
 */
import { z } from 'zod';
import { requiredText } from '../validation/text-fields';

export const INTEREST_GROUP_LIMITS = { code: 20, name: 100 } as const;

/** Code 1–20 and name 1–100 characters, trimmed. */
export const interestGroupSchema = z.object({ code: requiredText(INTEREST_GROUP_LIMITS.code), name: requiredText(INTEREST_GROUP_LIMITS.name) });
