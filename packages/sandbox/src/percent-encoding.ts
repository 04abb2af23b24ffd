// Percent-encoding read strictly. URLSearchParams reads `%zz` as the text "%zz" and `%FF` as U+FFFD,
// so a malformed query or form would quietly mean something else than the client sent; the sandbox
// refuses it instead.

/** `text` decoded as a form value (`+` is a space), or undefined when it is not percent-encoded UTF-8. */
export function formDecoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

export function percentDecodable(text: string): boolean {
  return formDecoded(text) !== undefined;
}
