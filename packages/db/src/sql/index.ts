export { hasRow } from './has-row';
export { nextValue } from './next-value';
export { instant, textArray, uuidList } from './parameters';
export { fullName, fullNameOf, fullNameSql } from './person-name';
export { queryRows } from './query-rows';
export { type NotNull, type Nullable, type RawRow, type Renamed, toDate, toDateOrNull } from './raw-row';
