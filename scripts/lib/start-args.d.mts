export const DEFAULT_SAMPLE_ID: string;
export function electronLaunchArgs(userArgs: readonly string[]): string[];
export function electronLaunchEnv(env: NodeJS.ProcessEnv, bindingPath: string): NodeJS.ProcessEnv;
