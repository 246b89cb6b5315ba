declare module 'virtual:kiosk-attract-phrases' {
  /** "Touch to start" by language code, for the languages that have it translated. */
  const phrases: Readonly<Record<string, string>>;
  export default phrases;
}
