import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTextfileWriter, TEXTFILE_NAME } from '../../main/monitoring/textfileWriter';
import { skipReason, tools, type ToolLookup } from '../support/externalTool';
import { IDLE_RESET_AT, morningFacts } from '../support/kioskFacts';

// The real chain IT runs: the kiosk's writer → node_exporter's textfile collector → /metrics,
// and promtool's linter on the file. Skips (saying why) without the tools; fails in CI.
const nodeExporter = tools.nodeExporter();
const promtool = tools.promtool();
const skip = skipReason([nodeExporter, promtool]);
const pathOf = (lookup: ToolLookup) => (lookup.found ? lookup.path : '');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function fetchMetrics(url: string, deadline: number): Promise<string> {
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return await response.text();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `name{labels} value` lines of the exposition, as a map from series to value. */
function seriesValues(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    values.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return values;
}

describe.skipIf(skip !== null)('b12_kiosk.prom through the real node_exporter', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-textfile-'));
  let exporter: ChildProcess | undefined;
  let metricsUrl = '';
  let stderr = '';

  beforeAll(async () => {
    const writer = startTextfileWriter({ directory: dir, facts: () => morningFacts(), log: { info() {}, warn() {} } });
    await writer.writeNow();
    writer.stop();
    const port = await freePort();
    metricsUrl = `http://127.0.0.1:${port}/metrics`;
    exporter = spawn(
      pathOf(nodeExporter),
      [
        `--web.listen-address=127.0.0.1:${port}`,
        '--collector.disable-defaults',
        '--collector.textfile',
        `--collector.textfile.directory=${dir}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    exporter.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  }, 20_000);

  afterAll(() => {
    exporter?.kill();
  });

  it('serves the kiosk series with the values the kiosk wrote', async () => {
    const text = await fetchMetrics(metricsUrl, Date.now() + 15_000).catch((error: unknown) => {
      throw new Error(`node_exporter did not answer (${String(error)}): ${stderr}`);
    });
    const values = seriesValues(text);
    expect(values.get('node_textfile_scrape_error')).toBe(0);
    expect(
      [...values.keys()].some((k) => k.startsWith('node_textfile_mtime_seconds{') && k.includes(TEXTFILE_NAME)),
    ).toBe(true);
    expect(values.get('b12_kiosk_build_info{content_version="3f9c2a1b7d04",platform="linux",version="1.4.0"}')).toBe(1);
    expect(values.get('b12_kiosk_start_time_seconds')).toBe(1_767_250_000);
    expect(values.get('b12_kiosk_renderer_crashes_total{reason="crashed"}')).toBe(2);
    expect(values.get('b12_kiosk_renderer_crashes_total{reason="killed"}')).toBe(0);
    expect(values.get('b12_kiosk_heartbeat_misses_total')).toBe(4);
    expect(values.get('b12_kiosk_relaunches_total')).toBe(1);
    expect(values.get('b12_kiosk_configuration_problem{source="policy"}')).toBe(1);
    expect(values.get('b12_kiosk_last_idle_reset_timestamp_seconds')).toBe(IDLE_RESET_AT);
    expect(values.get('b12_kiosk_sessions_started_total')).toBe(3);
    expect(values.get('b12_kiosk_sessions_ended_total{outcome="finished"}')).toBe(1);
    expect(values.get('b12_kiosk_language_chosen_total{language="es"}')).toBe(2);
    expect(values.get('b12_kiosk_topic_opened_total{topic="what-is-b12"}')).toBe(2);
    // node_exporter keeps the kiosk's HELP and TYPE.
    expect(text).toContain('# TYPE b12_kiosk_sessions_ended_total counter');
  });

  it('passes `promtool check metrics` (Prometheus naming and format lint)', () => {
    const result = spawnSync(pathOf(promtool), ['check', 'metrics'], {
      input: readFileSync(path.join(dir, TEXTFILE_NAME)),
      encoding: 'utf8',
    });
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });

  it('the lint is real: a gauge named like a counter fails it', () => {
    const result = spawnSync(pathOf(promtool), ['check', 'metrics'], {
      input: '# HELP b12_kiosk_x_total X.\n# TYPE b12_kiosk_x_total gauge\nb12_kiosk_x_total 1\n',
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
  });
});
