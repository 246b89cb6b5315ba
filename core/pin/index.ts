export * from './format';
export * from './lockout';
export * from './record';
export * from './service';
export { constantTimeEqual } from './constantTime';
