/** Columns of a response file that are not answers, with the header names each is known by. */
export const RESPONSE_COLUMNS: Record<string, readonly string[]> = {
  responded_at: ['responded_at', 'timestamp', 'submitted_at', 'date', 'time'],
  response_id: ['response_id', 'respondent_id', 'id'],
  customer: ['customer', 'customer_id', 'phone', 'account'],
  call: ['call', 'call_id', 'callid'],
  comment: ['comment', 'comments'],
  lang: ['lang', 'language'],
};

/** Item ids a custom instrument may not use: they would be read as one of the columns above. */
export const RESERVED_ITEM_IDS: readonly string[] = Object.values(RESPONSE_COLUMNS).flat();
