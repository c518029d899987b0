import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL_NAME } from '../../src/core/api/bridge';
import { createBridge } from './bridge';

/**
 * The sandboxed preload: one narrow object, `window.ballast`, with exactly two functions (`invoke` and
 * `onEvent`). ipcRenderer itself never reaches the page, and `invoke` refuses names that are not
 * operations before touching IPC. Bundled to CommonJS with no zod: a sandboxed preload cannot load ES
 * modules and may require only electron and a few Node built-ins.
 */
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL_NAME, createBridge(ipcRenderer));
