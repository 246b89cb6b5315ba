import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { RECORDINGS_OFFLINE_CACHE } from '../core/recordings/naming';

/**
 * The browser build as an installable, offline web kiosk (vite-plugin-pwa → Workbox generateSW):
 * the service worker precaches every file the app can show — code, styles, pictures, fonts and
 * recordings — so a tablet keeps working when the Wi-Fi drops. A new build waits ("prompt") and
 * is applied only between patients (renderer/platform/offline/serviceWorker.ts), never mid-session.
 * The renderer registers the worker itself, and only in the browser host (never inside Electron).
 */
export function offlineKiosk(appName: string): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The manifest and the worker live beside index.html: the build has a relative base.
    manifestFilename: 'manifest.webmanifest',
    includeManifestIcons: true,
    manifest: {
      name: appName,
      short_name: 'B12 kiosk',
      description: 'Waiting-room explainer about vitamin B12 and nerve health, in many languages. Works offline.',
      id: './',
      start_url: './',
      scope: './',
      display: 'fullscreen',
      display_override: ['fullscreen', 'standalone'],
      orientation: 'any',
      background_color: '#ffffff',
      theme_color: '#0b5c87',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      // Everything the app can show. Fonts: woff2 only — every browser that runs the app uses
      // woff2, and the woff copies @fontsource ships beside them would double the download.
      globPatterns: ['**/*.{html,js,css,woff2,svg,png,webp,jpg,jpeg,json,mp3,ogg,opus,m4a,wav,webm,webmanifest}'],
      // The largest CJK font subsets and recordings are a few MB; nothing may be skipped silently.
      maximumFileSizeToCacheInBytes: 25 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // A new worker waits until the renderer says the session is over.
      skipWaiting: false,
      clientsClaim: false,
      // Everything else is precached. The exception is the clinic's recordings (served beside the
      // build, not part of it): the page copies the list and the files into their own cache once
      // the worker is ready (renderer/platform/offline/keepRecordings.ts). The list is asked of the
      // network first so a new recording shows up online; offline, the kept copies answer, audio
      // by byte range as <audio> asks. A recording not kept falls back to the local voice.
      // The urlPattern functions are copied into sw.js as source text, so they spell the paths
      // out: an imported constant would not exist in the worker.
      runtimeCaching: [
        {
          urlPattern: ({ url }) => url.pathname.endsWith('/recordings/manifest.json'),
          handler: 'NetworkFirst',
          options: {
            cacheName: RECORDINGS_OFFLINE_CACHE,
            networkTimeoutSeconds: 3,
            cacheableResponse: { statuses: [200] },
          },
        },
        {
          urlPattern: ({ url }) => url.pathname.includes('/recordings/'),
          handler: 'CacheFirst',
          options: { cacheName: RECORDINGS_OFFLINE_CACHE, rangeRequests: true, cacheableResponse: { statuses: [200] } },
        },
      ],
    },
    devOptions: { enabled: false },
  });
}
