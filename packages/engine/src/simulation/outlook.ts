import { ChanyeError } from '@chanye/compute';
import type { Store } from '@chanye/store';
import { forecastEconomy, type EconomyForecast } from '../forecast/forecast-economy.js';
import { loadScenario } from './scenario.js';
import { simulateEconomy, type SimulateRequest, type SimulationReport } from './simulate.js';

/**
 * What `chanye simulate`, the report's outlook and the API answer: the full run (the default
 * forecast with the structural model beside it) or, for an economy the structural model cannot
 * calibrate (a missing PWT labour share, R&D or sector shares), the default forecast alone with
 * the reason — the forecast needs only GDP per capita, so no economy it covers is dropped.
 */
export type Outlook =
  | { readonly kind: 'simulation'; readonly report: SimulationReport }
  | {
      readonly kind: 'forecast';
      readonly iso3: string;
      readonly name_en: string;
      readonly scenario: SimulationReport['scenario'];
      readonly forecast: EconomyForecast;
      /** Why the structural model did not run. */
      readonly structuralUnavailable: string;
    };

/** The full run, or the forecast alone when the structural model lacks data (see {@link Outlook}). */
export async function outlook(store: Store, request: SimulateRequest): Promise<Outlook> {
  const scenario =
    typeof request.scenario === 'string' ? loadScenario(store.catalogDir, request.scenario) : request.scenario;
  try {
    return { kind: 'simulation', report: await simulateEconomy(store, { ...request, scenario }) };
  } catch (error) {
    if (!(error instanceof ChanyeError && error.kind === 'no-data')) throw error;
    const forecast = await forecastEconomy(store, {
      iso3: request.iso3,
      to: request.to,
      scenario,
      ...(request.draws !== undefined ? { draws: request.draws } : {}),
      ...(request.seed !== undefined ? { seed: request.seed } : {}),
      ...(request.panel !== undefined ? { panel: request.panel } : {}),
    }).catch((forecastError: unknown) => {
      throw new ChanyeError('no-data', `${error.message}; ${(forecastError as Error).message}`);
    });
    return {
      kind: 'forecast',
      iso3: forecast.iso3,
      name_en: forecast.name_en,
      scenario: {
        id: scenario.id,
        name_en: scenario.name_en,
        name_zh: scenario.name_zh,
        strategy: scenario.strategy,
        reference: scenario.reference,
        levers: scenario.levers,
        description: scenario.description,
      },
      forecast,
      structuralUnavailable: error.message,
    };
  }
}
