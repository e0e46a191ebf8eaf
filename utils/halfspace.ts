/** Restores half-spaces (U+200C) that the text lost. Stub: returns the text unchanged. */
export function repairHalfSpaces(text: string): string {
  return text;
}
