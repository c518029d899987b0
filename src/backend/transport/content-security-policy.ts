/**
 * The one Content-Security-Policy of the UI, sent with every page and script by both the Electron app
 * protocol (electron/main/protocol.ts) and browser mode's server (http-server.ts). One constant, so the
 * two cannot drift apart (browser mode's own copy once allowed `default-src 'self'` and blob: workers).
 *
 * - Scripts, workers and fetches only from the app itself: no remote code, no `eval` ('unsafe-eval' is
 *   absent, so zod must run with `z.config({ jitless: true })` in the UI).
 * - `style-src 'unsafe-inline'`: React Flow and Recharts position elements with inline style attributes;
 *   styles cannot run code, so this is the one relaxation.
 * - `data:`/`blob:` images for icons and chart exports; no plugins, no frames, no form posts, no <base>.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
