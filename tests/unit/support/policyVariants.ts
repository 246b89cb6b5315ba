/**
 * Near-valid managed policy files: a full valid policy, then one key broken at a time (wrong
 * type, out of range, null, an object or a list in its place, an unknown key beside it), each
 * written in every encoding IT tools produce. Every valid key must stay locked in all of them.
 */
export const FULL_POLICY = {
  version: 2,
  languages: { offered: ['en', 'es', 'vi'], default: 'es', reviewedOnly: true },
  idle: { quietSeconds: 120, warningSeconds: 40, finishQuietSeconds: 180 },
  attract: { enabled: true, clinicName: 'Riverside' },
  display: { defaultTextSize: 'large' },
  readAloud: { enabled: false },
  takeHome: { qrEnabled: true, qrHeadings: { es: 'Mis preguntas' }, printEnabled: true, printer: 'Front desk' },
  staff: { language: 'en' },
};

export const FULL_POLICY_PATHS = [
  'languages.offered',
  'languages.default',
  'languages.reviewedOnly',
  'idle.quietSeconds',
  'idle.warningSeconds',
  'idle.finishQuietSeconds',
  'attract.enabled',
  'attract.clinicName',
  'display.defaultTextSize',
  'readAloud.enabled',
  'takeHome.qrEnabled',
  'takeHome.qrHeadings.es',
  'takeHome.printEnabled',
  'takeHome.printer',
  'staff.language',
];

/** A value of the wrong kind and one out of the key's range, per path. */
const BROKEN: Record<string, unknown[]> = {
  'languages.offered': ['en', ['en', 'en'], ['tlh'], []],
  'languages.default': [7, 'tlh'],
  'languages.reviewedOnly': ['yes', 1],
  'idle.quietSeconds': ['120', 5, 90.5],
  'idle.warningSeconds': [true, 999],
  'idle.finishQuietSeconds': ['x', 30],
  'attract.enabled': ['true', 0],
  'attract.clinicName': [42, 'x'.repeat(81)],
  'display.defaultTextSize': ['huge', 3],
  'readAloud.enabled': ['no', 1],
  'takeHome.qrEnabled': ['on', 1],
  'takeHome.qrHeadings.es': [5, 'x'.repeat(121)],
  'takeHome.printEnabled': ['false', 0],
  'takeHome.printer': [false, 'x'.repeat(201)],
  'staff.language': ['klingon', 1],
};
const EVERY_PATH_ALSO = [null, {}, [1, 2]];

type Json = Record<string, unknown>;

function withValue(path: string, value: unknown): Json {
  const copy = structuredClone(FULL_POLICY) as Json;
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Json;
  node[keys[keys.length - 1] ?? ''] = value;
  return copy;
}

function withExtraKey(section: string | null): Json {
  const copy = structuredClone(FULL_POLICY) as Json;
  if (section === null) copy.telemetry = true;
  else (copy[section] as Json).unknownSetting = 1;
  return copy;
}

export const ENCODINGS: { name: string; encode(text: string): Uint8Array }[] = [
  { name: 'UTF-8', encode: (t) => new TextEncoder().encode(t) },
  { name: 'UTF-8 with BOM', encode: (t) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)]) },
  { name: 'UTF-16 LE with BOM', encode: (t) => Uint8Array.from(Buffer.from(`\ufeff${t}`, 'utf16le')) },
  { name: 'UTF-16 LE without BOM', encode: (t) => Uint8Array.from(Buffer.from(t, 'utf16le')) },
  { name: 'UTF-16 BE with BOM', encode: (t) => Uint8Array.from(Buffer.from(`\ufeff${t}`, 'utf16le').swap16()) },
];

export interface PolicyVariant {
  name: string;
  bytes: Uint8Array;
  validPaths: string[];
}

export function nearValidVariants(): PolicyVariant[] {
  const documents: { name: string; json: Json; validPaths: string[] }[] = [
    { name: 'valid', json: structuredClone(FULL_POLICY), validPaths: FULL_POLICY_PATHS },
  ];
  for (const path of FULL_POLICY_PATHS) {
    const others = FULL_POLICY_PATHS.filter((p) => p !== path);
    for (const value of [...(BROKEN[path] ?? []), ...EVERY_PATH_ALSO])
      documents.push({ name: `${path} = ${JSON.stringify(value)}`, json: withValue(path, value), validPaths: others });
  }
  for (const section of [null, 'languages', 'idle', 'attract', 'display', 'readAloud', 'takeHome', 'staff'])
    documents.push({
      name: `unknown key in ${section ?? 'top level'}`,
      json: withExtraKey(section),
      validPaths: FULL_POLICY_PATHS,
    });
  return documents.flatMap((doc) =>
    ENCODINGS.map((encoding) => ({
      name: `${doc.name} (${encoding.name})`,
      bytes: encoding.encode(JSON.stringify(doc.json, null, 2)),
      validPaths: doc.validPaths,
    })),
  );
}
