interface ImportMetaEnv {
  /** The sandbox origin(s) this app may be launched from, comma-separated; see config.ts. */
  readonly VITE_SANDBOX_ORIGIN?: string;
  /** The app's subscription key for DIPS's API gateway; see config.ts. */
  readonly VITE_DIPS_SUBSCRIPTION_KEY?: string;
  /** The sandbox origins whose national services (PLL, Kjernejournal) the app shows; see config.ts. */
  readonly VITE_NATIONAL_ORIGINS?: string;
}
