export * from './forecast-backtest.js';
export * from './forecast-record.js';
