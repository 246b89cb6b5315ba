import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

// Validates our packaging config against the JSON schema electron-builder itself ships.
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
const validate = ajv.compile(schema);

function errorsFor(config: unknown): string[] {
  return validate(config) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('electron-builder.yml', () => {
  const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

  it('validates against app-builder-lib/scheme.json', () => {
    expect(errorsFor(config)).toEqual([]);
  });

  it('packages the built app and never publishes (kiosks are offline)', () => {
    expect(config.files).toContain('out/**/*');
    expect(config.publish).toBeNull();
  });

  it('flips every security fuse the kiosk relies on, and nothing else', () => {
    // Each fuse closes a way in: running the binary as plain Node, NODE_OPTIONS, --inspect,
    // a swapped app.asar, loading the app from outside the asar, file:// with extra powers.
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('the schema check is real: a misspelt key fails it', () => {
    expect(errorsFor({ ...config, appID: 'typo' })).not.toEqual([]);
    expect(errorsFor({ ...config, asar: 'yes please' })).not.toEqual([]);
  });
});
