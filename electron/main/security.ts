import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * Hardening applied to every web contents and to the app's session. The UI is a single page served from
 * the app protocol: it never needs to navigate, open windows, embed webviews, reach the network or ask
 * for camera, notifications and the like, so all of that is refused outright.
 */

/** Requests the renderer may make: the app itself, in-memory data, and (in development) DevTools. */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  if (scheme === 'data:' || scheme === 'devtools:') return true;
  // blob: URLs carry their creator's origin: blob:app://ballast/<uuid>.
  if (scheme === 'blob:') return isAppUrl(url.slice('blob:'.length));
  return false;
}

/**
 * The one permission granted: full screen, for the presenter view's stage, and only to the app's own
 * top-level page (a frame of anything else never gets it).
 */
export function permissionGranted(
  permission: string,
  details: { requestingUrl?: string; isMainFrame?: boolean } | undefined,
): boolean {
  return (
    permission === 'fullscreen' &&
    details?.isMainFrame === true &&
    details.requestingUrl !== undefined &&
    isAppUrl(details.requestingUrl)
  );
}

/**
 * Every permission (camera, geolocation, notifications, clipboard-read, ...) is refused but the app's own
 * full screen (permissionGranted).
 */
export function restrictPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) =>
    callback(permissionGranted(permission, details)),
  );
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Cancels any request that is not for the app itself (http, https, ws, file, ...). */
export function blockForeignRequests(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) console.warn(`[ballast] blocked a request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}

export function hardenSession(session: Session): void {
  restrictPermissions(session);
  blockForeignRequests(session);
}

/** No navigation (the UI is one page), no new windows, no <webview>. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    // Covers sub-frames too; a frame may only ever show the app itself.
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
