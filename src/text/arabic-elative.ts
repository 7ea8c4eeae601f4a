/**
 * The elative of an Arabic adjective of the pattern فعيل, as the light stemmer leaves it: أفعل (كبير → اكبر) and the
 * feminine فُعلى (كبرى, whose stem is كبر). Newspapers say «المدن الكبرى» and «أكبر» where people say «المدن الكبيرة»;
 * the comparative is the same adjective, graded. Doubled and hollow roots (قليل → أقل، طويل → أطول) follow other
 * patterns and are left out: the radicals must be three distinct letters, none of them و or ي.
 */
export function elativeStems(stem: string): string[] {
  const m = /^([^\sاويى])([^\sاويى])ي([^\sاويى])$/u.exec(stem);
  if (!m || m[2] === m[3]) return [];
  const radicals = m[1]! + m[2]! + m[3]!;
  return [`ا${radicals}`, radicals];
}
