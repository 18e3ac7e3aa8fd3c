// lib/db: Factdeck's IndexedDB storage. The only module that touches IndexedDB.
export * from './schema';
export * from './open';
export * from './errors';
export * from './cards';
export * from './reviews';
export * from './answers';
export * from './sessions';
export * from './customSets';
export * from './settings';
export * from './backup';
export * from './queries';
export * from './days';
