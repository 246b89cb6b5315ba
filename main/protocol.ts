import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, resolveAppFile } from './decisions/appProtocol';
import { CONTENT_SECURITY_POLICY } from './decisions/contentSecurityPolicy';
import { log } from './log';

/** Must run before app 'ready': makes app:// a secure, standard origin (fetch, storage, code cache). */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, stream: true },
    },
  ]);
}

/** Serves the built renderer from `rootDir` over app://, with the CSP on every response. */
export function serveAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const lookup = resolveAppFile(rootDir, request.url);
    if (lookup.kind === 'rejected') {
      log.warn(`app:// refused ${request.url}: ${lookup.reason}`);
      return new Response(null, { status: lookup.status });
    }
    try {
      const body = await readFile(lookup.filePath);
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': lookup.mimeType,
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
