import { In, type DataSource } from 'typeorm';
import { Member } from '../../entities';
import type { Viewer } from '../auth/viewer';
import { selectionIdBatches, type Selection } from '../selections/member-selection.service';
import { hasAddress, MAX_LABELS_PER_PAGE, type LabelMember } from './label-sheet';

/** Members without an address listed by name on one page; the rest are only counted. */
const MISSING_SHOWN = 200;
/** Members read for one page at most, so a selection of mostly address-less members still loads quickly. */
const SCAN_FACTOR = 10;

export type LabelPage = {
  labelled: LabelMember[];
  /** The first members of this page's range that have no address. */
  withoutAddress: LabelMember[];
  /** How many members of this page's range have no address. */
  withoutAddressCount: number;
  /** Pass as `after` for the next page of labels; null when this page reaches the end. */
  nextAfter: number | null;
};

/**
 * One printable page of the selection's labels, in member id order after `after`: up to `limit`
 * members with an address, plus those without one in the same range. At most `limit × 10`
 * members are read for a page; the next page goes on from there.
 */
export async function loadLabelPage(
  ds: DataSource,
  viewer: Viewer,
  selection: Selection,
  options: { after?: number; limit?: number } = {},
): Promise<LabelPage> {
  const limit = options.limit ?? MAX_LABELS_PER_PAGE;
  const page: LabelPage = { labelled: [], withoutAddress: [], withoutAddressCount: 0, nextAfter: null };
  let scanned = 0;
  let lastId = 0;
  for await (const ids of selectionIdBatches(ds, viewer, selection, 1_000, options.after ?? 0)) {
    const members: LabelMember[] = await ds.getRepository(Member).find({
      select: { id: true, memberNo: true, lastName: true, firstName: true, gender: true, address: true },
      where: { id: In(ids) },
      order: { id: 'ASC' },
    });
    for (const member of members) {
      if (page.labelled.length === limit || scanned === limit * SCAN_FACTOR) {
        page.nextAfter = lastId;
        return page;
      }
      scanned += 1;
      lastId = member.id;
      if (hasAddress(member)) {
        page.labelled.push(member);
      } else {
        page.withoutAddressCount += 1;
        if (page.withoutAddress.length < MISSING_SHOWN) page.withoutAddress.push(member);
      }
    }
  }
  return page;
}
