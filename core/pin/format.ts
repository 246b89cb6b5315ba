/** Staff PIN format: digits only, long enough to resist guessing, short enough to remember. */
export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 8;

/** Anchored pattern shared by the contract schema and the PIN pad. */
export const PIN_PATTERN = /^[0-9]{4,8}$/;

export function isValidPinFormat(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}
