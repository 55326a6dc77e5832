export * from './backtest-metrics.js';
export * from './levers.js';
export * from './model.js';
export * from './monte-carlo.js';
export * from './random-normal.js';
