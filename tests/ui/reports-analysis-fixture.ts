import type { AnalysisPage } from '@/components/reports/analysis/analysis-documents';

const NONE = { booked: 0, arrived: 0, verified: 0, noShow: 0, cancelled: 0 };
const NO_SALES = { bookedContacts: 0, successful: 0, successRatio: 0, invoiceCents: 0, productCents: 0, treatmentCents: 0 };
/** Junebirth's booked contact bought a $1,200 treatment on the visit's day: a successful purchase. */
const JUNE_SALES = { bookedContacts: 1, successful: 1, successRatio: 1, invoiceCents: 120_000, productCents: 0, treatmentCents: 120_000 };

/** The seed's 聯絡活動分析 - 活動 (Maybirth and Junebirth) as the GraphQL API returns it. */
export function seedCampaignReport(): AnalysisPage {
  const cells = (counts: number[], ratios: number[]) => counts.map((count, i) => ({ statusId: String(i + 1), count, ratio: ratios[i] }));
  return {
    view: 'CAMPAIGN',
    columns: [
      { id: '1', key: 'answered', label: '會員接聽' },
      { id: '2', key: 'not_needed', label: '不需要' },
      { id: '3', key: 'no_answer', label: '無人接聽' },
      { id: '4', key: 'booked', label: '已預約' },
      { id: '5', key: 'not_notified', label: '未通知' },
      { id: '6', key: null, label: '留言' },
    ],
    totals: { cells: cells([0, 0, 52, 1, 3, 19], [0, 0, 0.6933, 0.0133, 0.04, 0.2533]), total: 75, outcomes: { ...NONE, booked: 1, arrived: 1, verified: 1 }, sales: JUNE_SALES },
    filter: {
      branches: [],
      campaigns: [{ id: '1', code: 'Maybirth', name: '5月生日會員優惠' }, { id: '2', code: 'Junebirth', name: '6月生日會員優惠' }],
      salesGroups: [],
      salespeople: [],
      memberGroups: [],
      contactedFrom: null,
      contactedTo: null,
    },
    successRule: { enabled: true, metric: 'TREATMENT', thresholdCents: 100_000 },
    ranBy: { id: '1', code: 'HKB2B', displayName: 'HKB2B Support', login: 'beauty' },
    ranAt: '2020-05-04T12:00:00.000Z',
    rows: {
      nodes: [
        { key: '2', code: 'Junebirth', name: '6月生日會員優惠', cells: cells([0, 0, 0, 1, 2, 0], [0, 0, 0, 0.3333, 0.6667, 0]), total: 3, outcomes: { ...NONE, booked: 1, arrived: 1, verified: 1 }, sales: JUNE_SALES },
        { key: '1', code: 'Maybirth', name: '5月生日會員優惠', cells: cells([0, 0, 52, 0, 1, 19], [0, 0, 0.7222, 0, 0.0139, 0.2639]), total: 72, outcomes: NONE, sales: NO_SALES },
      ],
      pageInfo: { hasNextPage: false, endCursor: 'c2' },
      totalCount: 2,
    },
  };
}
