export * from './format';
export * from './lockout';
export * from './record';
export * from './results';
export * from './service';
export { constantTimeEqual } from './constantTime';
export * from './stored';
