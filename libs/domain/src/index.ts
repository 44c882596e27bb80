export * from './stages.js';
export * from './channels.js';
export * from './transitions.js';
export * from './time.js';
export * from './ordering.js';
export * from './limits.js';
