/**
 * Finding an economy from what a user typed: an ISO3 code, or an exact English (any case) or
 * Chinese name; otherwise an error with the closest codes or names as hints. Pure.
 *
 * @module
 */
import { ChanyeError, suggest } from '@chanye/compute';
import type { Economy } from './store.js';

/** The economy `code` names among `all` (the code wins over a name). */
export function findEconomy(all: readonly Economy[], code: string): Economy {
  const text = code.trim();
  const iso3 = text.toUpperCase();
  const found = all.find((e) => e.iso3 === iso3);
  if (found) return found;
  const byName = all.filter((e) => e.name_en.toLowerCase() === text.toLowerCase() || e.name_zh === text);
  if (byName.length === 1) return byName[0] as Economy;
  if (byName.length > 1) {
    throw new ChanyeError(
      'not-found',
      `ambiguous economy '${code}': it names ${byName.map((e) => `${e.iso3} (${e.name_en})`).join(' and ')}; give the ISO3 code`,
    );
  }
  throw new ChanyeError(
    'not-found',
    `unknown economy '${code}'${economyHints(text, all)} (expected an ISO 3166 alpha-3 code or an exact English or Chinese name; see \`chanye economies\`)`,
  );
}

function economyHints(text: string, all: readonly Economy[]): string {
  const named = (list: readonly Economy[]): string[] => list.map((e) => `${e.iso3} (${e.name_en})`);
  let hints: string[] = [];
  if (text.length > 3) {
    const lower = text.toLowerCase();
    const containing = all.filter(
      (e) => e.name_en.toLowerCase().includes(lower) || (e.name_zh?.includes(text) ?? false),
    );
    if (containing.length > 0 && containing.length <= 5) hints = named(containing);
    else {
      const close = new Set(
        suggest(
          lower,
          all.map((e) => e.name_en.toLowerCase()),
        ),
      );
      hints = named(all.filter((e) => close.has(e.name_en.toLowerCase())));
    }
  }
  if (hints.length === 0)
    hints = suggest(
      text.toUpperCase(),
      all.map((e) => e.iso3),
    );
  return hints.length > 0 ? ` — did you mean ${hints.join(' or ')}?` : '';
}
