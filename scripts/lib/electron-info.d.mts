export function readElectronInfo(root: string): { version: string; abi: string | null };
export function readBetterSqliteVersion(root: string): string;
