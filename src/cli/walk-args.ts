/**
 * The command lines' shared reading of arguments: positional ones are collected; each `--flag` is handed
 * to `onFlag` with a `value()` that takes its value from after "=" or from the next argument, noting
 * "--flag needs a value" among the errors when there is none. Nothing is thrown, so one run can list
 * every mistake.
 */
export function walkArgs(
  argv: readonly string[],
  errors: string[],
  onFlag: (flag: string, value: () => string | undefined) => void,
): string[] {
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    onFlag(flag, () => {
      if (eq !== -1) return arg.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        errors.push(`${flag} needs a value.`);
        return undefined;
      }
      i++;
      return next;
    });
  }
  return positional;
}
