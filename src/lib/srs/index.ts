export * from './settings';
export * from './rating';
export * from './interval';
export * from './scheduler';
