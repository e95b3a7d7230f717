// Roles: what an entry point requires of its caller, and the Vietnamese refusal.
export * from './roles';
export * from './messages';
