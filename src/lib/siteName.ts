/** The site's name, as the header, the footer, page titles and link cards show it. */
export const siteName = 'Open Models Debate';
