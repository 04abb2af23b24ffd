// Stands in for `cross-fetch` inside the bundled fhirclient: every runtime @samspill/smart supports
// (browsers, Node ≥ 20) has fetch, and looking it up per call lets a page or a test replace it.
export const fetch = (...args) => globalThis.fetch(...args);
