/**
 * `npm run recordings:check <folder> [-- --write-manifest]`: names, format,
 * duration and loudness of every recording, and coverage per language and
 * topic. Exits 1 when a file matches no page, cannot be played or is silent;
 * 2 when the folder cannot be read. `--write-manifest` writes manifest.json
 * for a static web server that hosts the browser build (main builds its own).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MANIFEST_FILE_NAME } from '../../core/recordings/naming';
import { checkRecordingsFolder } from './checkFolder';
import { formatReport } from './report';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { 'write-manifest': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  const [folderArg] = positionals;
  if (!folderArg || positionals.length > 1) {
    console.error('usage: npm run recordings:check <folder> [-- --write-manifest] [-- --json]');
    return 2;
  }
  const folder = path.resolve(folderArg);
  let check;
  try {
    check = await checkRecordingsFolder(folder);
  } catch (error) {
    console.error(`cannot read ${folder}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  console.log(values.json ? JSON.stringify(check, null, 2) : formatReport(check));
  if (values['write-manifest']) {
    const manifestPath = path.join(folder, MANIFEST_FILE_NAME);
    writeFileSync(manifestPath, `${JSON.stringify({ files: check.playable }, null, 2)}\n`);
    console.log(`wrote ${manifestPath} (${check.playable.length} recordings)`);
  }
  return check.failed ? 1 : 0;
}

if (process.argv[1] === import.meta.filename) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 2;
    },
  );
}
