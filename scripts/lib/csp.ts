// The Content-Security-Policy of the built app: only its own origin, its module workers, and
// the blob:/data: URLs it really makes (image export, downloads, the empty favicon). No inline
// script and no eval, so text from a data file can never run even if it reached the page as
// markup. Style attributes stay allowed: React and d3 set element styles (widths, colours).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
