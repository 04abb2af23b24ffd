// What one request may ask of the sandbox. It is a local development server, but an app under test
// (or a fuzzer) can still send anything: each limit keeps one request from holding the process for
// long or filling its memory, and each is far above what an honest SMART app sends.

/**
 * Bytes of request body for everything but the FHIR endpoints: authorize and token forms, token
 * introspection, `POST /launch`. A token request is well under a kilobyte, a private_key_jwt assertion
 * a few.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Bytes of request body for a FHIR endpoint: a batch Bundle, or a `POST Type/_search` form. */
export const MAX_FHIR_BODY_BYTES = 4 * 1024 * 1024;

/** Entries in one batch Bundle. `@samspill/smart` sends at most 50. */
export const MAX_BATCH_ENTRIES = 100;

/**
 * The results one batch's searches may ask for together: the sum of their page sizes (`_count`,
 * default 50, at most 1,000 each). A read by id counts for nothing; reads are cheap.
 */
export const MAX_BATCH_SEARCH_RESULTS = 10_000;
