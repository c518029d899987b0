import { describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import {
  blockForeignRequests,
  restrictPermissions,
  hardenWebContents,
  isAllowedRequestUrl,
} from '../../electron/main/security';
import { CONTENT_SECURITY_POLICY } from '../../src/backend/transport/content-security-policy';

/** A stand-in web contents: an emitter plus the window-open handler slot. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => unknown) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => {
      openHandler = handler;
    },
  });
  hardenWebContents(contents as unknown as WebContents);
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    emitter.emit(name, event, url);
    return event.preventDefault;
  };
  return { fire, openWindow: (url: string) => openHandler?.({ url }) };
}

describe('web contents hardening', () => {
  it.each(['https://example.com/', 'file:///etc/passwd', 'app://ballast/index.html'])(
    'refuses navigating the page to %s',
    (url) => {
      expect(fakeContents().fire('will-navigate', url)).toHaveBeenCalled();
    },
  );

  it('refuses a frame navigation away from the app, allows the app itself', () => {
    const { fire } = fakeContents();
    expect(fire('will-frame-navigate', 'https://example.com/')).toHaveBeenCalled();
    expect(fire('will-frame-navigate', 'app://ballast.evil/x')).toHaveBeenCalled();
    expect(fire('will-frame-navigate', 'app://ballast/index.html')).not.toHaveBeenCalled();
  });

  it('refuses redirects and <webview> attachment', () => {
    const { fire } = fakeContents();
    expect(fire('will-redirect', 'https://example.com/')).toHaveBeenCalled();
    expect(fire('will-attach-webview', 'https://example.com/')).toHaveBeenCalled();
  });

  it.each(['https://example.com/', 'app://ballast/index.html', 'about:blank'])(
    'denies window.open(%s)',
    (url) => {
      expect(fakeContents().openWindow(url)).toEqual({ action: 'deny' });
    },
  );
});

function fakeSession() {
  const captured: {
    request?: (
      wc: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details?: { requestingUrl?: string; isMainFrame?: boolean },
    ) => void;
    check?: (...args: unknown[]) => boolean;
    device?: (...args: unknown[]) => boolean;
    beforeRequest?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
  } = {};
  const session = {
    setPermissionRequestHandler: (handler: typeof captured.request) => (captured.request = handler),
    setPermissionCheckHandler: (handler: typeof captured.check) => (captured.check = handler),
    setDevicePermissionHandler: (handler: typeof captured.device) => (captured.device = handler),
    webRequest: {
      onBeforeRequest: (handler: typeof captured.beforeRequest) => (captured.beforeRequest = handler),
    },
  };
  return { session: session as unknown as Session, captured };
}

describe('session hardening', () => {
  const APP_PAGE = { requestingUrl: 'app://ballast/index.html', isMainFrame: true };
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'pointerLock'])(
    'denies the permission request %s, even to the app itself',
    (permission) => {
      const { session, captured } = fakeSession();
      restrictPermissions(session);
      const callback = vi.fn();
      captured.request?.({}, permission, callback, APP_PAGE);
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it('grants full screen to the app’s own page only (the presenter view), never to a frame or another page', () => {
    const { session, captured } = fakeSession();
    restrictPermissions(session);
    const answer = (details: { requestingUrl?: string; isMainFrame?: boolean } | undefined) => {
      const callback = vi.fn();
      captured.request?.({}, 'fullscreen', callback, details);
      return callback.mock.calls[0][0] as boolean;
    };
    expect(answer(APP_PAGE)).toBe(true);
    expect(answer({ ...APP_PAGE, isMainFrame: false })).toBe(false);
    expect(answer({ requestingUrl: 'https://example.com/', isMainFrame: true })).toBe(false);
    expect(answer({ requestingUrl: 'app://ballast.evil/x', isMainFrame: true })).toBe(false);
    expect(answer(undefined)).toBe(false);
  });

  it('answers every permission check and device request with no', () => {
    const { session, captured } = fakeSession();
    restrictPermissions(session);
    expect(captured.check?.({}, 'media', 'app://ballast', {})).toBe(false);
    expect(captured.device?.({ deviceType: 'usb', origin: 'app://ballast' })).toBe(false);
  });

  it('cancels requests that leave the app and lets the app load itself', () => {
    const { session, captured } = fakeSession();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    blockForeignRequests(session);
    const answer = (url: string) => {
      let cancel: boolean | undefined;
      captured.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(answer('https://example.com/tracker.js')).toBe(true);
    expect(answer('file:///etc/passwd')).toBe(true);
    expect(answer('app://ballast/assets/index.js')).toBe(false);
    warn.mockRestore();
  });

  it('allows only app, data, devtools and the app’s own blob URLs', () => {
    expect(isAllowedRequestUrl('app://ballast/index.html')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://ballast/1234')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequestUrl('blob:https://example.com/1234')).toBe(false);
    expect(isAllowedRequestUrl('ws://127.0.0.1:9229')).toBe(false);
    expect(isAllowedRequestUrl('app://other/index.html')).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows scripts from the app only: no inline scripts, no eval, no remote code', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });

  it('refuses plugins, frames, form posts and <base>', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
});
