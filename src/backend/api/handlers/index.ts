import type { HandlerMap } from '../handler-map';
import { appHandlers } from './app';
import { backupHandlers } from './backups';
import { dialogHandlers } from './dialogs';
import { projectHandlers } from './projects';
import { recentHandlers } from './recent';
import { roomHandlers } from './room';
import { sampleHandlers } from './samples';
import { scenarioLifecycleHandlers } from './scenario-lifecycle';
import { scenarioHandlers } from './scenarios';
import { sessionHandlers } from './session';
import { workshopHandlers } from './workshop';

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
  ...roomHandlers,
  ...workshopHandlers,
};
