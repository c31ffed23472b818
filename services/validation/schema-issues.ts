/**
 * How the input schemas (zod) word their issues so the forms and the server say the same thing:
 * an issue's message is a message key under `errors` with its parameters ("tooLong?max=50"), and
 * its path is the plain field name the API reports. Pure: zod only.
 */
import { z } from 'zod';

export type IssueParams = Record<string, string | number>;

/** A message key with its parameters, as a zod issue's message: "tooLong?max=50". */
export function issueMessage(key: string, params?: IssueParams): string {
  const entries = Object.entries(params ?? {});
  return entries.length ? `${key}?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}` : key;
}

/** The key and parameters of an issue's message; numbers come back as numbers. */
export function readIssue(message: string): { key: string; params: IssueParams } {
  const [key, query = ''] = message.split('?');
  const params: IssueParams = {};
  for (const [name, value] of new URLSearchParams(query)) params[name] = /^-?\d+$/.test(value) ? Number(value) : value;
  return { key, params };
}

/** The first issue of a failed parse as field, key and parameters, in the order the schema lists the fields. */
export function firstIssue(error: z.ZodError): { field: string; key: string; params: IssueParams } {
  const issue = error.issues[0];
  return { field: issue.path.map(String).join('.'), ...readIssue(issue.message) };
}

/** Adds the issue `key` to the value being checked; the transform's result is then never used. */
export function refuse(ctx: z.RefinementCtx, key: string, params?: IssueParams): never {
  ctx.addIssue({ code: 'custom', message: issueMessage(key, params) });
  return z.NEVER;
}
