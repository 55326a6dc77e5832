#!/usr/bin/env python3
"""Chanye's HTTP API from Python: the worked example of docs/guide-python-r-stata.md.

Usage: python3 examples/python/chanye_api.py http://127.0.0.1:8080

Start the server first (`npx chanye serve`). The script fetches manufacturing value added as a
share of GDP for China and Germany, 2000-2019, as CSV into a pandas data frame and prints it
as a table (a row per year, a column per economy); fetches China's profile as JSON; and shows
an ETag revalidation and a problem+json error. It needs only requests and pandas (Debian:
apt-get install python3-pandas python3-requests) and exits non-zero on any failure.
"""

import io
import sys
import time

import pandas as pd
import requests

OBSERVATIONS = {
    "indicator": "mva_share_gdp",
    "economies": "CHN,DEU",
    "years": "2000:2019",
    "format": "csv",
}


class ChanyeError(Exception):
    """An answer other than 200 (or 304): the API's problem+json, or whatever came instead."""


def get(base, path, params=None, headers=None, retries=3):
    """GETs base + path. A 503 busy is retried after the seconds its Retry-After gives."""
    for _ in range(retries + 1):
        response = requests.get(base + path, params=params, headers=headers, timeout=60)
        if response.status_code == 503 and "Retry-After" in response.headers:
            time.sleep(min(int(response.headers["Retry-After"]), 30))
            continue
        if response.status_code in (200, 304):
            return response
        raise ChanyeError(describe(response))
    raise ChanyeError(describe(response))


def describe(response):
    """One line for an error answer: status, problem type and detail when it is problem+json."""
    if response.headers.get("Content-Type", "").startswith("application/problem+json"):
        problem = response.json()
        extra = "; ".join(problem.get("details", [])[:3])
        return f"{problem['status']} {problem['type']}: {problem['detail']}" + (
            f" ({extra})" if extra else ""
        )
    return f"{response.status_code} {response.reason}: {response.text[:200]}"


def observations(base):
    """The tidy CSV (iso3, year, indicator, value, unit, source, vintage, status, note)."""
    response = get(base, "/api/observations", params=OBSERVATIONS)
    frame = pd.read_csv(
        io.StringIO(response.text),
        dtype={"iso3": str, "indicator": str, "note": str},
        float_precision="round_trip",
    )
    return frame, response.headers["ETag"]


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    base = argv[1].rstrip("/")

    frame, etag = observations(base)
    wide = frame.pivot(index="year", columns="iso3", values="value").reset_index()
    wide.columns.name = None
    print(f"{OBSERVATIONS['indicator']} ({frame['unit'].iloc[0]}), {len(frame)} observations")
    # repr prints each value in full (the shortest text that reads back as the same double).
    print(wide.to_string(index=False, float_format=lambda v: repr(float(v))))
    print("status:", ", ".join(f"{k} {v}" for k, v in frame["status"].value_counts().items()))

    # The same request with the ETag it was answered with: 304, no body, nothing to parse.
    again = get(base, "/api/observations", params=OBSERVATIONS, headers={"If-None-Match": etag})
    if again.status_code != 304:
        raise ChanyeError(f"expected 304 for an unchanged answer, got {again.status_code}")
    print("revalidated with If-None-Match:", again.status_code)

    # The profile as JSON: sections of items, each with its latest observation (or null).
    profile = get(base, "/api/economies/CHN/profile").json()
    values = pd.DataFrame(
        [
            {"section": section["id"], "indicator": item["indicator"], **item["observation"]}
            for section in profile["sections"]
            for item in section["items"]
            if item["observation"] is not None
        ]
    )
    income = profile["income"]["current"]
    print(
        f"profile of CHN: {len(values)} values in {values['section'].nunique()} sections,"
        f" newest year {profile['newestYear']}, income group {income['group'] if income else 'none'}"
    )

    # An error is problem+json (RFC 9457): the status, a type and a detail meant for people.
    try:
        get(base, "/api/observations", params={**OBSERVATIONS, "economies": "XXX"})
        raise ChanyeError("an unknown economy was accepted")
    except ChanyeError as error:
        if not str(error).startswith("404 /problems/not-found"):
            raise
        print("unknown economy:", str(error).split(":", 1)[0])
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except (ChanyeError, requests.RequestException, KeyError, ValueError) as error:
        print(f"chanye_api.py: {error}", file=sys.stderr)
        sys.exit(1)
