/** Staff PIN format: digits only, long enough to resist guessing, short enough to remember. */
export const PIN_MAX_DIGITS = 8;
/** A new PIN needs at least this many digits (10^6 choices, with the lock-out schedule, outlast any guesser at the screen). */
export const NEW_PIN_MIN_DIGITS = 6;
/** PINs set before the minimum rose keep working (staff are asked to change them): this is the shortest ever accepted. */
export const PIN_MIN_DIGITS = 4;

/** Any PIN that can be typed to unlock (anchored; shared by the contract schema and the PIN pad). */
export const PIN_PATTERN = /^[0-9]{4,8}$/;
/** A PIN that may be chosen today. */
export const NEW_PIN_PATTERN = /^[0-9]{6,8}$/;

export function isValidPinFormat(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

export function isValidNewPin(pin: string): boolean {
  return NEW_PIN_PATTERN.test(pin);
}
