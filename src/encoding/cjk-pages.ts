// The East Asian multi-byte code pages, named once for every stage that treats them apart from the single-byte pages.

/** The multi-byte pages the detector tries (WHATWG names; GBK is read by the gb18030 decoder). */
export const CJK_PAGES: readonly string[] = ["shift_jis", "euc-jp", "gb18030", "big5", "euc-kr"];

/** Those pages with the other names a reading or a user may give them: `gbk`, and 7-bit ISO-2022-JP. */
export const CJK_NAMES: ReadonlySet<string> = new Set([...CJK_PAGES, "gbk", "iso-2022-jp"]);
