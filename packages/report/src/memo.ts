import type { Observation } from '@chanye/compute';
import type { ObservationQuery, Store } from '@chanye/store';

/**
 * A view of `store` whose `observations` answers a query it has already answered from
 * memory, for the length of one report: the diagnostics and scorecards ask for the same
 * series many times (GDP per capita and population of every economy, above all). Answers are
 * those of `store.observations` for the same query, so numbers cannot differ from the CLI's.
 * The store itself is left untouched.
 */
export function withObservationMemo(store: Store): Store {
  const cache = new Map<string, Promise<Observation[]>>();
  const view = Object.create(store) as Store;
  const observations = (query: ObservationQuery): Promise<Observation[]> => {
    const key = JSON.stringify([query.indicator, query.economies ?? null, query.years ?? null]);
    let answer = cache.get(key);
    if (answer === undefined) {
      answer = store.observations(query);
      cache.set(key, answer);
      answer.catch(() => cache.delete(key));
    }
    return answer.then((rows) => rows.slice());
  };
  Object.defineProperty(view, 'observations', { value: observations });
  return view;
}
