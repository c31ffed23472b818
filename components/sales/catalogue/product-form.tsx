'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/members/form/form-field';
import type { ProductInput } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { PRODUCT_LIMITS, productSchema } from '@/services/sales/catalogue-input.schema';
import { CreateProductMutation, UpdateProductMutation } from './catalogue-documents';
import { TRANSLATION_KEYS } from './localised-fields';
import { productInputOf, type ProductFormText } from './product-form-values';

type Choice = { id: string; label: string };

/**
 * 新增 / 編輯商品: code, barcode (a scanner types it and presses Enter, which moves on instead of
 * saving), names, category, department, price, cost, tax, stock rules. Checked with the product
 * service's own schema before it is sent; the server's refusal is shown next to the field it names.
 */
export function ProductForm({ productId, initial, categories, departments }: { productId: string | null; initial: ProductFormText; categories: Choice[]; departments: Choice[] }) {
  const t = useTranslations('sales.catalogue');
  const issueText = useIssueText();
  const router = useRouter();
  const [createProduct] = useMutation(CreateProductMutation);
  const [updateProduct] = useMutation(UpdateProductMutation);
  const [text, setText] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  /** A field's error goes away as soon as it is edited; the next save checks again. */
  const clearError = (field: string) => setErrors((current) => Object.fromEntries(Object.entries(current).filter(([name]) => name !== field)));
  const set = <K extends keyof ProductFormText>(key: K, value: ProductFormText[K]) => {
    setText((current) => ({ ...current, [key]: value }));
    clearError(key);
  };
  const setTranslation = (locale: (typeof TRANSLATION_KEYS)[number], value: string) => {
    setText((current) => ({ ...current, translations: { ...current.translations, [locale]: value } }));
    clearError(`translations.${locale}`);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const built = productInputOf(text);
    if ('invalid' in built) {
      setErrors(Object.fromEntries(built.invalid.map((field) => [field, issueText(field, field === 'taxRateBasisPoints' ? 'invalidPercent' : 'invalidAmount')])));
      return;
    }
    const checked = productSchema.safeParse(built.input);
    if (!checked.success) {
      const found: Record<string, string> = {};
      for (const issue of checked.error.issues) {
        const field = issue.path.map(String).join('.');
        found[field] ??= issueText(field, issue.message);
      }
      setErrors(found);
      return;
    }
    const input = built.input as ProductInput;
    setPending(true);
    try {
      const saved = productId
        ? (await updateProduct({ variables: { id: productId, input } })).data?.updateProduct
        : (await createProduct({ variables: { input } })).data?.createProduct;
      router.push(`/sales/products/${saved?.id ?? productId}?saved=1`);
      router.refresh();
    } catch (failure) {
      const { message, field } = requestError(failure);
      const name = field?.replace(/^input\./, '');
      if (name) setErrors({ [name]: message });
      else setFormError(message);
    } finally {
      setPending(false);
    }
  }

  const textField = (name: 'code' | 'barcode' | 'name', label: string, max: number, options: { required?: boolean; hint?: string; scanner?: boolean } = {}) => (
    <FormField name={name} label={label} required={options.required} hint={options.hint} error={errors[name]}>
      {(control) => (
        <input
          {...control}
          className="input"
          value={text[name]}
          maxLength={max}
          onChange={(e) => set(name, e.target.value)}
          // A scanner ends with Enter: keep the form open, move to the next field.
          onKeyDown={options.scanner ? (e) => e.key === 'Enter' && e.preventDefault() : undefined}
          autoComplete="off"
          data-testid={`product-${name}`}
        />
      )}
    </FormField>
  );

  const amountField = (name: 'price' | 'cost' | 'taxPercent', field: 'priceCents' | 'costCents' | 'taxRateBasisPoints', label: string, hint: string, required = false) => (
    <FormField name={field} label={label} required={required} hint={hint} error={errors[field]}>
      {(control) => (
        <input {...control} className="input" inputMode="decimal" value={text[name]} onChange={(e) => { set(name, e.target.value); clearError(field); }} data-testid={`product-${field}`} />
      )}
    </FormField>
  );

  return (
    <form className="form card" onSubmit={submit} noValidate data-testid="product-form">
      {formError ? <p className="alert alert--error" role="alert" data-testid="product-form-error">{formError}</p> : null}
      <fieldset className="form-section">
        <legend>{t('form.details')}</legend>
        <div className="form-grid">
          {textField('code', t('code'), PRODUCT_LIMITS.code, { required: true, hint: t('codeHint') })}
          {textField('barcode', t('barcode'), PRODUCT_LIMITS.barcode, { hint: t('form.barcodeHint'), scanner: true })}
          {textField('name', t('name'), 100, { required: true })}
          <FormField name="categoryId" label={t('category')} error={errors.categoryId}>
            {(control) => (
              <select {...control} className="select select--block" value={text.categoryId} onChange={(e) => set('categoryId', e.target.value)} data-testid="product-categoryId">
                <option value="">{t('form.noCategory')}</option>
                {categories.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
              </select>
            )}
          </FormField>
          <FormField name="departmentId" label={t('department')} error={errors.departmentId}>
            {(control) => (
              <select {...control} className="select select--block" value={text.departmentId} onChange={(e) => set('departmentId', e.target.value)} data-testid="product-departmentId">
                <option value="">{t('form.noDepartment')}</option>
                {departments.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
              </select>
            )}
          </FormField>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('form.translations')}</legend>
        <div className="form-grid">
          {TRANSLATION_KEYS.map((locale) => (
            <FormField key={locale} name={`translations.${locale}`} label={t(`translation.${locale}`)} error={errors[`translations.${locale}`]}>
              {(control) => <input {...control} className="input" maxLength={100} value={text.translations[locale]} onChange={(e) => setTranslation(locale, e.target.value)} />}
            </FormField>
          ))}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('form.pricing')}</legend>
        <div className="form-grid">
          {amountField('price', 'priceCents', t('price'), t('form.moneyHint'), true)}
          {amountField('cost', 'costCents', t('cost'), t('form.moneyHint'))}
          {amountField('taxPercent', 'taxRateBasisPoints', t('taxRate'), t('form.taxHint'))}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('form.stock')}</legend>
        <div className="form-grid">
          <FormField name="lowStockThreshold" label={t('lowStockThreshold')} hint={t('form.thresholdHint')} error={errors.lowStockThreshold}>
            {(control) => <input {...control} className="input" inputMode="numeric" value={text.lowStockThreshold} onChange={(e) => set('lowStockThreshold', e.target.value)} data-testid="product-lowStockThreshold" />}
          </FormField>
        </div>
        <div>
          <label className="checkbox">
            <input type="checkbox" checked={text.allowNegativeStock} onChange={(e) => set('allowNegativeStock', e.target.checked)} data-testid="product-allowNegativeStock" />
            {t('allowNegativeStock')}
          </label>
        </div>
        <div>
          <label className="checkbox">
            <input type="checkbox" checked={text.active} onChange={(e) => set('active', e.target.checked)} data-testid="product-active" />
            {t('active')}
          </label>
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="product-save">
          {t('form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => router.push('/sales/products')}>
          {t('form.back')}
        </button>
      </div>
    </form>
  );
}
