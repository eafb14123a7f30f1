/** The most entries a paginated list (the essays index, an argument's essays) shows on one page. */
export const listPageSize = 50;
