/** The orders a customer list can be sorted in. */
export const CUSTOMER_SORTS = ['trust', 'last_contact', 'contacts'] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];
