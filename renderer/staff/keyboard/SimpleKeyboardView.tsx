import { useEffect, useRef } from 'react';
// The ES module build: the package's main entry is a UMD bundle whose default export Vite cannot see.
import Keyboard from 'simple-keyboard/build/index.modern.esm.js';
import 'simple-keyboard/build/css/index.css';

interface SimpleKeyboardViewProps {
  layout: Record<string, string[]>;
  layoutName: string;
  /** Words on the function keys ({bksp}, {space}, …) and on combining marks. */
  display: Record<string, string>;
  /** Accessible names where the key's face is not its name (a lone accent mark). */
  names: Record<string, string>;
  onKey(key: string): void;
}

/**
 * simple-keyboard drawn into a div: real <button>s (useButtonTag), no key repeat on a held
 * finger, no caret tracking (the editor owns the text). Options follow the props.
 */
export function SimpleKeyboardView({ layout, layoutName, display, names, onKey }: SimpleKeyboardViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const keyboard = useRef<Keyboard | null>(null);
  const latestOnKey = useRef(onKey);
  useEffect(() => {
    latestOnKey.current = onKey;
  }, [onKey]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    keyboard.current = new Keyboard(element, {
      useButtonTag: true,
      disableButtonHold: true,
      disableCaretPositioning: true,
      preventMouseDownDefault: true,
      physicalKeyboardHighlight: false,
      theme: 'hg-theme-default staff-osk',
      onKeyPress: (button: string) => latestOnKey.current(button),
    });
    return () => {
      keyboard.current?.destroy();
      keyboard.current = null;
    };
  }, []);

  useEffect(() => {
    const buttonAttributes = Object.entries(names).map(([buttons, value]) => ({
      attribute: 'aria-label',
      value,
      buttons,
    }));
    keyboard.current?.setOptions({ layout, layoutName, display, mergeDisplay: true, buttonAttributes });
  }, [layout, layoutName, display, names]);

  return <div ref={container} className="staff-osk-root" />;
}
