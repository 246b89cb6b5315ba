// simple-keyboard ships types for its UMD entry only; its ES module build exports the same class.
declare module 'simple-keyboard/build/index.modern.esm.js' {
  export { default, SimpleKeyboard } from 'simple-keyboard';
}
