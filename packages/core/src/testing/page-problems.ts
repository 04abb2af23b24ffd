// What a page would show a developer as going wrong — console errors, uncaught errors and unhandled
// rejections — collected while a browser test runs, so the test can say there were none.

export interface PageProblems {
  /** Everything reported since watching began, as text. */
  readonly problems: readonly string[];
  /** Puts `console.error` back and stops listening. */
  readonly stop: () => void;
}

export function watchPageProblems(): PageProblems {
  const problems: string[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    problems.push(args.map(String).join(' '));
    consoleError(...args);
  };
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => {
    problems.push(String('reason' in event ? event.reason : event.message));
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  return {
    problems,
    stop: () => {
      console.error = consoleError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    },
  };
}
