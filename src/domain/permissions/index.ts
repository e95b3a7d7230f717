// The protection plan, its diff against a workbook, and who could edit a block when.
export * from './facts';
export * from './plan';
export * from './sheets-api';
export * from './diff';
export * from './apply';
export * from './due';
export * from './late-edits';
