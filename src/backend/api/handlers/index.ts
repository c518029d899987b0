import type { HandlerMap } from '../handler-map';
import { appHandlers } from './app';
import { backupHandlers } from './backups';
import { dialogHandlers } from './dialogs';
import { projectHandlers } from './projects';
import { recentHandlers } from './recent';
import { sampleHandlers } from './samples';
import { scenarioLifecycleHandlers } from './scenario-lifecycle';
import { scenarioHandlers } from './scenarios';
import { sessionHandlers } from './session';

export const handlers: HandlerMap = {
  ...appHandlers,
  ...projectHandlers,
  ...scenarioHandlers,
  ...scenarioLifecycleHandlers,
  ...backupHandlers,
  ...sessionHandlers,
  ...recentHandlers,
  ...sampleHandlers,
  ...dialogHandlers,
};
