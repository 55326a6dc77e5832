import { Hono } from 'hono';
import { ChanyeError, suggest, calibrateEconomy, type SimulationPanel } from '@chanye/compute';
import { loadSimulationPanel } from '@chanye/store';
import {
  FAN_COLUMNS,
  fanRows,
  forecastFanRows,
  listScenarios,
  loadScenario,
  nowcast,
  outlook,
  outlookJson,
  toCsv,
} from '@chanye/engine';
import { param, query, respond, type Deps } from '../http.js';
import type { RouteDoc } from '../openapi.js';
import { EconomyParam } from '../schemas/common.js';
import { ScenariosQuery, SimulationQuery } from '../schemas/simulation.js';

const SCENARIO_COLUMNS = ['id', 'name_en', 'name_zh', 'strategy', 'reference', 'description'];

export const simulationDocs: readonly RouteDoc[] = [
  {
    path: '/api/scenarios',
    operationId: 'listScenarios',
    summary: 'The simulation scenarios of the catalogue (catalog/scenarios)',
    description: 'Each scenario’s id, names, strategy, reference, description and lever assumptions.',
    tag: 'simulation',
    query: ScenariosQuery,
    csv: true,
    response: '[{ id, name_en, name_zh, strategy, reference, description, levers }]',
    errors: [],
  },
  {
    path: '/api/simulation/economies',
    operationId: 'listSimulatedEconomies',
    summary: 'The economies with an outlook: the default forecast, and those the structural model can calibrate',
    description:
      '`economies`: every economy the default forecast covers (PWT GDP per capita in its latest year and ten years before); a simulation of any other economy is 404 no-data. `structural`: those of them the structural model can also calibrate at its base year (the last PWT year, `baseYear`); for the others the simulation answers the forecast alone, with `structuralUnavailable` naming the missing series.',
    tag: 'simulation',
    query: ScenariosQuery,
    csv: true,
    response: '{ baseYear, economies: [ISO3, …], structural: [ISO3, …] }',
    errors: [],
  },
  {
    path: '/api/economies/:iso3/simulation',
    operationId: 'simulateEconomy',
    summary:
      'The default forecast from the latest observed year, a catalogue scenario as a difference from it, and the structural model',
    description:
      'As `chanye simulate ISO3 --scenario NAME --to Y --draws N --seed S --format json|csv` (outlook in @chanye/engine), with the same defaults (baseline, 2035, 1000 draws, seed 1). Only scenarios of the catalogue: files are CLI only. JSON: the report; its headline is `forecast` (the default forecast of GDP per capita from the latest observed year: `fan`, `history`, `crossing` with the years the World Bank has classified as observed, `slowdown`, and `scenario` as a difference from the baseline with the evidence on each lever; docs/methods/simulation.md); `fans[series].quantiles[level][t]`, `crossing`, assumptions and sources are those of the structural model (sector structure and carbon). For an economy the structural model cannot calibrate, the structural parts are empty (`fans` {}, `calibration` null) and `structuralUnavailable` says why. CSV: the fan charts, tidy long, the forecast first.',
    tag: 'simulation',
    params: EconomyParam,
    query: SimulationQuery,
    csv: true,
    response:
      '{ iso3, scenario, forecast, baseYear, years, draws, seed, fans, crossing, carbonTarget, assumptions, sources, structuralUnavailable, … }',
    errors: [404, 422],
  },
];

export function simulationRoutes(deps: Deps) {
  const { store } = deps;
  // The panel is read from the snapshot alone (no user data), so one load serves every request.
  let panel: Promise<SimulationPanel> | undefined;
  const loadPanel = (): Promise<SimulationPanel> => {
    if (!panel) {
      panel = loadSimulationPanel(store);
      panel.catch(() => (panel = undefined));
    }
    return panel;
  };
  // The economies the default forecast covers (one nowcast each), computed once.
  let forecastable: Promise<string[]> | undefined;
  const forecastEconomies = (p: SimulationPanel): Promise<string[]> => {
    if (!forecastable) {
      forecastable = (async () => {
        const covered: string[] = [];
        for (const iso3 of p.economies) if (await nowcast(store, p, iso3)) covered.push(iso3);
        return covered.sort();
      })();
      forecastable.catch(() => (forecastable = undefined));
    }
    return forecastable;
  };
  return new Hono()
    .get('/api/scenarios', query(ScenariosQuery), (c) =>
      respond(c, deps, c.req.valid('query'), {
        compute: async () =>
          listScenarios(store.catalogDir).map((id) => {
            const s = loadScenario(store.catalogDir, id);
            return {
              id: s.id,
              name_en: s.name_en,
              name_zh: s.name_zh,
              strategy: s.strategy,
              reference: s.reference,
              description: s.description,
              levers: s.levers,
            };
          }),
        csv: (rows) => toCsv(rows, SCENARIO_COLUMNS),
      }),
    )
    .get('/api/simulation/economies', query(ScenariosQuery), (c) =>
      respond(c, deps, c.req.valid('query'), {
        compute: async () => {
          const p = await loadPanel();
          const structural = p.economies.filter((iso3) => {
            try {
              calibrateEconomy(p, iso3, p.lastYear, 0);
              return true;
            } catch {
              return false;
            }
          });
          return { baseYear: p.lastYear, economies: await forecastEconomies(p), structural: [...structural].sort() };
        },
        csv: (a) =>
          toCsv(
            a.economies.map((iso3) => ({ iso3, base_year: a.baseYear, structural: a.structural.includes(iso3) })),
            ['iso3', 'base_year', 'structural'],
          ),
      }),
    )
    .get('/api/economies/:iso3/simulation', param(EconomyParam, deps.store), query(SimulationQuery), (c) => {
      const { iso3 } = c.req.valid('param');
      const q = c.req.valid('query');
      return respond(
        c,
        deps,
        { iso3, ...q },
        {
          compute: async () => {
            // The id syntax admits no path, so loadScenario looks in the catalogue only; an
            // unknown id is answered here, without the CLI's hint about files.
            const id = q.scenario ?? 'baseline';
            const known = listScenarios(store.catalogDir);
            if (!known.includes(id)) {
              const hints = suggest(id, known);
              throw new ChanyeError(
                'not-found',
                `unknown scenario '${id}'${hints.length > 0 ? ` — did you mean ${hints.join(' or ')}?` : ''} (catalogue scenarios: ${known.join(', ')}; see GET /api/scenarios)`,
              );
            }
            const scenario = loadScenario(store.catalogDir, id);
            return outlook(store, {
              iso3,
              to: q.to ?? 2035,
              scenario,
              draws: q.draws ?? 1000,
              seed: q.seed ?? 1,
              panel: await loadPanel(),
            });
          },
          json: outlookJson,
          csv: (o) =>
            toCsv(
              o.kind === 'simulation' ? fanRows(o.report) : forecastFanRows(o.forecast, o.scenario.id),
              FAN_COLUMNS,
            ),
        },
      );
    });
}
