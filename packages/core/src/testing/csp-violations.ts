// What a page's Content Security Policy refused while a test runs (an inline style, a script or an image
// from where the policy does not allow), so a test can say a component needs nothing a strict policy
// forbids. Violations inside shadow roots reach the document too: the event is composed.

export interface CspViolation {
  /** The directive that refused it: `style-src-attr`, `img-src`, … */
  readonly directive: string;
  /** What was refused: `inline`, `eval` or a URL. */
  readonly blocked: string;
  /** The start of the refused inline code, when the policy asks for samples; else empty. */
  readonly sample: string;
  /** The script that caused it, with line and column, when the browser knows. */
  readonly source: string;
}

export interface CspViolations {
  /** Everything refused since watching began. */
  readonly violations: readonly CspViolation[];
  /** Stops listening. */
  readonly stop: () => void;
}

export function watchCspViolations(target: Document = document): CspViolations {
  const violations: CspViolation[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile ? `${event.sourceFile}:${String(event.lineNumber)}:${String(event.columnNumber)}` : '',
    });
  };
  target.addEventListener('securitypolicyviolation', onViolation, { capture: true });
  return {
    violations,
    stop: () => {
      target.removeEventListener('securitypolicyviolation', onViolation, { capture: true });
    },
  };
}
