/** The address of a procedure's page (kept apart so the list does not load the procedure engine). */
export const procedurePath = (p: { id: string; version: number }) => `/admin/procedures/${encodeURIComponent(p.id)}/${p.version}`;
