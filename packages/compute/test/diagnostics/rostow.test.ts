import { describe, expect, it } from 'vitest';
import { rostowStage, type RostowRules } from '../../src/diagnostics/rostow.js';

/** The cut-offs of catalog/published/industrialization-stage.yaml, as a fixture. */
const rules: RostowRules = {
  traditionalAgricultureEmployment: 60,
  traditionalInvestment: 15,
  takeOffInvestment: 20,
  maturityAgricultureEmployment: 30,
  massConsumptionAgricultureEmployment: 10,
};

describe('rostowStage(inputs, rules)', () => {
  it('puts a services-led, upper-middle-income economy in the drive to maturity (Rui Mingjie 2023 on China)', () => {
    // services 55 % > industry 38 %, agriculture 25 % of employment < 30 %, not high income
    const r = rostowStage(
      { agriculture: 7, industry: 38, services: 55, agricultureEmployment: 25, investment: 43, highIncome: false },
      rules,
    );
    expect(r.stage).toBe('drive-to-maturity');
    expect(r.tests).toEqual([
      { stage: 'high-mass-consumption', holds: false },
      { stage: 'drive-to-maturity', holds: true },
    ]);
    expect(r.undecided).toEqual([]);
  });

  it('needs high income and agriculture below 10 % of employment for high mass consumption', () => {
    const rich = { agriculture: 1, industry: 20, services: 79, agricultureEmployment: 2, investment: 21 };
    expect(rostowStage({ ...rich, highIncome: true }, rules).stage).toBe('high-mass-consumption');
    expect(rostowStage({ ...rich, agricultureEmployment: 12, highIncome: true }, rules).stage).toBe(
      'drive-to-maturity',
    );
    const unknown = rostowStage(rich, rules);
    expect(unknown.stage).toBe('drive-to-maturity');
    expect(unknown.undecided).toEqual(['high-mass-consumption']);
  });

  it('finds take-off in high investment with agriculture below industry', () => {
    // services > industry, but 40 % of employment in agriculture: not yet maturity
    const r = rostowStage(
      { agriculture: 16, industry: 25, services: 59, agricultureEmployment: 40, investment: 30 },
      rules,
    );
    expect(r.stage).toBe('take-off');
    expect(
      rostowStage({ agriculture: 30, industry: 25, services: 45, agricultureEmployment: 40, investment: 30 }, rules)
        .stage,
    ).toBe('preconditions-for-take-off'); // agriculture above industry
    expect(
      rostowStage({ agriculture: 16, industry: 25, services: 59, agricultureEmployment: 40, investment: 19.9 }, rules)
        .stage,
    ).toBe('preconditions-for-take-off');
  });

  it('does not guess take-off without the investment rate, and says so', () => {
    const r = rostowStage({ agriculture: 16, industry: 25, services: 59, agricultureEmployment: 40 }, rules);
    expect(r.stage).toBe('preconditions-for-take-off');
    expect(r.undecided).toEqual(['take-off']);
  });

  it('keeps the traditional society for agrarian, low-investment economies', () => {
    const agrarian = { agriculture: 45, industry: 15, services: 40, agricultureEmployment: 70 };
    expect(rostowStage({ ...agrarian, investment: 12 }, rules).stage).toBe('traditional-society');
    expect(rostowStage(agrarian, rules).stage).toBe('traditional-society'); // unknown investment is consistent with it
    expect(rostowStage({ ...agrarian, investment: 16 }, rules).stage).toBe('preconditions-for-take-off');
    expect(rostowStage({ ...agrarian, agricultureEmployment: 59 }, rules).stage).toBe('preconditions-for-take-off');
  });

  it('requires the sector shares and the agriculture employment share', () => {
    expect(() => rostowStage({ agriculture: 5, industry: NaN, services: 60, agricultureEmployment: 5 }, rules)).toThrow(
      /needs the three sector shares/,
    );
  });
});
