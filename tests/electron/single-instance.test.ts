import { describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { parseLaunchArgs } from '../../electron/main/launch-args';
import { createDocumentOpener } from '../../electron/main/document-opener';
import { createHostEventSender } from '../../electron/main/host-events';
import { IPC_EVENT_CHANNEL } from '../../src/core/api/contract';

describe('parseLaunchArgs', () => {
  const cwd = path.resolve('/home/user');

  it('finds .ballast files in a packaged launch, resolved against the working directory', () => {
    expect(parseLaunchArgs(['/opt/Ballast/ballast', 'plans/Acme.ballast'], cwd)).toEqual({
      projectFiles: [path.resolve(cwd, 'plans/Acme.ballast')],
      sampleId: null,
      dataDir: null,
    });
  });

  it('reads --data-dir <folder> and --data-dir=<folder>, resolved against the working directory', () => {
    expect(parseLaunchArgs(['electron', '.', '--data-dir', 'smoke/projects'], cwd).dataDir).toBe(
      path.resolve(cwd, 'smoke/projects'),
    );
    const argv = ['ballast', '--data-dir=/tmp/p', 'A.ballast'];
    expect(parseLaunchArgs(argv, cwd)).toEqual({
      projectFiles: [path.resolve(cwd, 'A.ballast')],
      sampleId: null,
      dataDir: path.resolve('/tmp/p'),
    });
    expect(parseLaunchArgs(['ballast', '--data-dir='], cwd).dataDir).toBeNull();
  });

  it('skips the executable, the app path, Chromium switches and other files', () => {
    const argv = [
      'electron',
      '.',
      '--allow-file-access-from-files',
      '-psn_0_123',
      'notes.txt',
      '/tmp/B.BALLAST',
    ];
    expect(parseLaunchArgs(argv, cwd).projectFiles).toEqual([path.resolve('/tmp/B.BALLAST')]);
  });

  it('reads --sample <id> and --sample=<id>, refusing ids that are not plain names', () => {
    expect(parseLaunchArgs(['electron', '.', '--sample', 'founder-led-startup'], cwd).sampleId).toBe(
      'founder-led-startup',
    );
    expect(parseLaunchArgs(['electron', '.', '--sample=scale-up'], cwd).sampleId).toBe('scale-up');
    expect(parseLaunchArgs(['electron', '.', '--sample', '../../etc'], cwd).sampleId).toBeNull();
  });
});

function fakeWindow(minimized: boolean) {
  return { isMinimized: vi.fn(() => minimized), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
}

describe('second launch (single-instance lock)', () => {
  it('focuses the running window, restoring it if minimized, and opens the file from the second argv', () => {
    const window = fakeWindow(true);
    const order: string[] = [];
    const grantPath = vi.fn((p: string) => order.push(`grant ${p}`));
    const sendEvent = vi.fn((e: { type: string }) => order.push(`send ${e.type}`));
    const opener = createDocumentOpener({ ensureWindow: () => window, grantPath, sendEvent });

    opener.handleSecondInstance(
      ['C:\\Ballast\\Ballast.exe', '--flag', 'Team.ballast'],
      path.resolve('/work'),
    );

    const file = path.resolve('/work', 'Team.ballast');
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(grantPath).toHaveBeenCalledWith(file);
    expect(sendEvent).toHaveBeenCalledWith({ type: 'open-project', path: file });
    // The path is granted before the UI is told to open it.
    expect(order.slice(0, 2)).toEqual([`grant ${file}`, 'send open-project']);
  });

  it('only focuses when the second launch names no file', () => {
    const window = fakeWindow(false);
    const sendEvent = vi.fn();
    createDocumentOpener({ ensureWindow: () => window, grantPath: vi.fn(), sendEvent }).handleSecondInstance(
      ['ballast'],
      '/',
    );
    expect(window.focus).toHaveBeenCalled();
    expect(window.restore).not.toHaveBeenCalled();
    expect(sendEvent).not.toHaveBeenCalled();
  });
});

describe('host event sender', () => {
  it('queues events until the page has loaded, then sends them in order on the event channel', () => {
    const sender = createHostEventSender();
    sender.send({ type: 'open-project', path: '/a.ballast' });
    sender.send({ type: 'menu', command: 'fit-view' });
    const target = { send: vi.fn(), isDestroyed: () => false };
    expect(sender.pending()).toHaveLength(2);
    sender.attach(target);
    expect(target.send.mock.calls).toEqual([
      [IPC_EVENT_CHANNEL, { type: 'open-project', path: '/a.ballast' }],
      [IPC_EVENT_CHANNEL, { type: 'menu', command: 'fit-view' }],
    ]);
    sender.send({ type: 'menu', command: 'undo' });
    expect(target.send).toHaveBeenCalledTimes(3);
    sender.detach();
    sender.send({ type: 'menu', command: 'redo' });
    expect(target.send).toHaveBeenCalledTimes(3);
    expect(sender.pending()).toEqual([{ type: 'menu', command: 'redo' }]);
  });
});
