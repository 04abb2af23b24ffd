// Ids as one `_id` search value: commas separate alternatives, so a comma, a bar or a backslash inside
// an id is escaped to stay part of it.
export function idList(ids: readonly string[]): string {
  return ids.map((id) => id.replace(/[\\,|]/g, (char) => `\\${char}`)).join(',');
}
