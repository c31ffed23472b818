/**
 * The demo catalogue of the cashier: tender types, departments, product categories and ~30 products of a Hong
 * Kong beauty salon (names in the four locales, codes, EAN-13 barcodes, prices, costs, low-stock
 * thresholds, two made-to-order products that may go below zero), and the department of each demo
 * treatment. Plain data, no framework imports.
 */
import type { LocalisedNames } from '../contact-settings/localised-names';

export interface DemoDepartment { code: string; name: string; translations: LocalisedNames }
export interface DemoProductCategory { code: string; name: string; translations: LocalisedNames; sortOrder: number }
export interface DemoProduct {
  code: string;
  barcode: string;
  name: string;
  translations: LocalisedNames;
  categoryCode: string;
  departmentCode: string;
  priceCents: number;
  costCents: number;
  lowStockThreshold: number;
  allowNegativeStock: boolean;
}

/** Names typed in Hong Kong Chinese; the other three locales as translations. */
const names = (en: string, zhCN: string, th: string): LocalisedNames => ({ en, 'zh-CN': zhCN, th });

/**
 * The ways to pay the cashier migration installs; `db:seed --reset` wipes every table, so the demo
 * seed puts back whichever of them is missing.
 */
export const DEMO_TENDERS: ReadonlyArray<{ code: string; name: string; translations: LocalisedNames; kind: 'CASH' | 'CARD' | 'BANK_TRANSFER'; givesChange: boolean; sortOrder: number }> = [
  { code: 'CASH', name: '現金', translations: names('Cash', '现金', 'เงินสด'), kind: 'CASH', givesChange: true, sortOrder: 1 },
  { code: 'CARD', name: '信用卡', translations: names('Card', '信用卡', 'บัตร'), kind: 'CARD', givesChange: false, sortOrder: 2 },
  { code: 'FPS', name: '轉數快', translations: names('FPS transfer', '转数快', 'โอนเงิน FPS'), kind: 'BANK_TRANSFER', givesChange: false, sortOrder: 3 },
];

export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  { code: 'SKIN', name: '護膚', translations: names('Skin care', '护肤', 'ดูแลผิวหน้า') },
  { code: 'BODY', name: '美體', translations: names('Body', '美体', 'ดูแลรูปร่าง') },
  { code: 'NAIL', name: '美甲', translations: names('Nails', '美甲', 'ทำเล็บ') },
];

export const DEMO_PRODUCT_CATEGORIES: readonly DemoProductCategory[] = [
  { code: 'MASK', name: '面膜', translations: names('Masks', '面膜', 'มาสก์'), sortOrder: 1 },
  { code: 'SERUM', name: '精華', translations: names('Serums', '精华', 'เซรั่ม'), sortOrder: 2 },
  { code: 'CLEANSER', name: '潔面', translations: names('Cleansers', '洁面', 'ผลิตภัณฑ์ล้างหน้า'), sortOrder: 3 },
  { code: 'TONER', name: '爽膚水', translations: names('Toners', '爽肤水', 'โทนเนอร์'), sortOrder: 4 },
  { code: 'CREAM', name: '面霜及防曬', translations: names('Creams and sun care', '面霜及防晒', 'ครีมและกันแดด'), sortOrder: 5 },
  { code: 'BODY', name: '身體護理', translations: names('Body care', '身体护理', 'ดูแลผิวกาย'), sortOrder: 6 },
  { code: 'NAIL', name: '美甲用品', translations: names('Nail care', '美甲用品', 'อุปกรณ์ทำเล็บ'), sortOrder: 7 },
  { code: 'GIFT', name: '禮品套裝', translations: names('Gift sets', '礼品套装', 'ชุดของขวัญ'), sortOrder: 8 },
];

/** The department each demo treatment's sales count under (by treatment code). */
export const DEMO_TREATMENT_DEPARTMENTS: Readonly<Record<string, string>> = {
  AP03: 'SKIN', B01: 'BODY', E01T: 'SKIN', T01: 'SKIN', T05: 'SKIN',
};

/** The check digit of a 12-digit EAN-13 body: weights 1 and 3 alternating from the left. */
export function ean13CheckDigit(body: string): number {
  if (!/^\d{12}$/.test(body)) throw new Error(`An EAN-13 body has 12 digits, got "${body}"`);
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/** Demo barcodes: Hong Kong's GS1 prefix 489, a made-up company 1234, the item in 5 digits. */
export function demoBarcode(item: number): string {
  const body = `4891234${String(item).padStart(5, '0')}`;
  return `${body}${ean13CheckDigit(body)}`;
}

type Row = [zhHK: string, en: string, zhCN: string, th: string, category: string, department: string, priceDollars: number, lowStock: number];

/** Whole-dollar prices; cost is 40 % of the price. */
const PRODUCTS: readonly Row[] = [
  ['玻尿酸保濕面膜 (5片)', 'Hyaluronic moisture mask (5 pcs)', '玻尿酸保湿面膜 (5片)', 'มาสก์ไฮยาลูรอนให้ความชุ่มชื้น (5 แผ่น)', 'MASK', 'SKIN', 180, 8],
  ['美白淡斑面膜 (5片)', 'Brightening sheet mask (5 pcs)', '美白淡斑面膜 (5片)', 'มาสก์หน้าขาวลดจุดด่างดำ (5 แผ่น)', 'MASK', 'SKIN', 220, 8],
  ['深層清潔泥膜', 'Deep cleansing clay mask', '深层清洁泥膜', 'มาสก์โคลนทำความสะอาดล้ำลึก', 'MASK', 'SKIN', 260, 5],
  ['睡眠修護面膜', 'Overnight repair mask', '睡眠修护面膜', 'มาสก์ซ่อมแซมผิวข้ามคืน', 'MASK', 'SKIN', 320, 5],
  ['維他命C精華 30ml', 'Vitamin C serum 30 ml', '维他命C精华 30ml', 'เซรั่มวิตามินซี 30 มล.', 'SERUM', 'SKIN', 480, 5],
  ['玻尿酸精華 30ml', 'Hyaluronic acid serum 30 ml', '玻尿酸精华 30ml', 'เซรั่มไฮยาลูรอนิก 30 มล.', 'SERUM', 'SKIN', 420, 5],
  ['抗皺緊緻精華', 'Anti-wrinkle firming serum', '抗皱紧致精华', 'เซรั่มกระชับลดริ้วรอย', 'SERUM', 'SKIN', 680, 3],
  ['眼部精華 15ml', 'Eye serum 15 ml', '眼部精华 15ml', 'เซรั่มบำรุงรอบดวงตา 15 มล.', 'SERUM', 'SKIN', 390, 3],
  ['煙酰胺亮膚精華', 'Niacinamide glow serum', '烟酰胺亮肤精华', 'เซรั่มไนอาซินาไมด์ผิวกระจ่างใส', 'SERUM', 'SKIN', 450, 3],
  ['氨基酸潔面乳', 'Amino acid facial cleanser', '氨基酸洁面乳', 'โฟมล้างหน้ากรดอะมิโน', 'CLEANSER', 'SKIN', 160, 8],
  ['卸妝油 200ml', 'Cleansing oil 200 ml', '卸妆油 200ml', 'คลีนซิ่งออยล์ 200 มล.', 'CLEANSER', 'SKIN', 210, 6],
  ['溫和潔面啫喱', 'Gentle cleansing gel', '温和洁面啫喱', 'เจลล้างหน้าสูตรอ่อนโยน', 'CLEANSER', 'SKIN', 150, 6],
  ['去角質磨砂膏', 'Exfoliating scrub', '去角质磨砂膏', 'สครับขัดผิวหน้า', 'CLEANSER', 'SKIN', 190, 4],
  ['保濕爽膚水', 'Hydrating toner', '保湿爽肤水', 'โทนเนอร์เพิ่มความชุ่มชื้น', 'TONER', 'SKIN', 200, 6],
  ['控油爽膚水', 'Oil control toner', '控油爽肤水', 'โทนเนอร์ควบคุมความมัน', 'TONER', 'SKIN', 200, 4],
  ['保濕面霜 50ml', 'Moisturising cream 50 ml', '保湿面霜 50ml', 'ครีมบำรุงผิวหน้า 50 มล.', 'CREAM', 'SKIN', 380, 5],
  ['晚間修護霜', 'Night repair cream', '晚间修护霜', 'ครีมบำรุงกลางคืน', 'CREAM', 'SKIN', 520, 3],
  ['防曬乳 SPF50', 'Sunscreen SPF 50', '防晒乳 SPF50', 'ครีมกันแดด SPF50', 'CREAM', 'SKIN', 240, 6],
  ['身體潤膚乳', 'Body lotion', '身体润肤乳', 'โลชั่นบำรุงผิวกาย', 'BODY', 'BODY', 220, 5],
  ['香薰按摩油 100ml', 'Aroma massage oil 100 ml', '香薰按摩油 100ml', 'น้ำมันนวดอโรมา 100 มล.', 'BODY', 'BODY', 280, 4],
  ['海鹽身體磨砂', 'Sea salt body scrub', '海盐身体磨砂', 'สครับเกลือทะเลขัดผิวกาย', 'BODY', 'BODY', 250, 4],
  ['緊緻纖體霜', 'Firming body cream', '紧致纤体霜', 'ครีมกระชับสัดส่วน', 'BODY', 'BODY', 460, 3],
  ['護手霜', 'Hand cream', '护手霜', 'ครีมทามือ', 'BODY', 'BODY', 98, 10],
  ['沐浴露 500ml', 'Shower gel 500 ml', '沐浴露 500ml', 'เจลอาบน้ำ 500 มล.', 'BODY', 'BODY', 130, 6],
  ['甲油 玫瑰紅', 'Nail polish, rose red', '甲油 玫瑰红', 'ยาทาเล็บ สีแดงกุหลาบ', 'NAIL', 'NAIL', 88, 5],
  ['甲油 裸粉', 'Nail polish, nude pink', '甲油 裸粉', 'ยาทาเล็บ สีชมพูนู้ด', 'NAIL', 'NAIL', 88, 5],
  ['指緣油', 'Cuticle oil', '指缘油', 'ออยล์บำรุงจมูกเล็บ', 'NAIL', 'NAIL', 120, 4],
  ['護甲底油', 'Base coat', '护甲底油', 'เบสโค้ท', 'NAIL', 'NAIL', 98, 4],
  ['去甲油水', 'Nail polish remover', '去甲油水', 'น้ำยาล้างเล็บ', 'NAIL', 'NAIL', 58, 6],
  // Made to order: sold before the goods arrive, so stock may go below zero.
  ['訂製精油套裝', 'Custom essential oil set', '订制精油套装', 'ชุดน้ำมันหอมระเหยสั่งทำ', 'GIFT', 'BODY', 880, 0],
  ['護膚禮品套裝', 'Skin care gift set', '护肤礼品套装', 'ชุดของขวัญดูแลผิว', 'GIFT', 'SKIN', 598, 0],
];

const MADE_TO_ORDER = new Set(['GIFT']);

export const DEMO_PRODUCTS: readonly DemoProduct[] = PRODUCTS.map(([name, en, zhCN, th, categoryCode, departmentCode, dollars, lowStockThreshold], i) => ({
  code: `P${String(i + 1).padStart(3, '0')}`,
  barcode: demoBarcode(i + 1),
  name,
  translations: names(en, zhCN, th),
  categoryCode,
  departmentCode,
  priceCents: dollars * 100,
  costCents: dollars * 40,
  lowStockThreshold,
  allowNegativeStock: MADE_TO_ORDER.has(categoryCode),
}));
