// Setting up a school year: subject catalogue, rosters, Vietnamese order, checks, class plans.
export * from './messages';
export * from './catalogue';
export * from './names';
export * from './ids';
export * from './roster';
export * from './school-data';
export * from './class-plan';
export * from './build-requests';
export * from './class-values';
export * from './summary';
export * from './control-bootstrap';
export * from './csv';
export * from './roster-merge';
