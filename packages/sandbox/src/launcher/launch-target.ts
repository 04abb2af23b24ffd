// Where the launcher may send the browser. A deep link names the app to open, and without a check
// `/launcher?app=https://anywhere` would make the sandbox an open redirector that also hands out a
// launch. It opens apps on this machine (where the built-in samspill-dev client's apps live, as its
// redirect URIs do), the launch URLs clients registered, and the CLI's `--app`, each compared by
// origin and path (a query such as `?lang=en` may differ).

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** Why the launcher will not open `app`, or undefined when it may. */
export function launchTargetProblem(app: URL, registered: readonly string[]): string | undefined {
  if (LOOPBACK.test(app.hostname)) return undefined;
  const known = registered.filter((url) => URL.canParse(url)).map((url) => new URL(url));
  if (known.some((url) => url.origin === app.origin && url.pathname === app.pathname)) return undefined;
  return (
    `${app.href} is not a launch URL the sandbox knows. The launcher opens apps on this machine ` +
    `(localhost, 127.0.0.1, [::1]), the launchUrls a client is registered with, and the app of --app.`
  );
}
