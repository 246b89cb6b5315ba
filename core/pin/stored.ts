import { PinRecordSchema } from './record';
import type { StoredPin } from './service';

/**
 * Reads a stored PIN record (the text of staff-pin.json, or the localStorage value; null when
 * there is none). Both hosts use this, so they fail closed alike: any text that is not a record
 * we wrote — truncated, re-encoded, edited, with weakened hash parameters, or holding no PIN
 * (we never store one without) — is damaged, and staff mode stays shut until IT resets it.
 */
export function readStoredPin(text: string | null): StoredPin {
  if (text === null) return { state: 'missing' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { state: 'damaged', reason: 'the record is not valid JSON' };
  }
  const parsed = PinRecordSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { state: 'damaged', reason: `the record does not match its format (${issue?.path.join('.') || 'record'})` };
  }
  if (parsed.data.pin === null) return { state: 'damaged', reason: 'the record holds no PIN' };
  return { state: 'ready', record: parsed.data };
}

export function serializePinRecord(record: unknown): string {
  return `${JSON.stringify(PinRecordSchema.parse(record), null, 2)}\n`;
}
