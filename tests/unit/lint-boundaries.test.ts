import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints snippets as if they lived at the given path, with the project's real config.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) =>
      ['no-restricted-imports', 'no-restricted-globals', '@typescript-eslint/no-restricted-imports'].includes(
        m.ruleId ?? '',
      ),
    )
    .map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ["import { app } from 'electron';", 'core/x.ts'],
    ["import { useState } from 'react';", 'core/x.ts'],
    ["import { create } from 'zustand';", 'core/x.ts'],
    ["import { getHost } from '../renderer/host';", 'core/x.ts'],
    ["import { log } from '../main/log';", 'core/x.ts'],
    ['export const lang = document.documentElement.lang;', 'core/x.ts'],
    ["import { log } from '../../main/log';", 'renderer/app/x.ts'],
    ["import { ipcRenderer } from 'electron';", 'renderer/app/x.ts'],
    ["import { app } from 'electron';", 'main/decisions/x.ts'],
    ["import { ipcMain } from 'electron';", 'main/window.ts'],
    ["import { app, ipcMain } from 'electron';", 'main/x.ts'],
    ["import { ipcRenderer } from 'electron';", 'main/ipc.ts'],
    ["import { contextBridge } from 'electron';", 'main/x.ts'],
    ["import { ipcMain } from 'electron';", 'main/preload.ts'],
    ["import { ipcMain } from 'electron';", 'tests/unit/x.test.ts'],
  ])('forbids %s in %s', async (code, filePath) => {
    expect(await restrictedImportErrors(`${code}\nexport {};\n`, filePath)).not.toEqual([]);
  });

  it.each([
    ["import { z } from 'zod';", 'core/x.ts'],
    ["import { LANGUAGES } from '../../core/languages';", 'renderer/app/x.ts'],
    ["import type { BrowserWindowConstructorOptions } from 'electron';", 'main/decisions/x.ts'],
    ["import { app } from 'electron';", 'main/x.ts'],
    ["import { ipcMain, type IpcMainInvokeEvent } from 'electron';", 'main/ipc.ts'],
    ["import { contextBridge, ipcRenderer } from 'electron';", 'main/preload.ts'],
  ])('allows %s in %s', async (code, filePath) => {
    expect(await restrictedImportErrors(`${code}\nexport {};\n`, filePath)).toEqual([]);
  });
});
