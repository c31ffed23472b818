import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { Branch, Product, StockLevel, Treatment } from '../../entities';
import { InvoiceLineKind } from '../../entities/invoice-line.entity';
import type { Page } from '../../graphql/connection';
import type { Locale } from '../../i18n/locales';
import { prefixPattern } from '../campaigns/campaign-rules';
import { labelFor } from '../contact-settings/contact-option-rules';
import { notFound } from '../errors/domain-error';
import { decodeCursor, encodeCursor } from '../pagination/cursor';

/** One line the cashier can ring up: an active product (with its stock at the branch) or treatment. */
export type SellableItemRow = {
  kind: InvoiceLineKind;
  itemId: number;
  code: string;
  barcode: string | null;
  label: string;
  priceCents: number;
  taxRateBasisPoints: number;
  onHand: number | null;
  allowNegativeStock: boolean;
  /** The item's department: whether an offer limited to departments covers it. */
  departmentId: number | null;
};

/** Products come before treatments; inside each, by code then id. The cursor carries the segment. */
const SEGMENT = { [InvoiceLineKind.PRODUCT]: 0, [InvoiceLineKind.TREATMENT]: 1 } as const;

/**
 * What the cashier sells: one read for the search list and one for the barcode scanner. Prices
 * are not secret, so every signed-in staff member may read them; treatments carry no stock.
 */
export class SellableItemService {
  constructor(private readonly ds: DataSource) {}

  /** Active products, then active treatments, whose code, barcode or name contains `search`. */
  async list(branchId: number, search: string | null | undefined, page: { first: number; after?: string | null }, locale: Locale): Promise<Page<SellableItemRow>> {
    await this.requireBranch(branchId);
    const term = search?.trim() || null;
    let segment = 0;
    let afterCode: string | null = null;
    let afterId = 0;
    if (page.after) {
      const [s, code, id] = decodeCursor(page.after, 3);
      segment = Number(s);
      afterCode = String(code);
      afterId = Number(id);
    }
    const rows: SellableItemRow[] = [];
    const want = page.first + 1;
    if (segment === 0) {
      const products = await this.after(this.productQuery(term), 'p', afterCode, afterId).take(want).getMany();
      rows.push(...(await this.productRows(products, branchId, locale)));
    }
    if (rows.length < want) {
      const cursor = segment === 1 ? afterCode : null;
      const treatments = await this.after(this.treatmentQuery(term), 't', cursor, segment === 1 ? afterId : 0).take(want - rows.length).getMany();
      rows.push(...treatments.map(treatmentRow));
    }
    return {
      nodes: rows.slice(0, page.first),
      hasNextPage: rows.length > page.first,
      cursorOf: (row) => encodeCursor([SEGMENT[row.kind], row.code, row.itemId]),
      totalCount: async () => (await this.productQuery(term).getCount()) + (await this.treatmentQuery(term).getCount()),
    };
  }

  /** The scanner's path: an active product by exact barcode or code, else an active treatment by code; null when none. */
  async byCode(branchId: number, code: string, locale: Locale): Promise<SellableItemRow | null> {
    await this.requireBranch(branchId);
    const given = code.trim();
    if (!given) return null;
    const products = await this.ds.getRepository(Product).find({ where: [{ barcode: given, active: true }, { code: given, active: true }] });
    // A barcode wins over another product's code that happens to read the same.
    const product = products.find((p) => p.barcode === given) ?? products[0];
    if (product) return (await this.productRows([product], branchId, locale))[0];
    const treatment = await this.ds.getRepository(Treatment).findOneBy({ code: given, active: true });
    return treatment ? treatmentRow(treatment) : null;
  }

  private async requireBranch(branchId: number): Promise<void> {
    if (!(await this.ds.getRepository(Branch).existsBy({ id: branchId }))) throw notFound('branch');
  }

  private productQuery(term: string | null) {
    const qb = this.ds.getRepository(Product).createQueryBuilder('p').where('p.active = :active', { active: true });
    if (term) {
      qb.andWhere("(p.code LIKE :pattern ESCAPE '!' OR p.barcode LIKE :pattern ESCAPE '!' OR p.name LIKE :pattern ESCAPE '!' OR p.translations LIKE :pattern ESCAPE '!')", {
        pattern: `%${prefixPattern(term)}`,
      });
    }
    return qb;
  }

  private treatmentQuery(term: string | null) {
    const qb = this.ds.getRepository(Treatment).createQueryBuilder('t').where('t.active = :active', { active: true });
    if (term) qb.andWhere("(t.code LIKE :pattern ESCAPE '!' OR t.name LIKE :pattern ESCAPE '!')", { pattern: `%${prefixPattern(term)}` });
    return qb;
  }

  private after<T extends Product | Treatment>(qb: SelectQueryBuilder<T>, alias: string, code: string | null, id: number) {
    qb.orderBy(`${alias}.code`, 'ASC').addOrderBy(`${alias}.id`, 'ASC');
    if (code !== null) qb.andWhere(`(${alias}.code > :afterCode OR (${alias}.code = :afterCode AND ${alias}.id > :afterId))`, { afterCode: code, afterId: id });
    return qb;
  }

  /** The products with their stock at the branch, read in one statement (no row: 0 on hand). */
  private async productRows(products: Product[], branchId: number, locale: Locale): Promise<SellableItemRow[]> {
    if (products.length === 0) return [];
    const levels = await this.ds.getRepository(StockLevel).findBy({ branchId, productId: In(products.map((p) => p.id)) });
    const onHand = new Map(levels.map((l) => [l.productId, l.onHand]));
    return products.map((p) => ({
      kind: InvoiceLineKind.PRODUCT,
      itemId: p.id,
      code: p.code,
      barcode: p.barcode,
      label: labelFor(p, locale),
      priceCents: p.priceCents,
      taxRateBasisPoints: p.taxRateBasisPoints,
      onHand: onHand.get(p.id) ?? 0,
      allowNegativeStock: p.allowNegativeStock,
      departmentId: p.departmentId,
    }));
  }
}

/** Treatments have no translations and no stock; they are never taxed separately (rate 0). */
function treatmentRow(t: Treatment): SellableItemRow {
  return {
    kind: InvoiceLineKind.TREATMENT,
    itemId: t.id,
    code: t.code,
    barcode: null,
    label: t.name,
    priceCents: t.priceCents,
    taxRateBasisPoints: 0,
    onHand: null,
    allowNegativeStock: true,
    departmentId: t.departmentId,
  };
}
