/** The most essays the essays index shows on one page. */
export const listPageSize = 50;

/**
 * The most essays an argument's page shows: each brings its quotes with their links and printed
 * URLs, about 5 KB of HTML, so 20 keep a page of a widely cited argument within 150 KB raw and the
 * 14 KB brotli budget.
 */
export const argumentPageSize = 20;
