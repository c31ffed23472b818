/**
 * The e-coupon report (issued / redeemed / expired / voided per type in a period) as a streamed
 * Excel workbook, from the same service as the `couponReport` query.
 */
import type { Writable } from 'node:stream';
import { In, type DataSource } from 'typeorm';
import { createTranslator } from 'use-intl/core';
import { CouponType, Staff } from '../../entities';
import type { Locale } from '../../i18n/locales';
import en from '../../messages/en.json';
import th from '../../messages/th.json';
import zhCN from '../../messages/zh-CN.json';
import zhHK from '../../messages/zh-HK.json';
import type { Viewer } from '../auth/viewer';
import { writeStreamedSheets } from '../export/streamed-workbook';
import { COUNT_FORMAT, MONEY_FORMAT, sheetNames } from '../reports/campaign-analysis-export.service';
import { couponReport } from './coupon.service';

const MESSAGES: Record<Locale, Record<string, unknown>> = { 'zh-HK': zhHK, en, 'zh-CN': zhCN, th };

type Translate = (key: string, params?: Record<string, string | number>) => string;

export function couponReportTranslator(locale: Locale): Translate {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: 'loyalty.coupons.report' as never }) as unknown as Translate;
}

const FIGURES = ['issued', 'redeemed', 'expired', 'voided'] as const;

export async function writeCouponReportWorkbook(
  stream: Writable,
  ds: DataSource,
  viewer: Viewer,
  request: { from: Date; before: Date; label: string; locale: Locale },
): Promise<void> {
  const t = couponReportTranslator(request.locale);
  const rows = await couponReport(ds, viewer, { from: request.from, before: request.before });
  const types = new Map((rows.length ? await ds.getRepository(CouponType).findBy({ id: In(rows.map((r) => r.typeId)) }) : []).map((type) => [type.id, type]));
  const ranBy = await ds.getRepository(Staff).findOneByOrFail({ id: viewer.staffId });
  const total = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((acc, r) => acc + pick(r), 0);
  const [name] = sheetNames([t('sheet')]);
  await writeStreamedSheets(stream, [
    {
      name,
      preamble: [[t('title')], [`${t('period')}: ${request.label}`], [`${t('ranBy')}: ${ranBy.login}`]],
      columns: [
        { key: 'code', header: t('columns.code'), width: 14 },
        { key: 'name', header: t('columns.name'), width: 28 },
        ...FIGURES.map((key) => ({ key, header: t(`columns.${key}`), width: 12, numFmt: COUNT_FORMAT })),
        { key: 'discount', header: t('columns.discount'), width: 16, numFmt: MONEY_FORMAT },
      ],
      batches: (async function* () {
        yield rows.map((r) => {
          const type = types.get(r.typeId);
          return [type?.code ?? '', type?.name ?? '', ...FIGURES.map((key) => r[key]), r.discountCents / 100];
        });
      })(),
      footer: () => [[t('total'), '', ...FIGURES.map((key) => total((r) => r[key])), total((r) => r.discountCents) / 100]],
    },
  ]);
}
