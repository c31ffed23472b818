import 'reflect-metadata';
import type { NextRequest } from 'next/server';
import { parseId } from '../../../../graphql/ids';
import { DEFAULT_TIME_ZONE } from '../../../../i18n/request';
import { errorResponse, exportCaller, xlsxDownload } from '../../../../lib/export-route';
import { DomainError } from '../../../../services/errors/domain-error';
import { dateIn, exportLabels, memberExportRows, writeMemberWorkbook } from '../../../../services/export/member-export.service';
import { loadMemberSelection } from '../../../../services/selections/member-selection.service';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET /api/members/export?selection=<id>&locale=<locale>: the viewer's saved selection as an
 * .xlsx download, streamed row by row. Signed-in session or `Authorization: Bearer <token>`;
 * only the selection's owner may export it, and only the members they may see are in it.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const caller = await exportCaller(req);
  if (caller instanceof Response) return caller;
  const { ds, viewer, locale } = caller;

  let selection;
  try {
    selection = await loadMemberSelection(ds, viewer, parseId(new URL(req.url).searchParams.get('selection') ?? '', 'selection'));
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error, locale);
    throw error;
  }

  const labels = exportLabels(locale);
  const date = dateIn(new Date(), DEFAULT_TIME_ZONE);
  return xlsxDownload(
    (output) => writeMemberWorkbook(output, memberExportRows(ds, viewer, selection, labels), labels),
    `members-${date}.xlsx`,
    `${labels.fileName}-${date}.xlsx`,
    'member',
  );
}
