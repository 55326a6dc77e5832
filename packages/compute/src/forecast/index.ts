export * from './growth-state.js';
export * from './error-distribution.js';
export * from './direct-model.js';
export * from './forecaster.js';
export * from './scores.js';
export * from './paths.js';
export * from './income-crossing.js';
