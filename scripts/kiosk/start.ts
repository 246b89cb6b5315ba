// `npm start` / `npm run kiosk:browser` (after `npm run build`): see startPlan.ts for what it decides.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../../tests/support/findChromium';
import { findElectron } from '../../tests/support/findElectron';
import { runBrowserKiosk } from './browserKiosk';
import { BROWSER_HOST_BANNER, chromiumMissingNotice, planStart } from './startPlan';

function playwrightBrowserPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

async function main(projectRoot: string, argv: string[]): Promise<number> {
  const plan = planStart(findElectron(projectRoot), argv);
  if (plan.kind === 'electron') {
    const electron = spawn(plan.executablePath, plan.args, { cwd: projectRoot, stdio: 'inherit' });
    return new Promise((resolve) => electron.on('exit', (code) => resolve(code ?? 0)));
  }
  if (plan.notice) console.log(`\n${plan.notice}\n`);
  const browser = findChromium(process.env, playwrightBrowserPath());
  if (!browser.found) {
    console.error(chromiumMissingNotice(browser));
    return 1;
  }
  console.log(`${BROWSER_HOST_BANNER}\n`);
  return runBrowserKiosk({ projectRoot, chromiumPath: browser.path });
}

export function startKiosk(projectRoot: string): void {
  main(path.resolve(projectRoot), process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
