/** Plain ASCII: no character that NFC, quote folding or a mojibake repair could change. */
const asciiOnly = /^[\x00-\x7f]*$/;

/** Whether a text is plain ASCII, so the text helpers can skip work that only other characters need. */
export function isAscii(text: string): boolean {
  return asciiOnly.test(text);
}
