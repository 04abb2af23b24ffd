// Loaded by the strict-policy page for csp.security.browser.test.ts, to prove the policy is in force:
// an inline style attribute (in the page and in a shadow root) and an inline script, each of which the
// policy must refuse and report. Without these reports, zero violations elsewhere would prove nothing.
import { watchCspViolations } from '../src/testing.js';

const csp = watchCspViolations();

const styled = document.createElement('p');
styled.setAttribute('style', 'color: rgb(255, 0, 0)');
styled.textContent = 'Inline style';
document.body.append(styled);

const host = document.createElement('div');
host.attachShadow({ mode: 'open' }).innerHTML = '<span style="color: rgb(255, 0, 0)">In a shadow root</span>';
document.body.append(host);

const script = document.createElement('script');
script.textContent = 'window.__samInlineScriptRan = true;';
document.body.append(script);

await new Promise((resolve) => setTimeout(resolve, 50));
parent.postMessage(
  {
    type: 'samspill-csp',
    violations: csp.violations,
    reached: {
      'inline style applied': String(getComputedStyle(styled).color === 'rgb(255, 0, 0)'),
      'inline script ran': String('__samInlineScriptRan' in window),
    },
  },
  location.origin,
);
