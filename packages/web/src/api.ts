/** The dashboard's client of the HTTP API: relative URLs, JSON answers, problem+json errors. */

/** An API answer that was not 200, with the problem's status and detail. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(detail);
  }
}

/** A relative API path with its query string; parameters left undefined are omitted. */
export function apiPath(path: string, params: Readonly<Record<string, string | number | undefined>> = {}): string {
  const query = Object.entries(params)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

/** GETs a relative API path and parses its JSON; throws {@link ApiError} on any other status. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { detail?: string };
    throw new ApiError(res.status, problem.detail ?? res.statusText);
  }
  return (await res.json()) as T;
}
