/**
 * The participant API of a room session, as both sides see it: a participant's browser (the room
 * transport) and the room server (src/backend/room/). Participants never send a file path: the server
 * fills in the project and checks every scenario id against the group the join code belongs to.
 */

/** The header that carries a group's join code on every participant request but `hello`. */
export const ROOM_CODE_HEADER = 'x-ballast-room-code';
export const ROOM_API_PREFIX = '/room/api/';

/**
 * Everything a participant may ask for; any other name is refused before the request is read.
 * - hello: is this a room server? (no code needed; the UI asks it to choose the participant shell)
 * - join: the group, its variant and the baseline (also counts as a ping)
 * - ping: "still here", so the facilitator sees who is connected
 * - scenario.list / scenario.load: only the baseline and the group's own variant
 * - scenario.save: only the group's own variant
 */
export const PARTICIPANT_OPERATIONS = [
  'hello',
  'join',
  'ping',
  'scenario.list',
  'scenario.load',
  'scenario.save',
] as const;
export type ParticipantOperation = (typeof PARTICIPANT_OPERATIONS)[number];

export function isParticipantOperation(name: string): name is ParticipantOperation {
  return (PARTICIPANT_OPERATIONS as readonly string[]).includes(name);
}

export interface RoomScenarioRef {
  id: string;
  name: string;
}

/** What `join` answers: which group this code is, and the two scenarios it may see. */
export interface RoomJoinInfo {
  groupName: string;
  projectName: string;
  baseline: RoomScenarioRef;
  variant: RoomScenarioRef;
}

/** How often a participant's page says it is still there, and how long the facilitator counts it so. */
export const ROOM_PING_INTERVAL_MS = 5_000;
export const ROOM_PRESENCE_WINDOW_MS = 15_000;

/** A network interface a room session may listen on (room.interfaces). */
export interface RoomInterfaceInfo {
  /** The operating system's name for it (eth0, en0, Wi-Fi). */
  name: string;
  address: string;
  /** True for 127.0.0.1: only this computer can join. */
  loopback: boolean;
  /** For the facilitator's list: "Wi-Fi: 192.168.1.20", "This computer only (lo): 127.0.0.1". */
  label: string;
}

export interface RoomParticipantStatus {
  address: string;
  lastSeen: string;
  /** Heard from within ROOM_PRESENCE_WINDOW_MS. */
  connected: boolean;
}

export interface RoomGroupStatus {
  name: string;
  scenarioId: string;
  code: string;
  /** The room's address with the code in its fragment (#join=CODE), for the QR code. */
  joinUrl: string;
  participants: RoomParticipantStatus[];
}

/** room.status: the facilitator's view of the session (running: false and empty when there is none). */
export interface RoomStatus {
  running: boolean;
  path: string | null;
  address: string | null;
  port: number | null;
  url: string | null;
  startedAt: string | null;
  groups: RoomGroupStatus[];
}
