// Stands in for `debug` inside the bundled fhirclient: its trace lines (`localStorage.debug = 'FHIR*'`)
// are dropped, since @samspill/smart reports every failure itself as a typed SmartError. CommonJS,
// because fhirclient calls what `require('debug')` returns.
module.exports = function debug() {
  const log = () => undefined;
  log.extend = debug;
  log.enabled = false;
  return log;
};
