/**
 * Tables of the user database (`~/.chanye/chanye.duckdb` by default).
 *
 * Decision: a later import replaces earlier user rows with the same (indicator, iso3, year),
 * inside the importing transaction, so re-importing a corrected file is the way to fix data.
 * Duplicate keys inside one file are an error, not a silent "last wins".
 */
export const USER_DB_SCHEMA = [
  `create table if not exists imports (
     import_id integer primary key,
     label varchar not null,
     origin varchar not null,
     sha256 varchar not null,
     rows integer not null,
     imported_at varchar not null
   )`,
  `create table if not exists user_observations (
     iso3 varchar not null,
     year integer not null,
     indicator varchar not null,
     value double not null,
     unit varchar not null,
     source varchar not null,
     vintage varchar not null,
     status varchar not null,
     note varchar,
     import_id integer not null,
     primary key (indicator, iso3, year)
   )`,
] as const;
