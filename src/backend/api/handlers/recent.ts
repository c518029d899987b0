import type { HandlerGroup } from '../handler-map';

export const recentHandlers: HandlerGroup<'recent.list'> = {
  'recent.list': (_request, { recent }) => recent.list(),
};
