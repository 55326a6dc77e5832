/**
 * The methods section's table of settings in English and Chinese: the name of each setting,
 * and the values that carry words.
 *
 * @module
 */
import type { Lang, ReportSettings } from '../model.js';

/** The settings table's rows, in the order printed. */
export interface SettingNames {
  readonly scorecardYear: string;
  readonly diagnosticsYear: string;
  readonly peers: string;
  readonly method: string;
  readonly window: string;
  readonly draws: string;
  readonly trajectoryYears: string;
  readonly couplingYears: string;
  readonly complexityData: string;
  readonly ioTable: string;
  readonly simulation: string;
}

export interface MethodsText {
  readonly names: SettingNames;
  /** The scorecard year, marked when it is the default. */
  readonly scorecardYear: (settings: ReportSettings) => string;
  /** The year the diagnostics judge: the one asked for, or the latest data. */
  readonly diagnosticsYear: (settings: ReportSettings) => string;
  /** Monte Carlo draws of the rank intervals, and their seed. */
  readonly draws: (sensitivity: ReportSettings['sensitivity']) => string;
  /** The scenario run: scenario, horizon, draws and seed. */
  readonly simulation: (simulation: ReportSettings['simulation']) => string;
  /** The trade dataset of the complexity section (an option value, shown as code) and its filter. */
  readonly complexityData: (dataset: string) => string;
}

export const METHODS_TEXT: Readonly<Record<Lang, MethodsText>> = {
  en: {
    names: {
      scorecardYear: 'Scorecard year',
      diagnosticsYear: 'Diagnostics as of',
      peers: 'Peers',
      method: 'Method',
      window: 'Window (± years)',
      draws: 'Monte Carlo draws',
      trajectoryYears: 'Trajectory years',
      couplingYears: 'Coupling years',
      complexityData: 'Complexity data',
      ioTable: 'Input-output table',
      simulation: 'Scenario simulation',
    },
    scorecardYear: (s) => (s.yearGiven ? `${s.year}` : `${s.year} (default)`),
    diagnosticsYear: (s) => (s.yearGiven ? String(s.year) : 'latest data'),
    draws: (s) => `${s.draws} (seed ${s.seed})`,
    simulation: (s) => `${s.scenario}, to ${s.to}, ${s.draws} draws, seed ${s.seed}`,
    complexityData: (dataset) => `\`${dataset}\`, Atlas filter`,
  },
  zh: {
    names: {
      scorecardYear: '评分年份',
      diagnosticsYear: '诊断年份',
      peers: '参照组',
      method: '方法',
      window: '时间窗口（±年）',
      draws: '蒙特卡洛抽样',
      trajectoryYears: '排名轨迹年份',
      couplingYears: '耦合协调年份',
      complexityData: '经济复杂度数据',
      ioTable: '投入产出表',
      simulation: '情景模拟',
    },
    scorecardYear: (s) => (s.yearGiven ? `${s.year}` : `${s.year}（默认）`),
    diagnosticsYear: (s) => (s.yearGiven ? String(s.year) : '最新数据'),
    draws: (s) => `${s.draws}次（种子${s.seed}）`,
    // The scenario is a name the user passes (`--scenario`), so it is shown as code.
    simulation: (s) => `情景\`${s.scenario}\`，至${s.to}年，${s.draws}次抽样，种子${s.seed}`,
    complexityData: (dataset) => `\`${dataset}\`，按《经济复杂度地图集》标准筛选`,
  },
};
