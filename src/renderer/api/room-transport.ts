import type { ProjectSummary, ScenarioSummary } from '../../core/api/contract';
import type { ApiResult } from '../../core/api/errors';
import {
  ROOM_API_PREFIX,
  ROOM_CODE_HEADER,
  type ParticipantOperation,
  type RoomJoinInfo,
} from '../../core/api/room-protocol';
import { postJson, type Transport } from './transport';

/**
 * The project path the participant's UI passes around. It means nothing to the room server, which
 * fills in the real project itself: a participant never sends or sees a file path.
 */
export const ROOM_PROJECT_PATH = 'room-session';

const CODE_KEY = 'ballast.roomCode';

export interface RoomTransport extends Transport {
  /** Tries a join code; on success it is kept for the tab's lifetime (a reload rejoins). */
  join(code: string): Promise<ApiResult<RoomJoinInfo>>;
  /** "Still here", so the facilitator sees who is connected. */
  ping(): Promise<ApiResult<unknown>>;
  /** The code kept from an earlier join or from the page's #join=CODE, if any. */
  savedCode(): string | null;
  /** Leaves the group: the code is forgotten. */
  forget(): void;
}

/**
 * A participant's transport: the editor's few operations (open the "project", list, load and save
 * scenarios) mapped onto the room server's participant API; everything else is answered here with a
 * plain "not available in a room session".
 */
export function roomTransport(win: Window = window, base = ''): RoomTransport {
  let code = readCode(win);
  let joined: RoomJoinInfo | null = null;

  const post = (operation: ParticipantOperation, payload: unknown): Promise<ApiResult<unknown>> =>
    postJson(
      `${base}${ROOM_API_PREFIX}${operation}`,
      { [ROOM_CODE_HEADER]: code ?? '' },
      payload,
      'The room session cannot be reached: it may have ended, or this laptop has left the network. Ask the facilitator.',
    );

  async function openProject(): Promise<ApiResult<ProjectSummary>> {
    if (!joined) return failure('forbidden', 'Join your group with its code first.');
    const listed = await post('scenario.list', {});
    if (!listed.ok) return listed;
    const list = listed.value as ScenarioSummary[];
    // The baseline first: Compare takes the first scenario as the one to measure against.
    const order = [joined.baseline.id, joined.variant.id];
    const scenarios = order.flatMap((id) => list.filter((s) => s.id === id));
    return {
      ok: true,
      value: {
        path: ROOM_PROJECT_PATH,
        fileName: joined.projectName,
        name: joined.projectName,
        scenarios,
        lastScenarioId: joined.variant.id,
      },
    };
  }

  return {
    async join(typed) {
      code = typed;
      const result = await post('join', {});
      if (result.ok) {
        joined = result.value as RoomJoinInfo;
        win.sessionStorage.setItem(CODE_KEY, typed);
        return { ok: true, value: joined };
      }
      code = null;
      joined = null;
      win.sessionStorage.removeItem(CODE_KEY);
      return result;
    },
    ping: () => post('ping', {}),
    savedCode: () => code,
    forget() {
      code = null;
      joined = null;
      win.sessionStorage.removeItem(CODE_KEY);
    },
    async invoke(name, payload) {
      const request = (payload ?? {}) as { scenarioId?: string; scenario?: unknown };
      switch (name) {
        case 'project.open':
          return openProject();
        case 'scenario.list':
          return post('scenario.list', {});
        case 'scenario.load':
          return post('scenario.load', { scenarioId: request.scenarioId });
        case 'scenario.save':
          return post('scenario.save', { scenarioId: request.scenarioId, scenario: request.scenario });
        default:
          return failure(
            'unsupported',
            `${name} is not available in a room session: here you work on your group’s variant only.`,
          );
      }
    },
    // A room has no menus or OS file events.
    onEvent: () => () => {},
  };
}

function failure(code: 'io' | 'internal' | 'forbidden' | 'unsupported', message: string) {
  return { ok: false as const, error: { code, message } };
}

/**
 * A code from the page's fragment (#join=CODE, as the QR code carries it: never sent to a server) is
 * kept in sessionStorage and taken out of the address bar; else the code kept from an earlier join.
 */
function readCode(win: Window): string | null {
  const fromHash = new URLSearchParams(win.location.hash.slice(1)).get('join');
  if (fromHash) {
    win.sessionStorage.setItem(CODE_KEY, fromHash);
    win.history.replaceState(null, '', win.location.pathname);
    return fromHash;
  }
  return win.sessionStorage.getItem(CODE_KEY);
}

/** True when this page was served by a room server (its /room/api/hello answers); never in the desktop app. */
export async function servedByRoom(win: Window = window): Promise<boolean> {
  if (win.ballast) return false;
  // Browser mode always has its secret, in the fragment or kept from it: no need to ask.
  if (new URLSearchParams(win.location.hash.slice(1)).has('secret')) return false;
  if (win.sessionStorage.getItem('ballast.secret')) return false;
  try {
    const response = await fetch(`${ROOM_API_PREFIX}hello`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    if (!response.ok) return false;
    const body = (await response.json()) as ApiResult<{ room?: boolean }>;
    return body.ok && body.value.room === true;
  } catch {
    return false;
  }
}
