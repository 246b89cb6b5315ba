import type { UiResources } from './resources';

// Typed keys: a wrong interface key fails the typecheck. Content keys are built
// from the content structure at run time, so they go through useContentText().
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: UiResources };
    returnNull: false;
  }
}
