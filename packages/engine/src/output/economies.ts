/**
 * The economies resource (`chanye economies`, `GET /api/economies`): the columns of its CSV.
 *
 * @module
 */

/** Columns of the economies' CSV, in order (the JSON has every field of each economy). */
export const ECONOMY_COLUMNS = [
  'iso3',
  'name_en',
  'name_zh',
  'wb_region',
  'income_group_fy2026',
  'is_aggregate',
  'is_historical',
] as const;
