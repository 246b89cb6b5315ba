/** Set by scripts/build-main.mjs: the fingerprint of the content bundled with this build. */
declare const __CONTENT_VERSION__: string | undefined;

export const CONTENT_VERSION: string = typeof __CONTENT_VERSION__ === 'string' ? __CONTENT_VERSION__ : 'unbuilt';
