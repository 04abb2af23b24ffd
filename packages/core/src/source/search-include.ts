import type { Resource } from 'fhir/r4.js';
import type { ResourceStore } from './resource-store.js';
import { referenceParams, searchParam, type SearchParamDefinition } from './search-paths.js';
import type { Checked } from './search-params.js';
import { references } from './search-values.js';

/** `_include` or `_revinclude`, read: which resources' which references, to which target type. */
export interface IncludeSpec {
  readonly source: string;
  readonly params: readonly SearchParamDefinition[];
  readonly target?: string;
}

const TYPE = /^[A-Z][A-Za-z]+$/;

/**
 * `Source:param`, `Source:param:Target`, `Source:*` (every reference parameter) or, for `_include`,
 * `*` (every reference parameter of the searched type). `:iterate` is not supported.
 */
export function parseInclude(
  value: string,
  searchedType: string,
  name: '_include' | '_revinclude',
): Checked<IncludeSpec> {
  if (value === '*' && name === '_include')
    return { value: { source: searchedType, params: referenceParams(searchedType) } };
  const [source = '', param = '', target, ...rest] = value.split(':');
  const params = param === '*' ? referenceParams(source) : [searchParam(source, param)];
  const references = params.filter((definition) => definition?.kind === 'reference') as SearchParamDefinition[];
  if (!TYPE.test(source) || rest.length > 0 || (target !== undefined && !TYPE.test(target))) {
    return { error: `${name}=${value} is not of the form Type:parameter or Type:parameter:TargetType.` };
  }
  if (references.length === 0 || references.length !== params.length) {
    return { error: `${name}=${value}: '${param}' is not a reference search parameter of ${source}.` };
  }
  return { value: target === undefined ? { source, params: references } : { source, params: references, target } };
}

/**
 * The resources `_include` and `_revinclude` add to `matches`: each once, and never one that is
 * already a match. References resolve through the store (Bundle `fullUrl`s included); contained
 * (`#id`) references stay inside their container and are not included.
 */
export function includedResources(
  matches: readonly Resource[],
  include: readonly IncludeSpec[],
  revinclude: readonly IncludeSpec[],
  store: ResourceStore,
): Resource[] {
  const matched = new Set(matches);
  const taken = new Set<Resource>(matches);
  const included: Resource[] = [];
  const add = (resource: Resource): void => {
    if (taken.has(resource)) return;
    taken.add(resource);
    included.push(resource);
  };
  for (const spec of include) {
    for (const resource of matches) {
      if (resource.resourceType !== spec.source) continue;
      for (const target of targets(resource, spec, store)) add(target);
    }
  }
  for (const spec of revinclude) {
    for (const candidate of store.ofType(spec.source)) {
      if (targets(candidate, spec, store).some((target) => matched.has(target))) add(candidate);
    }
  }
  return included;
}

// What a resource's references in `spec` resolve to, within the parameter's and the spec's target type.
function targets(resource: Resource, spec: IncludeSpec, store: ResourceStore): Resource[] {
  return spec.params.flatMap((param) =>
    references(resource, param).flatMap((reference) => {
      const target = store.resolve(reference);
      const fits = (type: string | undefined): boolean => type === undefined || target?.resourceType === type;
      return target && fits(param.target) && fits(spec.target) ? [target] : [];
    }),
  );
}
