import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { UtilityProcessLike } from '../../../electron/main/backend-process';

/**
 * A stand-in for Electron's `utilityProcess`: `fork` starts the given TypeScript entry in a real Node
 * child process (through tsx) with a `process.parentPort` like Electron's, and messages are structured
 * clones as in Electron. Only the fork call is a stand-in: the backend in the child is the real one.
 */
const shim = pathToFileURL(path.join(import.meta.dirname, 'parent-port.mjs')).href;

export function standInUtilityProcess() {
  const children: ChildProcess[] = [];
  const utilityProcess: UtilityProcessLike = {
    fork(modulePath, args = []) {
      const child = fork(modulePath, args, {
        execArgv: ['--import', 'tsx', '--import', shim],
        serialization: 'advanced',
        stdio: 'inherit',
      });
      children.push(child);
      // Electron drops a message to a process that has gone; Node reports EPIPE.
      child.on('error', () => undefined);
      const wrapper = {
        postMessage: (message: unknown) => {
          if (child.connected) child.send(message as never);
        },
        on(event: string, listener: (...args: unknown[]) => void) {
          child.on(event, listener);
          return wrapper;
        },
        // Electron's kill() ends the process; SIGKILL here so a stopped (SIGSTOP) child goes too.
        kill: () => child.kill('SIGKILL'),
      };
      return wrapper as unknown as ReturnType<UtilityProcessLike['fork']>;
    },
  };
  return {
    utilityProcess,
    children,
    killAll: () => children.forEach((child) => child.exitCode === null && child.kill('SIGKILL')),
  };
}
