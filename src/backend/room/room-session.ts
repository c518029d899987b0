import { ApiFailure } from '../../core/api/errors';
import { ROOM_PRESENCE_WINDOW_MS, type RoomStatus } from '../../core/api/room-protocol';
import type { Dispatch } from '../api/dispatch';
import { newJoinCodes } from './join-codes';
import { roomInterfaces } from './network-interfaces';
import type { RoomGroupScope } from './participant-operations';
import type { LockoutPolicy, RateLimit } from './rate-limit';
import { startRoomServer, type RunningRoomServer } from './room-server';

export interface WorkshopInfoLike {
  baselineId: string;
  groups: { scenarioId: string; name: string }[];
}

export interface RoomStartRequest {
  /** The project as the facilitator's UI names it (passed to dispatch as is). */
  path: string;
  /** The same project resolved, to recognise it when it closes. */
  resolvedPath: string;
  projectName: string;
  address: string;
  port?: number;
}

export interface RoomSessionOptions {
  dispatch: () => Dispatch;
  staticDir: string | undefined;
  rateLimit?: RateLimit;
  lockout?: LockoutPolicy;
  now?: () => number;
  interfaces?: () => { address: string }[];
}

interface Running {
  server: RunningRoomServer;
  request: RoomStartRequest;
  startedAt: number;
  groups: { code: string; name: string; scenarioId: string }[];
}

/**
 * The one room session a backend may run: started only by the facilitator's explicit room.start, ended by
 * room.end, by closing its project or by closing the backend. Each start deals new join codes.
 */
export class RoomSession {
  private running: Running | null = null;
  private starting = false;
  private readonly now: () => number;

  constructor(private readonly options: RoomSessionOptions) {
    this.now = options.now ?? Date.now;
  }

  async start(request: RoomStartRequest): Promise<RoomStatus> {
    // Two starts at once (a double click) must not both get past the check while the first listens.
    if (this.starting) {
      throw new ApiFailure('already-exists', 'A room session is starting already.');
    }
    this.starting = true;
    try {
      return await this.startNow(request);
    } finally {
      this.starting = false;
    }
  }

  private async startNow(request: RoomStartRequest): Promise<RoomStatus> {
    if (this.running) {
      throw new ApiFailure(
        'already-exists',
        'A room session is already running. End it first (Room session > End session) to start another.',
      );
    }
    const staticDir = this.options.staticDir;
    if (!staticDir) {
      throw new ApiFailure('unsupported', 'This copy of Ballast has no built UI to serve to participants.');
    }
    const known = (this.options.interfaces ?? roomInterfaces)().map((i) => i.address);
    if (!known.includes(request.address)) {
      throw new ApiFailure(
        'invalid-request',
        `${request.address} is not a network interface of this computer. Pick one from the list: the network the participants’ laptops are on.`,
      );
    }
    const workshop = await this.workshopOf(request.path);
    const codes = newJoinCodes(workshop.groups.length);
    const groups = workshop.groups.map((group, i) => ({ ...group, code: codes[i] }));
    const scopes = new Map<string, RoomGroupScope>(
      groups.map((group) => [
        group.code,
        {
          groupName: group.name,
          projectName: request.projectName,
          path: request.path,
          baselineId: workshop.baselineId,
          variantId: group.scenarioId,
        },
      ]),
    );
    const server = await startRoomServer({
      dispatch: this.options.dispatch(),
      staticDir,
      address: request.address,
      port: request.port ?? 0,
      groups: scopes,
      rateLimit: this.options.rateLimit,
      lockout: this.options.lockout,
      now: this.now,
    });
    this.running = { server, request, startedAt: this.now(), groups };
    return this.status();
  }

  status(): RoomStatus {
    const running = this.running;
    if (!running) {
      return {
        running: false,
        path: null,
        address: null,
        port: null,
        url: null,
        startedAt: null,
        groups: [],
      };
    }
    const { server } = running;
    const now = this.now();
    return {
      running: true,
      path: running.request.path,
      address: server.address,
      port: server.port,
      url: server.url,
      startedAt: new Date(running.startedAt).toISOString(),
      groups: running.groups.map((group) => ({
        name: group.name,
        scenarioId: group.scenarioId,
        code: group.code,
        // The code travels in the fragment: never sent to a server, never in a log or a Referer.
        joinUrl: `${server.url}#join=${group.code}`,
        participants: server.presence.of(group.code).map(({ address, lastSeen }) => ({
          address,
          lastSeen: new Date(lastSeen).toISOString(),
          connected: now - lastSeen <= ROOM_PRESENCE_WINDOW_MS,
        })),
      })),
    };
  }

  async end(): Promise<{ ended: boolean }> {
    const running = this.running;
    if (!running) return { ended: false };
    this.running = null;
    await running.server.close();
    return { ended: true };
  }

  /** Closing the session's project ends the session: its groups would have nothing left to edit. */
  async projectClosed(resolvedPath: string): Promise<void> {
    if (this.running?.request.resolvedPath === resolvedPath) await this.end();
  }

  private async workshopOf(path: string): Promise<WorkshopInfoLike> {
    const result = await this.options.dispatch()('workshop.get', { path });
    if (!result.ok) throw new ApiFailure(result.error.code, result.error.message, result.error.details);
    const workshop = result.value as WorkshopInfoLike | null;
    if (!workshop || workshop.groups.length === 0) {
      throw new ApiFailure(
        'invalid-request',
        'This project has no workshop groups yet. Create the groups from a baseline first, then start the room session.',
      );
    }
    return workshop;
  }
}
