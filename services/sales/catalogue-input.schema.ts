/**
 * The one set of rules for the catalogue as staff type it: products (商品), product categories
 * (商品類別) and departments (購買項目部門). The catalogue forms check with these schemas and the
 * catalogue services parse with them, so both refuse the same values with the same message; the
 * services add what needs the database (free code and barcode, an existing category and department).
 * Pure: zod only.
 */
import { z } from 'zod';
import { refuse } from '../validation/schema-issues';
import { optionalText, requiredText } from '../validation/text-fields';
import { codeText, flag, integerIn, MAX_PRICE_CENTS, NAME_MAX, optionalId, translations } from './sales-input-fields';

export const PRODUCT_LIMITS = { code: 30, barcode: 50, maxTaxBasisPoints: 10_000, maxThreshold: 1_000_000 } as const;
export const CATEGORY_LIMITS = { code: 20, maxSortOrder: 9999 } as const;
export const DEPARTMENT_LIMITS = { code: 20 } as const;

/** A barcode as a scanner sends it: digits and letters (Code 128 carries letters), blank for none. */
const barcode = optionalText(PRODUCT_LIMITS.barcode).transform((value, ctx) =>
  value === null || /^[A-Za-z0-9-]+$/.test(value) ? value : refuse(ctx, 'invalidBarcode'),
);

/**
 * Code 1–30; barcode up to 50 letters or digits (blank for none); name 1–100 with translations;
 * optional category and department; price and cost 0 or more cents; tax 0–10000 basis points;
 * low-stock threshold 0 or more.
 */
export const productSchema = z.object({
  code: codeText(PRODUCT_LIMITS.code),
  barcode,
  name: requiredText(NAME_MAX),
  translations,
  categoryId: optionalId,
  departmentId: optionalId,
  priceCents: integerIn(0, MAX_PRICE_CENTS),
  costCents: integerIn(0, MAX_PRICE_CENTS, 0),
  taxRateBasisPoints: integerIn(0, PRODUCT_LIMITS.maxTaxBasisPoints, 0),
  allowNegativeStock: flag(false),
  lowStockThreshold: integerIn(0, PRODUCT_LIMITS.maxThreshold, 0),
  active: flag(true),
});
export type ProductFormInput = z.input<typeof productSchema>;
export type ProductValues = z.output<typeof productSchema>;

/** Code 1–20, name 1–100 with translations, position 0–9999. */
export const categorySchema = z.object({
  code: codeText(CATEGORY_LIMITS.code),
  name: requiredText(NAME_MAX),
  translations,
  sortOrder: integerIn(0, CATEGORY_LIMITS.maxSortOrder, 0),
  active: flag(true),
});
export type CategoryFormInput = z.input<typeof categorySchema>;
export type CategoryValues = z.output<typeof categorySchema>;

/** Code 1–20, name 1–100 with translations. */
export const departmentSchema = z.object({
  code: codeText(DEPARTMENT_LIMITS.code),
  name: requiredText(NAME_MAX),
  translations,
  active: flag(true),
});
export type DepartmentFormInput = z.input<typeof departmentSchema>;
export type DepartmentValues = z.output<typeof departmentSchema>;
