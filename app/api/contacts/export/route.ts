import 'reflect-metadata';
import type { NextRequest } from 'next/server';
import { DEFAULT_TIME_ZONE } from '../../../../i18n/request';
import { errorResponse, exportCaller, xlsxDownload } from '../../../../lib/export-route';
import { toContactFilter, toContactSort } from '../../../../resolvers/contacts/contact-filter.input';
import type { ContactFilter, ContactSort } from '../../../../services/contacts/contact-filter';
import { viewerTimeZone } from '../../../../services/contacts/contact-list.service';
import { contactScope } from '../../../../services/contacts/contact-scope.service';
import { DomainError, invalidField } from '../../../../services/errors/domain-error';
import { contactExportLabels, contactExportRows, writeContactWorkbook } from '../../../../services/export/contact-export.service';
import { dateIn } from '../../../../services/export/member-export.service';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** A query-string parameter holding JSON (the list's filter or sort, as the page's URL builds them). */
function jsonParam(url: URL, name: string): unknown {
  const raw = url.searchParams.get(name);
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    throw invalidField(name, 'notAnOption');
  }
}

/**
 * GET /api/contacts/export?filter=<json>&sort=<json>&locale=<locale>: the contact list for a
 * filter and sort as an .xlsx download with the list's columns, streamed a batch at a time.
 * Signed-in session or `Authorization: Bearer <token>`; the rows go through the same query as the
 * list, so the viewer's contact scope and the recycle bin apply.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const caller = await exportCaller(req);
  if (caller instanceof Response) return caller;
  const { ds, viewer, locale } = caller;
  const url = new URL(req.url);

  let filter: ContactFilter;
  let sort: ContactSort;
  try {
    filter = await toContactFilter(jsonParam(url, 'filter') as never);
    sort = toContactSort(jsonParam(url, 'sort') as never, 'sort', filter);
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error, locale);
    throw error;
  }

  const [timeZone, scope] = await Promise.all([viewerTimeZone(ds, viewer), contactScope(ds, viewer)]);
  const context = { timeZone, scope, now: new Date() };
  const labels = contactExportLabels(locale);
  const date = dateIn(context.now, timeZone || DEFAULT_TIME_ZONE);
  return xlsxDownload(
    (output) => writeContactWorkbook(output, contactExportRows(ds, viewer, filter, sort, context, labels, locale), labels),
    `contacts-${date}.xlsx`,
    `${labels.fileName}-${date}.xlsx`,
    'contact',
  );
}
