/**
 * The economy profile (GET /api/economies/:iso3/profile), which the overview and income views
 * both draw on: one request, shared through the page's memo.
 *
 * @module
 */
import { apiPath } from '../api.js';
import type { ProfileAnswer } from '../api-types.js';
import type { Reads } from '../reads.js';
import type { LoadContext } from './load.js';

/** The parts of the profile the overview and income views read. */
export type Profile = Reads<
  ProfileAnswer,
  {
    economy: { iso3: true; name_en: true; name_zh: true };
    income: { spells: { group: true; from: true; to: true }; source: true };
    newestYear: true;
    staleAfterYears: true;
    sections: {
      id: true;
      en: true;
      zh: true;
      items: {
        indicator: true;
        name_en: true;
        name_zh: true;
        stale: true;
        observation: {
          iso3: true;
          year: true;
          indicator: true;
          value: true;
          unit: true;
          source: true;
          vintage: true;
          status: true;
          breakYear: true;
        };
      };
    };
  }
>;

/** The profile for the selected economy and year, with the request that gave it (for the citation). */
export async function loadProfile(ctx: LoadContext): Promise<{ profile: Profile; request: string }> {
  const request = apiPath(`/api/economies/${ctx.iso3}/profile`, { year: ctx.year });
  return { profile: await ctx.ask<ProfileAnswer>(request), request };
}
