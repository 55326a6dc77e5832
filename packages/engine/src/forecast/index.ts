export * from './forecast-backtest.js';
export * from './forecast-record.js';
export * from './nowcast.js';
export * from './forecast-economy.js';
