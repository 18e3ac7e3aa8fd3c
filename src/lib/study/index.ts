export * from './day';
export * from './normalize';
export * from './grade';
export * from './queue';
export * from './session';
export * from './stats';
export * from './pick';
export * from './staleness';
