import { describe, expect, it } from 'vitest';
import { decideShortcut, type KeyInput } from '../../main/decisions/shortcutPolicy';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...mods,
});
const kiosk = { kiosk: true };
const windowed = { kiosk: false };

describe('decideShortcut', () => {
  it.each([
    ['F5', key('F5')],
    ['Ctrl+R', key('r', { control: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['F12', key('F12')],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Cmd+Alt+I? (Ctrl+Shift+J)', key('j', { control: true, shift: true })],
    ['Ctrl+W', key('w', { control: true })],
    ['Cmd+Q', key('q', { meta: true })],
    ['Ctrl+P', key('p', { control: true })],
    ['Ctrl+=', key('=', { control: true })],
    ['Ctrl+-', key('-', { control: true })],
    ['Ctrl+0', key('0', { control: true })],
    ['Alt+F4', key('F4', { alt: true })],
    ['Alt+Left', key('ArrowLeft', { alt: true })],
    ['F11', key('F11')],
    ['BrowserBack', key('BrowserBack')],
    ['ContextMenu', key('ContextMenu')],
    ['Ctrl+N', key('n', { control: true })],
    ['Ctrl+U (view source)', key('u', { control: true })],
  ])('blocks %s in kiosk mode', (_name, input) => {
    expect(decideShortcut(input, kiosk).block).toBe(true);
  });

  it.each([
    ['Ctrl+Alt+S (staff mode)', key('s', { control: true, alt: true })],
    ['Tab', key('Tab')],
    ['Shift+Tab', key('Tab', { shift: true })],
    ['ArrowRight', key('ArrowRight')],
    ['Enter', key('Enter')],
    ['Space', key(' ')],
    ['Escape', key('Escape')],
    ['digits', key('7')],
    ['letters', key('a')],
  ])('lets %s through', (_name, input) => {
    expect(decideShortcut(input, kiosk)).toEqual({ block: false });
  });

  it('keeps reload and devtools in windowed development, but never zoom or print', () => {
    expect(decideShortcut(key('r', { control: true }), windowed).block).toBe(false);
    expect(decideShortcut(key('F12'), windowed).block).toBe(false);
    expect(decideShortcut(key('=', { control: true }), windowed).block).toBe(true);
    expect(decideShortcut(key('p', { control: true }), windowed).block).toBe(true);
  });

  it('ignores key-up events', () => {
    expect(decideShortcut({ ...key('F5'), type: 'keyUp' }, kiosk).block).toBe(false);
  });
});
