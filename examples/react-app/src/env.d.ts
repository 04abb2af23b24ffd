interface ImportMetaEnv {
  /** The sandbox origin(s) this app may be launched from, comma-separated; see config.ts. */
  readonly VITE_SANDBOX_ORIGIN?: string;
}
