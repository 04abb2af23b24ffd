// A page under a strict Content Security Policy, for the browser tests that render the components where
// an app forbids inline styles and scripts (packages/core/test/csp.security.browser.test.ts). Web Test
// Runner's own test page needs inline scripts, so the policy is put on a page of its own, opened in a
// same-origin frame: /__samspill__/csp.html?page=/packages/<name>/test/<file>.browser.ts loads that one
// module (from 'self') and nothing else; the module reports back to the test through postMessage.

/** The policy of a strict app: no inline script, no inline style, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const PAGE_PATH = '/__samspill__/csp.html';
// Only a test helper module of a workspace package: the query names a file, never markup.
const PAGE_MODULE = /^\/packages\/[a-z0-9-]+\/test\/[a-z0-9.-]+\.browser\.ts$/;

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function cspPagePlugin() {
  return {
    name: 'samspill-csp-page',
    serve(context) {
      if (context.path !== PAGE_PATH) return undefined;
      const page = String(context.query.page ?? '');
      if (!PAGE_MODULE.test(page)) return { body: `No such test page module: ${page}`, type: 'text' };
      return {
        body: `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <title>Under a strict Content Security Policy</title>
    <script type="module" src="${page}"></script>
  </head>
  <body></body>
</html>
`,
        type: 'html',
        headers: { 'content-security-policy': STRICT_CSP, 'cache-control': 'no-store' },
      };
    },
  };
}
