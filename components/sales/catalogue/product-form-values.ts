/**
 * The product form's text as typed and the ProductInput it becomes: money as "128" or "128.50"
 * (integer cents), the tax rate as a percentage with up to two decimals ("7.5" → 750 basis
 * points). Pure; the product schema then checks the input as the server will.
 */
import { centsToMoneyText, parseMoneyToCents } from '@/components/settings/money';

export type ProductFormText = {
  code: string;
  barcode: string;
  name: string;
  translations: { zhHK: string; en: string; zhCN: string; th: string };
  categoryId: string;
  departmentId: string;
  price: string;
  cost: string;
  taxPercent: string;
  lowStockThreshold: string;
  allowNegativeStock: boolean;
  active: boolean;
};

export const BLANK_PRODUCT: ProductFormText = {
  code: '', barcode: '', name: '', translations: { zhHK: '', en: '', zhCN: '', th: '' }, categoryId: '', departmentId: '',
  price: '', cost: '0', taxPercent: '0', lowStockThreshold: '0', allowNegativeStock: false, active: true,
};

/** "7.5" → 750; null when it is not a percentage with at most two decimals. */
export function percentToBasisPoints(text: string): number | null {
  const match = /^(\d{1,5})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/%$/, '').trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 750 → "7.5". */
export function basisPointsToPercent(points: number): string {
  const whole = Math.trunc(points / 100);
  const rest = points % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** A whole number as typed, or the text itself (the schema refuses it as out of range). */
function wholeNumber(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The input for the API, or the fields whose text is not an amount. */
export function productInputOf(text: ProductFormText): { input: Record<string, unknown> } | { invalid: Array<'priceCents' | 'costCents' | 'taxRateBasisPoints'> } {
  const price = text.price.trim() === '' ? null : parseMoneyToCents(text.price);
  const cost = text.cost.trim() === '' ? 0 : parseMoneyToCents(text.cost);
  const tax = text.taxPercent.trim() === '' ? 0 : percentToBasisPoints(text.taxPercent);
  const invalid = [
    ...(text.price.trim() !== '' && price === null ? (['priceCents'] as const) : []),
    ...(cost === null ? (['costCents'] as const) : []),
    ...(tax === null ? (['taxRateBasisPoints'] as const) : []),
  ];
  if (invalid.length) return { invalid };
  const blankToNull = (value: string) => value.trim() || null;
  return {
    input: {
      code: text.code.trim(),
      barcode: blankToNull(text.barcode),
      name: text.name.trim(),
      translations: { zhHK: blankToNull(text.translations.zhHK), en: blankToNull(text.translations.en), zhCN: blankToNull(text.translations.zhCN), th: blankToNull(text.translations.th) },
      categoryId: text.categoryId || null,
      departmentId: text.departmentId || null,
      priceCents: price,
      costCents: cost,
      taxRateBasisPoints: tax,
      lowStockThreshold: wholeNumber(text.lowStockThreshold),
      allowNegativeStock: text.allowNegativeStock,
      active: text.active,
    },
  };
}

type ProductShape = {
  code: string; barcode: string | null; name: string; translations: { zhHK: string | null; en: string | null; zhCN: string | null; th: string | null };
  category: { id: string } | null; department: { id: string } | null; priceCents: number; costCents: number; taxRateBasisPoints: number;
  lowStockThreshold: number; allowNegativeStock: boolean; active: boolean;
};

/** A stored product as the form shows it. */
export function productTextOf(p: ProductShape): ProductFormText {
  return {
    code: p.code, barcode: p.barcode ?? '', name: p.name,
    translations: { zhHK: p.translations.zhHK ?? '', en: p.translations.en ?? '', zhCN: p.translations.zhCN ?? '', th: p.translations.th ?? '' },
    categoryId: p.category?.id ?? '', departmentId: p.department?.id ?? '', price: centsToMoneyText(p.priceCents), cost: centsToMoneyText(p.costCents),
    taxPercent: basisPointsToPercent(p.taxRateBasisPoints), lowStockThreshold: String(p.lowStockThreshold), allowNegativeStock: p.allowNegativeStock, active: p.active,
  };
}
