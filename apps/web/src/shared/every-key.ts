/**
 * The members of a union, in the order written, from a record naming each of them: the compiler refuses a
 * record that misses one, so a list kept in the web app cannot fall behind the API's (which it may only
 * import as types).
 */
export const everyKey = <K extends string>(members: Record<K, true>): K[] => Object.keys(members) as K[];
