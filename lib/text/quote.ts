/**
 * A quoted sentence as the tracker prints it: inside curly double quotation marks. A sentence
 * that carries its own quotation marks (a speaker quoted in the article, often the whole
 * sentence opening with one) would print them doubled (“"We will…" he said.”), so its own
 * double marks become single ones, the nested quotation English uses.
 */
export function quoteSentence(sentence: string): string {
  return `“${nestQuotationMarks(sentence.trim())}”`;
}

/** Straight and curly double quotation marks as single ones: opening after a space, a bracket or the start, else closing. */
export function nestQuotationMarks(text: string): string {
  return text.replace(/["“”„]/g, (mark, offset: number) => {
    if (mark === "“" || mark === "„") return "‘";
    if (mark === "”") return "’";
    const before = offset === 0 ? "" : text[offset - 1]!;
    return before === "" || /[\s([{—–-]/.test(before) ? "‘" : "’";
  });
}
