// The class workbook layout: one description of where every score lives (see types.ts).
export * from './types';
export * from './a1';
export * from './attendance';
export * from './headers';
export * from './class-layout';
export * from './cells';
export * from './blocks';
