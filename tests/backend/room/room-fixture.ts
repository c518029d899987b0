import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Backend } from '../../../src/backend/backend';
import { newJoinCodes } from '../../../src/backend/room/join-codes';
import type { RoomGroupScope } from '../../../src/backend/room/participant-operations';
import {
  startRoomServer,
  type RoomServerOptions,
  type RunningRoomServer,
} from '../../../src/backend/room/room-server';
import { call, useBackend } from '../../helpers/backend';
import { richScenario } from '../../helpers/scenarios';
import { useTempDir } from '../../helpers/temp-dir';

export interface RoomFixture {
  backend: Backend;
  root: string;
  projectPath: string;
  baselineId: string;
  /** One per group, in order: [code, scope]. */
  groups: { code: string; scope: RoomGroupScope }[];
  server: RunningRoomServer;
  port: number;
}

/**
 * A real project file with a baseline and two group variants (made with scenario.create, as the
 * workshop's groups are), served by a real room server on 127.0.0.1.
 */
export function useRoomFixture(): (options?: Partial<RoomServerOptions>) => Promise<RoomFixture> {
  const tempDir = useTempDir('ballast-room-');
  const backendAt = useBackend();
  const running: RunningRoomServer[] = [];
  afterEach(async () => {
    for (const server of running.splice(0)) await server.close();
  });
  return async (options = {}) => {
    const root = tempDir();
    const staticDir = join(root, 'ui');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Ballast</title>');
    writeFileSync(join(root, 'secret.txt'), 'do not serve');
    const backend = backendAt(root);
    const project = await call(backend, 'project.create', { name: 'Workshop' });
    const baseline = await call(backend, 'scenario.save', {
      path: project.path,
      scenario: { ...richScenario(), name: 'Baseline' },
    });
    const codes = newJoinCodes(2);
    const groups: RoomFixture['groups'] = [];
    for (const [i, code] of codes.entries()) {
      const name = `Group ${i + 1}`;
      const variant = await call(backend, 'scenario.create', {
        path: project.path,
        name,
        fromScenarioId: baseline.id,
      });
      groups.push({
        code,
        scope: {
          groupName: name,
          projectName: 'Workshop',
          path: project.path,
          baselineId: baseline.id,
          variantId: variant.id,
        },
      });
    }
    const server = await startRoomServer({
      dispatch: backend.dispatch,
      staticDir,
      address: '127.0.0.1',
      port: 0,
      groups: new Map(groups.map((g) => [g.code, g.scope])),
      ...options,
    });
    running.push(server);
    return {
      backend,
      root,
      projectPath: project.path,
      baselineId: baseline.id,
      groups,
      server,
      port: server.port,
    };
  };
}
