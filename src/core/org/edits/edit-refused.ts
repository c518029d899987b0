/**
 * An edit that would break the org (a cycle, a second root, an unknown role) is refused before anything
 * changes; the message is shown to the user as the hint for what happened.
 */
export class EditRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditRefused';
  }
}
