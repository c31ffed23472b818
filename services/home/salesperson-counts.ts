/** A count per salesperson as the database groups it (driver types: numbers or numeric strings). */
export type RawSalespersonCount = { salespersonId: number | string; n: number | string };

export type SalespersonCount = { salespersonId: number; count: number };

/**
 * The rows a manager reads first: most first, so whoever is furthest behind heads the card; ties
 * by salesperson code, in a person's order (IS002 before IS010), then id. Rows of no count are left out.
 */
export function rankSalespersonCounts(raw: readonly RawSalespersonCount[], codeOf: (salespersonId: number) => string): SalespersonCount[] {
  const byCode = new Intl.Collator('en', { numeric: true }).compare;
  return raw
    .map((r) => ({ salespersonId: Number(r.salespersonId), count: Number(r.n) }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || byCode(codeOf(a.salespersonId), codeOf(b.salespersonId)) || a.salespersonId - b.salespersonId);
}
