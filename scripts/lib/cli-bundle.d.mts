export const CLI_ENTRIES: Record<'simulate' | 'import-csv', string>;
export function cliOutDir(root: string): string;
export function cliBundlePath(root: string, name: string, outDir?: string): string;
export function cliBundleIsStale(root: string, outDir?: string): boolean;
export function buildCliBundles(root: string, outDir?: string): Promise<void>;
export function ensureCliBundle(root: string, name: string, outDir?: string): Promise<string>;
