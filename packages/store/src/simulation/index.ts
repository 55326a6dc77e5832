export * from './calibrate.js';
export * from './estimate.js';
export * from './panel.js';
export * from './scenario.js';
export * from './simulate.js';
