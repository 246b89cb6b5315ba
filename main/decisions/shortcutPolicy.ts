/** The parts of an Electron `before-input-event` input the policy needs. */
export interface KeyInput {
  type: string;
  key: string;
  code?: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

export interface ShortcutPolicyOptions {
  /** Kiosk mode locks everything down; windowed development keeps devtools and reload. */
  kiosk: boolean;
}

export type ShortcutDecision = { block: false } | { block: true; reason: string };

const ALLOWED: ShortcutDecision = { block: false };

/**
 * Decides whether a key combination must be swallowed before Chromium acts on it.
 * Staff mode's Ctrl+Alt+S and plain navigation keys (Tab, arrows, Enter, Space,
 * Escape) always pass: keypad users need them.
 */
export function decideShortcut(input: KeyInput, options: ShortcutPolicyOptions): ShortcutDecision {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return ALLOWED;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  const ctrlOrCmd = input.control || input.meta;

  if (ctrlOrCmd && input.alt && key === 's') return ALLOWED; // staff mode

  // Zoom changes would break the fixed kiosk layout, in any mode.
  if (ctrlOrCmd && ['+', '=', '-', '_', '0'].includes(key)) return { block: true, reason: 'zoom' };
  if (ctrlOrCmd && ['p'].includes(key)) return { block: true, reason: 'print dialog' };

  if (!options.kiosk) return ALLOWED;

  if (key === 'F5' || (ctrlOrCmd && key === 'r')) return { block: true, reason: 'reload' };
  if (key === 'F12' || (ctrlOrCmd && input.shift && ['i', 'j', 'c'].includes(key)))
    return { block: true, reason: 'devtools' };
  if (key === 'F11') return { block: true, reason: 'leave full screen' };
  if (key === 'F4' && input.alt) return { block: true, reason: 'close window' };
  if (ctrlOrCmd && ['w', 'q', 'n', 't', 'o', 's', 'u', 'f', 'g', 'h', 'l', 'e', 'k'].includes(key)) {
    return { block: true, reason: `browser command Ctrl+${key.toUpperCase()}` };
  }
  if (input.alt && ['ArrowLeft', 'ArrowRight', 'Home'].includes(key))
    return { block: true, reason: 'history navigation' };
  if (['BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome', 'BrowserSearch'].includes(key)) {
    return { block: true, reason: 'browser key' };
  }
  if (key === 'ContextMenu' || (input.shift && key === 'F10')) return { block: true, reason: 'context menu' };
  return ALLOWED;
}
