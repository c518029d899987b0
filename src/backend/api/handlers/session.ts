import type { HandlerGroup } from '../handler-map';

export const sessionHandlers: HandlerGroup<'session.restore'> = {
  /**
   * What was open when the app last stopped without a clean close. In the desktop app those files are
   * granted again: the user chose each of them before the crash, and the list comes from the app's own
   * state folder, not from the page. Browser mode never grants, so there only data-folder files reopen.
   */
  'session.restore': (_request, { session, paths, options }) => {
    const projects = session.unclosed();
    if (options.transport === 'electron') for (const project of projects) paths.grant(project.path);
    return { projects };
  },
};
