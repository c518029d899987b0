import { z } from 'zod';
import type { Scenario } from '../scenario/types';
import type { RoomInterfaceInfo, RoomStatus } from './room-protocol';

/**
 * The one API between the UI and the backend: each operation's name, its request schema (checked at the
 * boundary before a handler runs) and its response type. Electron IPC and the browser-mode HTTP server
 * both carry exactly this map, so the UI cannot tell them apart.
 */

export interface AppInfo {
  name: string;
  version: string;
  transport: 'electron' | 'web';
  /** Where new projects and opened samples are written. */
  dataDir: string;
  /** Whether the host can show native open/save dialogs (Electron) or the UI lists dataDir itself (web). */
  nativeDialogs: boolean;
  schemaVersion: number;
}

export interface ScenarioSummary {
  id: string;
  name: string;
  description: string;
  roleCount: number;
  headcount: number;
  updatedAt: string;
}

export interface ProjectSummary {
  path: string;
  /** The file name without folder and extension. */
  fileName: string;
  name: string;
  scenarios: ScenarioSummary[];
  /** The scenario last opened in this project (live, not trashed), to reopen it; null when none. */
  lastScenarioId?: string | null;
  /**
   * Set when the project could only be opened read-only: why, in a sentence (a write-protected file, a
   * read-only disk or share). Edits cannot be saved to it; Save As can keep them in a copy.
   */
  readOnly?: string;
}

/** A scenario in the project's trash: restorable until the trash is emptied. */
export interface TrashedScenario extends ScenarioSummary {
  deletedAt: string;
}

/** One rolling backup of a project, taken through SQLite's backup API. */
export interface BackupInfo {
  /** Opaque; pass it to backups.restore. */
  id: string;
  takenAt: string;
  bytes: number;
  /** Why it was taken: after saves, or just before a restore replaced the project. */
  reason: 'autosave' | 'before-restore';
}

/** A project that was open when the app last stopped without closing it (a crash or a kill). */
export interface SessionProject {
  path: string;
  lastScenarioId: string | null;
  /** False when the file has since been moved or deleted. */
  exists: boolean;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
  /** False when the file has since been moved or deleted. */
  exists: boolean;
}

export interface ProjectFileEntry {
  path: string;
  fileName: string;
  modifiedAt: string;
  bytes: number;
}

export interface SampleInfo {
  id: string;
  name: string;
  audience: string;
  description: string;
  scenarioCount: number;
}

export interface StoredScenario {
  id: string;
  scenario: Scenario;
  updatedAt: string;
}

export interface WorkshopGroup {
  scenarioId: string;
  name: string;
}

/** A project's workshop: the baseline scenario and its group variants, in the order they were made. */
export interface WorkshopInfo {
  baselineId: string;
  groups: WorkshopGroup[];
}

const projectPath = z.string().min(1, 'a project path is required');
const scenarioId = z.string().min(1, 'a scenario id is required');
const scenarioName = z.string().trim().min(1, 'a scenario needs a name').max(200);

/**
 * Scenario bodies are validated in the handler with the format-v1 parser, which reports every problem
 * with its place; here they only need to be an object.
 */
const scenarioBody = z.record(z.string(), z.unknown());

export const requestSchemas = {
  'app.info': z.object({}).strict(),
  'project.create': z
    .object({
      name: z.string().trim().min(1, 'a project needs a name').max(200),
      /** A file name or path; relative names land in the data folder. Absent: derived from name. */
      path: z.string().min(1).optional(),
    })
    .strict(),
  'project.open': z.object({ path: projectPath }).strict(),
  'project.close': z.object({ path: projectPath }).strict(),
  'project.browse': z.object({}).strict(),
  'scenario.list': z.object({ path: projectPath }).strict(),
  /**
   * Reads a scenario and makes it the one to reopen; `remember: false` only reads it (the groups board's
   * background reads must not change which scenario the project reopens on).
   */
  'scenario.load': z.object({ path: projectPath, scenarioId, remember: z.boolean().optional() }).strict(),
  'scenario.save': z
    .object({ path: projectPath, scenarioId: scenarioId.optional(), scenario: scenarioBody })
    .strict(),
  'recent.list': z.object({}).strict(),
  'samples.list': z.object({}).strict(),
  'samples.open': z.object({ sampleId: z.string().min(1) }).strict(),
  /** Native dialogs: answered by the Electron host; 'unsupported' in browser mode (see AppInfo). */
  'dialog.openProject': z.object({}).strict(),
  'dialog.saveProject': z.object({ suggestedName: z.string().max(200).optional() }).strict(),
  /** Scenario lifecycle: an empty scenario has one root role; `fromScenarioId` copies that scenario. */
  'scenario.create': z
    .object({ path: projectPath, name: scenarioName, fromScenarioId: scenarioId.optional() })
    .strict(),
  'scenario.rename': z.object({ path: projectPath, scenarioId, name: scenarioName }).strict(),
  /** Branches any scenario, placed right after it; the name defaults to "<name> (copy)". */
  'scenario.duplicate': z.object({ path: projectPath, scenarioId, name: scenarioName.optional() }).strict(),
  /** Moves a scenario to the trash; scenario.restore brings it back until scenario.trash.empty. */
  'scenario.delete': z.object({ path: projectPath, scenarioId }).strict(),
  'scenario.trash.list': z.object({ path: projectPath }).strict(),
  'scenario.restore': z.object({ path: projectPath, scenarioId }).strict(),
  'scenario.trash.empty': z.object({ path: projectPath }).strict(),
  /** The new order of every live scenario (exactly the ids scenario.list returns). */
  'scenario.reorder': z.object({ path: projectPath, scenarioIds: z.array(scenarioId).min(1) }).strict(),
  /**
   * A consistent copy of the open project through SQLite's backup API, which then becomes the open
   * project. `targetPath` obeys the same path policy as project.open (a dialog.saveProject answer is
   * allowed); an existing file is replaced only with `replace: true`.
   */
  'project.saveAs': z
    .object({ path: projectPath, targetPath: projectPath, replace: z.boolean().optional() })
    .strict(),
  'backups.list': z.object({ path: projectPath }).strict(),
  /** Replaces the project with a backup; the current state is backed up first. */
  'backups.restore': z.object({ path: projectPath, backupId: z.string().min(1) }).strict(),
  /** What was open when the app last stopped without a clean close, to reopen after a crash. */
  'session.restore': z.object({}).strict(),
  /** Room session (src/backend/room/): this computer's IPv4 interfaces a session may listen on. */
  'room.interfaces': z.object({}).strict(),
  /**
   * Starts the one room session: serves the UI and the participant API on `address` (one of
   * room.interfaces), with a new join code per workshop group. Needs a workshop with groups.
   */
  'room.start': z
    .object({
      path: projectPath,
      address: z.string().min(1).max(64),
      port: z.number().int().min(0).max(65535).optional(),
    })
    .strict(),
  'room.status': z.object({}).strict(),
  /** Ends the session: closes the server and every connection; the codes are forgotten. */
  'room.end': z.object({}).strict(),
  /** The project's workshop (docs/WORKSHOP.md): null when it has none or its baseline is in the trash. */
  'workshop.get': z.object({ path: projectPath }).strict(),
  /**
   * One copy of the baseline per name, in order, after the baseline and any earlier groups, in one
   * transaction. Names are checked in the backend (core/workshop/group-names.ts) with plain messages.
   */
  'workshop.createGroups': z
    .object({
      path: projectPath,
      baselineId: scenarioId,
      names: z.array(z.string().max(200)).min(1).max(100),
    })
    .strict(),
} as const;

export type OperationName = keyof typeof requestSchemas;
export type RequestOf<N extends OperationName> = z.input<(typeof requestSchemas)[N]>;
export type ParsedRequestOf<N extends OperationName> = z.output<(typeof requestSchemas)[N]>;

export interface ResponseMap {
  'app.info': AppInfo;
  'project.create': ProjectSummary;
  'project.open': ProjectSummary;
  'project.close': { closed: boolean };
  'project.browse': ProjectFileEntry[];
  'scenario.list': ScenarioSummary[];
  'scenario.load': StoredScenario;
  'scenario.save': ScenarioSummary;
  'recent.list': RecentProject[];
  'samples.list': SampleInfo[];
  'samples.open': ProjectSummary;
  'dialog.openProject': { path: string | null };
  'dialog.saveProject': { path: string | null };
  'scenario.create': ScenarioSummary;
  'scenario.rename': ScenarioSummary;
  'scenario.duplicate': ScenarioSummary;
  'scenario.delete': TrashedScenario;
  'scenario.trash.list': TrashedScenario[];
  'scenario.restore': ScenarioSummary;
  'scenario.trash.empty': { deleted: number };
  'scenario.reorder': ScenarioSummary[];
  'project.saveAs': ProjectSummary;
  'backups.list': BackupInfo[];
  'backups.restore': ProjectSummary;
  'session.restore': { projects: SessionProject[] };
  'room.interfaces': RoomInterfaceInfo[];
  'room.start': RoomStatus;
  'room.status': RoomStatus;
  'room.end': { ended: boolean };
  'workshop.get': WorkshopInfo | null;
  'workshop.createGroups': WorkshopInfo;
}

export type ResponseOf<N extends OperationName> = ResponseMap[N];

export const OPERATION_NAMES = Object.keys(requestSchemas) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(requestSchemas, name);
}

/** The single IPC channel; the operation name travels inside the message. */
export const IPC_CHANNEL = 'ballast:invoke';
/** Events the Electron main process sends to the UI (menu commands, files opened from the OS). */
export const IPC_EVENT_CHANNEL = 'ballast:event';

export type HostEvent = { type: 'menu'; command: MenuCommand } | { type: 'open-project'; path: string };

export const MENU_COMMANDS = [
  'new-project',
  'open-project',
  'save-as',
  'import-csv',
  'export-scenario',
  'compare-scenarios',
  'undo',
  'redo',
  'zoom-in',
  'zoom-out',
  'fit-view',
  'toggle-dark-mode',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
