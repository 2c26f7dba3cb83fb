/** What a patient may ask to change in their data (issue 11 item 5). */
export const DATA_CHANGE_CATEGORIES = [
  'full_name',
  'birth_date',
  'address',
  'phone',
  'email',
  'oms_policy',
  'identity_document',
  'other',
] as const;
export type DataChangeCategory = (typeof DATA_CHANGE_CATEGORIES)[number];
