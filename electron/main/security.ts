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

/** Every permission (camera, geolocation, notifications, clipboard-read, ...) is refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
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
  denyAllPermissions(session);
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
