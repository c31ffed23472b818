'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfigEditor, numberValue, type FormValues, type InputResult } from '@/components/settings/config-editor';
import type { GiftInput, GiftRowFragment, GiftsQuery as GiftsPage } from '@/graphql/generated/graphql';
import { GIFT_LIMITS, giftSchema } from '@/services/loyalty/gifts/gift-input.schema';
import { CreateGiftMutation, GiftsQuery, UpdateGiftMutation } from './gift-documents';
import { GiftStockPanel } from './gift-stock-panel';

export type GiftRow = GiftRowFragment;
type Choice = { value: string; label: string };

const text = (value: FormValues[string] | undefined) => String(value ?? '').trim();

/**
 * 禮品管理: gifts with their points price, category and units on hand per branch; "stock" opens a
 * gift's receipts and corrections below the list.
 */
export function GiftsEditor({ rows: initial, categories, branches, defaultBranchId }: { rows: GiftRow[]; categories: Choice[]; branches: Choice[]; defaultBranchId: string }) {
  const t = useTranslations('loyalty.gifts.list');
  const client = useApolloClient();
  const [create] = useMutation(CreateGiftMutation);
  const [update] = useMutation(UpdateGiftMutation);
  // The list keeps its own rows; after a stock move the gifts' levels are read again and shown from here.
  const [stockById, setStockById] = useState<Map<string, GiftRow['stock']>>(new Map());
  const [stockOf, setStockOf] = useState<GiftRow | null>(null);

  async function reload() {
    const all: GiftRow[] = [];
    let after: string | null = null;
    do {
      const result: { data?: GiftsPage } = await client.query({ query: GiftsQuery, variables: { after }, fetchPolicy: 'no-cache' });
      if (!result.data) break;
      all.push(...(result.data.gifts.nodes as GiftRow[]));
      after = result.data.gifts.pageInfo.hasNextPage ? result.data.gifts.pageInfo.endCursor : null;
    } while (after);
    setStockById(new Map(all.map((g) => [g.id, g.stock])));
    setStockOf((current) => (current ? (all.find((g) => g.id === current.id) ?? null) : null));
  }

  const toInput = (values: FormValues): InputResult => ({
    input: {
      code: text(values.code),
      name: text(values.name),
      categoryId: text(values.categoryId) || null,
      pointsPrice: numberValue(values.pointsPrice),
      description: text(values.description) || null,
      active: values.active === true,
    },
  });
  const stockText = (row: GiftRow) => {
    const stock = stockById.get(row.id) ?? row.stock;
    return stock.length ? stock.map((level) => t('stockAt', { branch: level.branch.code, count: level.onHand })).join(' · ') : t('noStock');
  };

  return (
    <>
      <ConfigEditor<GiftRow>
        testId="gifts-editor"
        rows={initial}
        canEdit
        emptyText={t('empty')}
        fields={[
          { name: 'code', label: t('code'), kind: 'text', required: true, maxLength: GIFT_LIMITS.giftCode },
          { name: 'name', label: t('name'), kind: 'text', required: true, maxLength: GIFT_LIMITS.name },
          { name: 'categoryId', label: t('category'), kind: 'select', options: [{ value: '', label: t('noCategory') }, ...categories] },
          { name: 'pointsPrice', label: t('pointsPrice'), kind: 'number', required: true, hint: t('pointsPriceHint', { max: GIFT_LIMITS.pointsPrice }) },
          { name: 'description', label: t('description'), kind: 'lines', maxLength: GIFT_LIMITS.description },
          { name: 'active', label: t('active'), kind: 'checkbox', hint: t('activeHint') },
        ]}
        blank={{ code: '', name: '', categoryId: '', pointsPrice: '', description: '', active: true }}
        valuesOf={(row) => ({ code: row.code, name: row.name, categoryId: row.categoryId ?? '', pointsPrice: String(row.pointsPrice), description: row.description ?? '', active: row.active })}
        toInput={toInput}
        schema={giftSchema}
        sort={(a, b) => a.code.localeCompare(b.code)}
        save={{
          // The input is the GiftInput toInput built above.
          create: async (input) => (await create({ variables: { input: input as GiftInput } })).data?.createGift,
          update: async (row, input) => (await update({ variables: { id: row.id, input: input as GiftInput } })).data?.updateGift,
        }}
        extraActions={(row) => (
          <button type="button" className="button button--secondary" onClick={() => setStockOf(row)} data-testid={`gift-stock-${row.code}`}>
            {t('stock')}
          </button>
        )}
        columns={[
          { header: t('code'), cell: (row) => row.code },
          { header: t('name'), cell: (row) => row.name },
          { header: t('category'), cell: (row) => row.category?.name ?? '' },
          { header: t('pointsPrice'), cell: (row) => t('points', { points: row.pointsPrice }) },
          { header: t('stockColumn'), cell: (row) => <span data-testid={`gift-stock-levels-${row.code}`}>{stockText(row)}</span> },
          { header: t('active'), cell: (row) => (row.active ? t('yes') : t('no')) },
        ]}
      />
      {stockOf ? <GiftStockPanel key={stockOf.id} gift={stockOf} branches={branches} defaultBranchId={defaultBranchId} onMoved={reload} onClose={() => setStockOf(null)} /> : null}
    </>
  );
}
