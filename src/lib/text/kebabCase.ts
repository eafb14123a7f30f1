/** The shape of every id on the site (essays, sections, arguments): lowercase words joined by hyphens. */
export const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
