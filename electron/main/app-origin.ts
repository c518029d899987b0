/**
 * The app's own origin. The UI is served from this privileged custom scheme rather than `file://`, so it
 * gets a real origin (CSP 'self', same-origin checks) and no access to the rest of the disk. IPC senders
 * and navigations are checked against it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ballast';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` is a page of the app (`app://ballast/...`).
 *
 * Compares scheme and host rather than `URL.origin`, because Node's URL parser gives custom schemes an
 * opaque origin ("null"); a look-alike host such as `app://ballast.evil` is refused.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
