/**
 * The statuses and methods every salon starts with (seed 000), inserted by the contact-campaign
 * migration of each dialect so existing contact members get a default status. Salons rename,
 * reorder and extend them afterwards.
 */
export const CONTACT_STATUSES = [
  { key: 'not_notified', name: '未通知', translations: { en: 'Not notified', 'zh-CN': '未通知', th: 'ยังไม่ได้แจ้ง' } },
  { key: 'booked', name: '已預約', translations: { en: 'Booked', 'zh-CN': '已预约', th: 'นัดหมายแล้ว' } },
  { key: 'no_answer', name: '無人接聽', translations: { en: 'No answer', 'zh-CN': '无人接听', th: 'ไม่มีผู้รับสาย' } },
  { key: 'not_needed', name: '不需要', translations: { en: 'Not needed', 'zh-CN': '不需要', th: 'ไม่ต้องการ' } },
  { key: 'left_message', name: '留言', translations: { en: 'Left message', 'zh-CN': '留言', th: 'ฝากข้อความแล้ว' } },
];

export const CONTACT_METHODS = [
  { key: 'phone', name: '電話', translations: { en: 'Phone', 'zh-CN': '电话', th: 'โทรศัพท์' } },
  { key: 'email', name: '電郵', translations: { en: 'Email', 'zh-CN': '电邮', th: 'อีเมล' } },
  { key: 'sms', name: '短訊', translations: { en: 'SMS', 'zh-CN': '短信', th: 'SMS' } },
];

/** Rows as positional parameters: name, translations JSON, key, sort order. */
export function referenceRows(list: typeof CONTACT_STATUSES): Array<[string, string, string, number]> {
  return list.map((item, i) => [item.name, JSON.stringify(item.translations), item.key, i + 1]);
}
