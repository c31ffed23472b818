/**
 * The catalogue's input rules, shared by its forms and services: products, categories,
 * departments, tender types and stock moves; and the product form's text to input conversion.
 */
import { basisPointsToPercent, BLANK_PRODUCT, percentToBasisPoints, productInputOf, productTextOf } from '@/components/sales/catalogue/product-form-values';
import { categorySchema, departmentSchema, productSchema } from '@/services/sales/catalogue-input.schema';
import { adjustStockSchema, receiveStockSchema, transferStockSchema } from '@/services/sales/stock-input.schema';
import { tenderTypeSchema } from '@/services/sales/tender-type-input.schema';
import { firstIssue } from '@/services/validation/schema-issues';
import type { z } from 'zod';

function refusal(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return firstIssue(result.error!);
}

const PRODUCT = { code: 'P1', name: 'Mask', priceCents: 100 };

describe('productSchema', () => {
  it('fills the defaults and trims', () => {
    expect(productSchema.parse({ ...PRODUCT, code: ' P1 ', barcode: '  ', translations: { en: ' Mask ', th: '' } })).toEqual({
      code: 'P1', barcode: null, name: 'Mask', translations: { en: 'Mask' }, categoryId: null, departmentId: null, priceCents: 100, costCents: 0,
      taxRateBasisPoints: 0, allowNegativeStock: false, lowStockThreshold: 0, active: true,
    });
  });

  it('takes ids as the API sends them', () => {
    expect(productSchema.parse({ ...PRODUCT, categoryId: '3', departmentId: 4 })).toMatchObject({ categoryId: 3, departmentId: 4 });
  });

  it.each([
    [{ code: '' }, 'code', 'required'],
    [{ code: 'P 1' }, 'code', 'invalidCode'],
    [{ code: 'x'.repeat(31) }, 'code', 'tooLong'],
    [{ barcode: '12 34' }, 'barcode', 'invalidBarcode'],
    [{ barcode: '1'.repeat(51) }, 'barcode', 'tooLong'],
    [{ name: ' ' }, 'name', 'required'],
    [{ priceCents: undefined }, 'priceCents', 'required'],
    [{ priceCents: -1 }, 'priceCents', 'outOfRange'],
    [{ priceCents: 1.5 }, 'priceCents', 'outOfRange'],
    [{ costCents: 'abc' }, 'costCents', 'outOfRange'],
    [{ taxRateBasisPoints: 10_001 }, 'taxRateBasisPoints', 'outOfRange'],
    [{ lowStockThreshold: -1 }, 'lowStockThreshold', 'outOfRange'],
    [{ categoryId: 'abc' }, 'categoryId', 'notAnOption'],
    [{ departmentId: 0 }, 'departmentId', 'notAnOption'],
    [{ translations: { zhCN: 'x'.repeat(101) } }, 'translations.zhCN', 'tooLong'],
  ])('refuses %j naming %s', (change, field, key) => {
    expect(refusal(productSchema, { ...PRODUCT, ...change })).toMatchObject({ field, key });
  });
});

describe('categories, departments and tender types', () => {
  it('parses a category and a department', () => {
    expect(categorySchema.parse({ code: 'MASK', name: '面膜' })).toEqual({ code: 'MASK', name: '面膜', translations: null, sortOrder: 0, active: true });
    expect(departmentSchema.parse({ code: 'SKIN', name: '護膚', active: false })).toEqual({ code: 'SKIN', name: '護膚', translations: null, active: false });
    expect(refusal(categorySchema, { code: 'M', name: 'x', sortOrder: 10_000 })).toMatchObject({ field: 'sortOrder', key: 'outOfRange' });
  });

  it('stores tender codes in capitals and lets cash give change unless told otherwise', () => {
    expect(tenderTypeSchema.parse({ code: 'octopus', name: '八達通', kind: 'CARD' })).toMatchObject({ code: 'OCTOPUS', givesChange: false, sortOrder: 0, active: true });
    expect(tenderTypeSchema.parse({ code: 'RMB', name: '人民幣', kind: 'CASH' })).toMatchObject({ givesChange: true });
    expect(tenderTypeSchema.parse({ code: 'RMB', name: '人民幣', kind: 'CASH', givesChange: false })).toMatchObject({ givesChange: false });
    expect(refusal(tenderTypeSchema, { code: 'X', name: 'x', kind: 'GOLD' })).toMatchObject({ field: 'kind', key: 'notAnOption' });
  });
});

describe('stock moves', () => {
  it.each([
    [receiveStockSchema, { quantity: 0 }, 'quantity', 'outOfRange'],
    [receiveStockSchema, {}, 'quantity', 'required'],
    [transferStockSchema, { quantity: -3 }, 'quantity', 'outOfRange'],
    [adjustStockSchema, { delta: 0, reason: 'Count' }, 'delta', 'zeroQuantity'],
    [adjustStockSchema, { delta: -2, reason: ' ' }, 'reason', 'required'],
    [adjustStockSchema, { delta: -2, reason: 'x'.repeat(201) }, 'reason', 'tooLong'],
  ])('refuses a bad move naming the field', (schema, input, field, key) => {
    expect(refusal(schema as z.ZodType, input)).toMatchObject({ field, key });
  });

  it('keeps a signed difference and its reason', () => {
    expect(adjustStockSchema.parse({ delta: -2, reason: ' Broken ' })).toEqual({ delta: -2, reason: 'Broken' });
    expect(receiveStockSchema.parse({ quantity: 5, reason: '' })).toEqual({ quantity: 5, reason: null });
  });
});

describe('the product form', () => {
  it.each([
    ['0', 0], ['7', 700], ['7.5', 750], ['7.25 %', 725], ['12.345', null], ['-1', null], ['abc', null],
  ])('reads the tax %s as %s basis points', (text, points) => {
    expect(percentToBasisPoints(text)).toBe(points);
  });

  it.each([[0, '0'], [700, '7'], [750, '7.5'], [725, '7.25']])('shows %s basis points as %s', (points, text) => {
    expect(basisPointsToPercent(points)).toBe(text);
  });

  it('turns typed text into the API input, amounts in cents', () => {
    const built = productInputOf({ ...BLANK_PRODUCT, code: ' P1 ', barcode: '', name: 'Mask', price: '128.50', cost: '', taxPercent: '7.5', lowStockThreshold: '3', categoryId: '2' });
    expect(built).toEqual({
      input: expect.objectContaining({ code: 'P1', barcode: null, priceCents: 12850, costCents: 0, taxRateBasisPoints: 750, lowStockThreshold: 3, categoryId: '2', departmentId: null }),
    });
    expect(productSchema.safeParse((built as { input: unknown }).input).success).toBe(true);
  });

  it('names the amounts that are not amounts', () => {
    expect(productInputOf({ ...BLANK_PRODUCT, price: '12,3,4x', cost: 'abc', taxPercent: 'lots' })).toEqual({ invalid: ['priceCents', 'costCents', 'taxRateBasisPoints'] });
  });

  it('shows a stored product as it was typed', () => {
    const text = productTextOf({
      code: 'P1', barcode: null, name: 'Mask', translations: { zhHK: null, en: 'Mask', zhCN: null, th: null }, category: { id: '2' }, department: null,
      priceCents: 12850, costCents: 5000, taxRateBasisPoints: 750, lowStockThreshold: 3, allowNegativeStock: false, active: true,
    });
    expect(text).toMatchObject({ barcode: '', price: '128.50', cost: '50', taxPercent: '7.5', categoryId: '2', departmentId: '', translations: { en: 'Mask', zhHK: '' } });
  });
});
