// The page's Content-Security-Policy, one definition for the header scripts/serve.mjs sends and
// the <meta http-equiv> scripts/package-web.mjs writes into dist/index.html (static hosts and
// government CMSs often cannot add headers). The app needs nothing from other origins;
// 'wasm-unsafe-eval' lets the page compile WebAssembly without allowing JavaScript eval.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// Browsers ignore frame-ancestors (and warn) in a <meta>: it stays header-only (docs/deploying.md).
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors')).join('; ');
