import { compact, type ContactFilterInput, type QuickOption, type SameDayInvoice } from './filter-params';

/**
 * The filters in force as removable chips above the table: one chip per chosen campaign,
 * salesperson or status, one per other filter. Removing a chip gives the filter without it.
 */
export type FilterChip =
  | { field: 'campaignIds' | 'salespersonIds' | 'statusIds'; value: string }
  | { field: 'booked' | 'attendanceVerified' | 'successfulPurchase'; value: boolean }
  | { field: 'sameDayInvoice'; value: SameDayInvoice }
  | { field: 'keyword' | 'contactedFrom' | 'contactedTo'; value: string }
  | { field: 'quick'; value: QuickOption };

const LISTS = ['campaignIds', 'salespersonIds', 'statusIds'] as const;

export function filterChips(filter: ContactFilterInput): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const field of LISTS) for (const value of filter[field] ?? []) chips.push({ field, value });
  if (filter.booked !== undefined) chips.push({ field: 'booked', value: filter.booked });
  if (filter.sameDayInvoice) chips.push({ field: 'sameDayInvoice', value: filter.sameDayInvoice });
  if (filter.successfulPurchase !== undefined) chips.push({ field: 'successfulPurchase', value: filter.successfulPurchase });
  if (filter.attendanceVerified !== undefined) chips.push({ field: 'attendanceVerified', value: filter.attendanceVerified });
  if (filter.keyword) chips.push({ field: 'keyword', value: filter.keyword });
  if (filter.contactedFrom) chips.push({ field: 'contactedFrom', value: filter.contactedFrom });
  if (filter.contactedTo) chips.push({ field: 'contactedTo', value: filter.contactedTo });
  if (filter.quick) chips.push({ field: 'quick', value: filter.quick });
  return chips;
}

/** A key unique among a filter's chips. */
export const chipKey = (chip: FilterChip) => `${chip.field}:${String(chip.value)}`;

export function withoutChip(filter: ContactFilterInput, chip: FilterChip): ContactFilterInput {
  if (chip.field === 'campaignIds' || chip.field === 'salespersonIds' || chip.field === 'statusIds') {
    return compact({ ...filter, [chip.field]: (filter[chip.field] ?? []).filter((v) => v !== chip.value) });
  }
  return compact({ ...filter, [chip.field]: undefined });
}
