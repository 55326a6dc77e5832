/** A SQL string literal, for the few places DuckDB cannot bind a parameter (ATTACH, COPY paths). */
export function quotedString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier. */
export function quotedIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
