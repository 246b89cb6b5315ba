/**
 * The child process of the kill -9 test (bundled by esbuild, run with plain node): starts the
 * real main-process data services on a userData folder, says "ready", then saves settings in a
 * tight loop until it is killed. `start` mode only starts (which cleans up) and exits.
 */
import { createDataServices } from '../../../main/dataServices';
import { setLogSink } from '../../../core/log/logger';

const [dir, mode] = process.argv.slice(2);
if (!dir) throw new Error('usage: settingsWriterChild <userDataDir> [loop|start]');
setLogSink(() => undefined);
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const data = createDataServices({
  userDataDir: dir,
  policy: { settingsPolicy: null, machine: {}, problems: [], source: 'none' },
  log: silent,
});
const current = /^n(\d+)$/.exec(data.settings.getSettings().settings.attract.clinicName);
let next = current ? Number(current[1]) + 1 : 0;
process.stdout.write('ready\n');
if (mode !== 'start') {
  for (;;) {
    data.settings.updateSettings({ attract: { clinicName: `n${next}` } });
    next += 1;
  }
}
