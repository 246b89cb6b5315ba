import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { collectKioskMetrics } from '../../core/monitoring';
import { skipReason, tools, type ToolLookup } from '../support/externalTool';
import { morningFacts } from '../support/kioskFacts';

const root = path.resolve(import.meta.dirname, '..', '..');
const dir = path.join(root, 'deploy/prometheus');
const promtool = tools.promtool();
const skip = skipReason([promtool]);
const pathOf = (lookup: ToolLookup) => (lookup.found ? lookup.path : '');
const run = (args: string[], cwd = dir) => spawnSync(pathOf(promtool), args, { cwd, encoding: 'utf8' });

interface Panel {
  title: string;
  targets: { expr: string }[];
}
const dashboard = JSON.parse(readFileSync(path.join(dir, 'grafana-dashboard.json'), 'utf8')) as { panels: Panel[] };
const dashboardExprs = dashboard.panels.flatMap((panel) =>
  panel.targets.map((target) => ({ panel: panel.title, expr: target.expr })),
);
const alertExprs = (
  yaml.load(readFileSync(path.join(dir, 'alerts.yml'), 'utf8')) as {
    groups: { rules: { alert: string; expr: string }[] }[];
  }
).groups.flatMap((group) => group.rules);

/** Metric names a PromQL expression reads (identifiers before `{`, `[` or a space that are ours or the exporters'). */
function metricNames(expr: string): string[] {
  return [...expr.matchAll(/\b((?:b12_kiosk|node|windows)_[a-z0-9_]+)\b/g)].map((m) => m[1] ?? '');
}

describe('deploy/prometheus', () => {
  const kioskNames = new Set(collectKioskMetrics(morningFacts()).families.map((f) => f.name));

  it('alerts and dashboard only read kiosk series the kiosk really writes', () => {
    const used = [...alertExprs.map((r) => r.expr), ...dashboardExprs.map((d) => d.expr)].flatMap(metricNames);
    const kioskUsed = used.filter((name) => name.startsWith('b12_kiosk_'));
    expect(kioskUsed.length).toBeGreaterThan(10);
    expect(kioskUsed.filter((name) => !kioskNames.has(name))).toEqual([]);
  });

  it('has the four alerts IT asked for', () => {
    expect(alertExprs.map((r) => r.alert)).toEqual(
      expect.arrayContaining(['B12KioskAppDown', 'B12KioskCrashLooping', 'B12KioskPolicyBroken', 'B12KioskNoSessions']),
    );
  });

  it.skipIf(skip !== null)('alerts.yml passes `promtool check rules`', () => {
    const result = run(['check', 'rules', 'alerts.yml']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('SUCCESS: 6 rules found');
    expect(result.status).toBe(0);
  });

  it.skipIf(skip !== null)('alerts fire when they should and stay quiet otherwise (`promtool test rules`)', () => {
    const result = run(['test', 'rules', 'alerts.test.yml']);
    expect(result.stdout.trim()).toBe('Unit Testing:  alerts.test.yml\n  SUCCESS');
    expect(result.status).toBe(0);
  });

  it.skipIf(skip !== null)('every dashboard query is valid PromQL (parsed by promtool as recording rules)', () => {
    const substituted = dashboardExprs.map(({ expr }) =>
      expr.replaceAll('$job', 'b12-kiosk').replaceAll('$instance', '.*').replaceAll('$__range', '1d'),
    );
    const rules = {
      groups: [{ name: 'dashboard', rules: substituted.map((expr, i) => ({ record: `dashboard:query_${i}`, expr })) }],
    };
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'dashboard-'));
    writeFileSync(path.join(scratch, 'dashboard.yml'), yaml.dump(rules));
    const result = run(['check', 'rules', 'dashboard.yml'], scratch);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`SUCCESS: ${substituted.length} rules found`);
  });
});
