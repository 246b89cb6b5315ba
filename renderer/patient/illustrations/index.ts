/**
 * Original flat SVG illustrations, one per id in core/illustrationIds.ts.
 * Each takes the translated text alternative as `title`, fills its parent
 * (width/height 100%), and is coloured through the `--ill-*` custom properties
 * listed in ./palette. No text, no external references.
 */
export { ILLUSTRATIONS, mirrorInRtl } from './registry';
export { Illustration, type IllustrationByIdProps } from './Illustration';
export type { IllustrationProps } from './parts/Frame';
export { PALETTE, ill, type PaletteName } from './palette';
