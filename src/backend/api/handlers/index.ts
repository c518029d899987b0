import type { HandlerMap } from '../handler-map';
import { appHandlers } from './app';
import { dialogHandlers } from './dialogs';
import { projectHandlers } from './projects';
import { recentHandlers } from './recent';
import { sampleHandlers } from './samples';
import { scenarioHandlers } from './scenarios';

export const handlers: HandlerMap = {
  ...appHandlers,
  ...projectHandlers,
  ...scenarioHandlers,
  ...recentHandlers,
  ...sampleHandlers,
  ...dialogHandlers,
};
