/**
 * The areas of the product, in the order staff work through them. A plain module, not the nav's
 * 'use client' one: a Server Component importing a value from a client module gets a client
 * reference, not the array (the signed-in layout filters it by the viewer's permissions).
 */
export const NAV_AREAS = ['members', 'contacts', 'appointments', 'sales', 'loyalty', 'prepaid', 'reports', 'settings'] as const;
export type NavArea = (typeof NAV_AREAS)[number];
