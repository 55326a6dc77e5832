export * from './backtest-record.js';
export * from './scenario.js';
export * from './simulate.js';
export * from './outlook.js';
