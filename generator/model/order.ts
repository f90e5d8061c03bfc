// The one order of names and ids in every output and report: by UTF-16 code unit, the same in
// every locale (never localeCompare).

export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const byId = <T extends { id: string }>(a: T, b: T): number => byCode(a.id, b.id);
