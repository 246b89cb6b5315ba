/** Longest piece of outside text (a key name, an error message) that is ever logged or sent back. */
export const CLIP_LENGTH = 200;

/**
 * Cuts outside text to a length a log line or an error can carry: a 10 MB key name in a
 * hostile payload must not become a 10 MB log line or reply.
 */
export function clip(text: string, max: number = CLIP_LENGTH): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** An error (or anything thrown) as one short line. */
export function errorText(error: unknown, max: number = CLIP_LENGTH): string {
  return clip(error instanceof Error ? error.message : String(error), max);
}
