/**
 * The Content-Security-Policy for every page the kiosk shows. Everything is
 * same-origin: no remote script, style, font, image, media or connection.
 * `data:` images are allowed for QR codes generated in the page; `blob:` media
 * for recorded audio. Inline style *attributes* are needed by React's style prop.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "worker-src 'self'",
].join('; ');

/** The same policy for a <meta> tag (browser host): browsers ignore frame-ancestors there, and say so. */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
