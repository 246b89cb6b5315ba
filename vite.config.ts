import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY_META } from './main/decisions/contentSecurityPolicy.ts';
import { recordingsServer } from './scripts/recordingsServerPlugin.ts';
import { fontSubsets } from './scripts/fonts/fontSubsetsPlugin.ts';
import { attractPhrases } from './scripts/attractPhrasesPlugin.ts';
import { offlineKiosk } from './scripts/offlineKioskPlugin.ts';
import { translationMeta } from './scripts/translationMetaPlugin.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  productName: string;
};

/** The same CSP main sends as a header, as a meta tag so the browser host is locked down too (build only: dev needs HMR). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'kiosk-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// KIOSK_OUT lets parallel test runs build to separate folders; the default is the contract path.
const outDir = resolve(process.env.KIOSK_OUT ?? 'out/renderer');

export default defineConfig({
  root: resolve('renderer'),
  base: './',
  publicDir: resolve('renderer/public'),
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    recordingsServer(process.env.KIOSK_RECORDINGS && resolve(process.env.KIOSK_RECORDINGS)),
    fontSubsets(resolve('.')),
    attractPhrases(resolve('locales')),
    offlineKiosk(pkg.productName),
    translationMeta(resolve('locales')),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __APP_NAME__: JSON.stringify(pkg.productName),
  },
  build: { outDir, emptyOutDir: true, target: 'chrome120', assetsInlineLimit: 0, chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, fs: { allow: [resolve('.')] } },
  preview: { host: '127.0.0.1', port: Number(process.env.E2E_PORT ?? 4173), strictPort: true },
});
