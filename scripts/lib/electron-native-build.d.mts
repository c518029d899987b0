export const ELECTRON_HEADERS_URL: string;
export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function prebuildInstallArgs(electronVersion: string, platform: string, arch: string): string[];
export function nodeGypArgs(electronVersion: string, arch: string, devDir: string): string[];
export function findNodeGyp(root: string, env: NodeJS.ProcessEnv): string | null;
export function classifyAbiProbe(
  probe: { code: number; output: string },
  expectedAbi: string | null,
): 'node-build' | 'electron-build' | 'unknown';
export function hasCurrentBuild(root: string, electronVersion: string, betterSqliteVersion: string): boolean;
export class NativeBuildError extends Error {}
export function buildElectronBinding(options: {
  root: string;
  electronVersion: string;
  electronAbi: string | null;
  betterSqliteVersion: string;
  log(message: string): void;
}): Promise<string>;
