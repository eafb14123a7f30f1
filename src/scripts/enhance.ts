// Placeholder while the search and copy-link scripts are written.
export {};
